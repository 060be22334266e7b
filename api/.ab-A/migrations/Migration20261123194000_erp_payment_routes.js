"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261123194000_erp_payment_routes", {
    enumerable: true,
    get: function() {
        return Migration20261123194000_erp_payment_routes;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261123194000_erp_payment_routes = class Migration20261123194000_erp_payment_routes extends _migrations.Migration {
    async up() {
        this.addSql(`create table "erp_payment_route" ("payment_erp_id" text not null, "kontor_reference" text null, "order_erp_id" text null, "order_id" uuid null, "status" text not null, "reason" text null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "erp_payment_route_pkey" primary key ("payment_erp_id"));`);
        this.addSql(`create index "erp_payment_route_status_next_attempt_at_index" on "erp_payment_route" ("status", "next_attempt_at");`);
    }
    async down() {
        this.addSql(`drop table if exists "erp_payment_route" cascade;`);
    }
};

//# sourceMappingURL=Migration20261123194000_erp_payment_routes.js.map