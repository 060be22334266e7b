"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261123193000_erp_planned_options", {
    enumerable: true,
    get: function() {
        return Migration20261123193000_erp_planned_options;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261123193000_erp_planned_options = class Migration20261123193000_erp_planned_options extends _migrations.Migration {
    async up() {
        this.addSql(`alter table "characteristic" add column "content_hash" text null;`);
        this.addSql(`alter table "stock" add column "planned_hash" text null;`);
    }
    async down() {
        this.addSql(`alter table "stock" drop column "planned_hash";`);
        this.addSql(`alter table "characteristic" drop column "content_hash";`);
    }
};

//# sourceMappingURL=Migration20261123193000_erp_planned_options.js.map