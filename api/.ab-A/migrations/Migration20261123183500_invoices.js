"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261123183500_invoices", {
    enumerable: true,
    get: function() {
        return Migration20261123183500_invoices;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261123183500_invoices = class Migration20261123183500_invoices extends _migrations.Migration {
    async up() {
        this.addSql(`create table "customer_balance" ("id" uuid not null, "erp_id" text not null, "company_id" uuid not null, "currency" text not null, "balance_minor" bigint not null, "overdue_minor" bigint not null, "credit_limit_minor" bigint null, "as_of" timestamptz not null, "content_hash" text not null, "updated_at" timestamptz not null, constraint "customer_balance_pkey" primary key ("id"));`);
        this.addSql(`alter table "customer_balance" add constraint "customer_balance_erp_id_unique" unique ("erp_id");`);
        this.addSql(`alter table "customer_balance" add constraint "customer_balance_company_id_unique" unique ("company_id");`);
        this.addSql(`create table "invoice" ("id" uuid not null, "erp_id" text not null, "number" text not null, "company_id" uuid not null, "kontor_reference" text null, "issued_at" timestamptz not null, "due_at" timestamptz not null, "currency" text not null, "net_minor" bigint not null, "gross_minor" bigint not null, "paid_minor" bigint not null default 0, "has_pdf" boolean not null default false, "content_hash" text not null, "erp_modified_at" timestamptz not null, "deleted_at" timestamptz null, "updated_at" timestamptz not null, constraint "invoice_pkey" primary key ("id"));`);
        this.addSql(`alter table "invoice" add constraint "invoice_erp_id_unique" unique ("erp_id");`);
        this.addSql(`create index "invoice_company_id_issued_at_id_index" on "invoice" ("company_id", "issued_at", "id");`);
        this.addSql(`create table "invoice_pdf" ("invoice_id" uuid not null, "content" bytea not null, "sha256" text not null, "size" int not null, "fetched_at" timestamptz not null, constraint "invoice_pdf_pkey" primary key ("invoice_id"));`);
        this.addSql(`create table "payment" ("id" uuid not null, "erp_id" text not null, "company_id" uuid not null, "invoice_erp_id" text null, "amount_minor" bigint not null, "currency" text not null, "paid_at" timestamptz not null, "method" text not null, "content_hash" text not null, "updated_at" timestamptz not null, constraint "payment_pkey" primary key ("id"));`);
        this.addSql(`alter table "payment" add constraint "payment_erp_id_unique" unique ("erp_id");`);
        this.addSql(`create index "payment_company_id_paid_at_id_index" on "payment" ("company_id", "paid_at", "id");`);
        this.addSql(`alter table "customer_balance" add constraint "customer_balance_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);
        this.addSql(`alter table "invoice" add constraint "invoice_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);
        this.addSql(`alter table "payment" add constraint "payment_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);
    }
    async down() {
        this.addSql(`drop table if exists "invoice_pdf" cascade;`);
        this.addSql(`drop table if exists "invoice" cascade;`);
        this.addSql(`drop table if exists "payment" cascade;`);
        this.addSql(`drop table if exists "customer_balance" cascade;`);
    }
};

//# sourceMappingURL=Migration20261123183500_invoices.js.map