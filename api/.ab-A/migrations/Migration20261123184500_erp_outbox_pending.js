"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261123184500_erp_outbox_pending", {
    enumerable: true,
    get: function() {
        return Migration20261123184500_erp_outbox_pending;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261123184500_erp_outbox_pending = class Migration20261123184500_erp_outbox_pending extends _migrations.Migration {
    async up() {
        this.addSql(`create index "outbox_pending_index" on "outbox" ("id") where "sent_at" is null and "dead_at" is null;`);
    }
    async down() {
        this.addSql(`drop index if exists "outbox_pending_index";`);
    }
};

//# sourceMappingURL=Migration20261123184500_erp_outbox_pending.js.map