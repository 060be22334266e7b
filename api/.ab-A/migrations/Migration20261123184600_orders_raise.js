"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261123184600_orders_raise", {
    enumerable: true,
    get: function() {
        return Migration20261123184600_orders_raise;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261123184600_orders_raise = class Migration20261123184600_orders_raise extends _migrations.Migration {
    async up() {
        this.addSql(`create or replace function kontor_raise(code text) returns int language plpgsql as $f$
      begin raise exception using errcode = 'P0001', message = code; end $f$;`);
    }
};

//# sourceMappingURL=Migration20261123184600_orders_raise.js.map