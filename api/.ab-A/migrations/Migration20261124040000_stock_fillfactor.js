"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261124040000_stock_fillfactor", {
    enumerable: true,
    get: function() {
        return Migration20261124040000_stock_fillfactor;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261124040000_stock_fillfactor = class Migration20261124040000_stock_fillfactor extends _migrations.Migration {
    async up() {
        this.addSql(`alter table "stock" set (fillfactor = 90);`);
    }
    async down() {
        this.addSql(`alter table "stock" reset (fillfactor);`);
    }
};

//# sourceMappingURL=Migration20261124040000_stock_fillfactor.js.map