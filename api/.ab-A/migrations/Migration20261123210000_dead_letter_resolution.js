"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261123210000_dead_letter_resolution", {
    enumerable: true,
    get: function() {
        return Migration20261123210000_dead_letter_resolution;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261123210000_dead_letter_resolution = class Migration20261123210000_dead_letter_resolution extends _migrations.Migration {
    async up() {
        this.addSql(`alter table "erp_dead_letter" add column "resolved_at" timestamptz null, add column "resolved_by" uuid null, add column "resolution" text null;`);
    }
    async down() {
        this.addSql(`alter table "erp_dead_letter" drop column "resolved_at", drop column "resolved_by", drop column "resolution";`);
    }
};

//# sourceMappingURL=Migration20261123210000_dead_letter_resolution.js.map