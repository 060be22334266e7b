"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261123181000_pricing", {
    enumerable: true,
    get: function() {
        return Migration20261123181000_pricing;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261123181000_pricing = class Migration20261123181000_pricing extends _migrations.Migration {
    async up() {
        this.addSql(`create table "discount_rule" ("id" uuid not null, "company_id" uuid not null, "scope" text not null, "scope_id" uuid null, "percent_bp" int not null, "updated_at" timestamptz not null, constraint "discount_rule_pkey" primary key ("id"), constraint discount_rule_scope_check check (("scope" = 'all' and "scope_id" is null) or ("scope" = any (array['product', 'category', 'manufacturer']) and "scope_id" is not null)), constraint discount_rule_percent_check check ("percent_bp" >= 0 and "percent_bp" <= 10000));`);
        this.addSql(`alter table "discount_rule" add constraint "discount_rule_company_id_scope_scope_id_unique" unique ("company_id", "scope", "scope_id");`);
        this.addSql(`create table "individual_price" ("company_id" uuid not null, "product_id" uuid not null, "net_minor" bigint not null, "currency" text not null, "updated_at" timestamptz not null, constraint "individual_price_pkey" primary key ("company_id", "product_id"), constraint individual_price_net_check check ("net_minor" >= 0));`);
        this.addSql(`create table "price_list" ("id" uuid not null, "erp_id" text null, "code" text not null, "name" text not null, "currency" text not null, "prices_are_gross" boolean not null default false, "is_default" boolean not null default false, "content_hash" text null, "updated_at" timestamptz not null, constraint "price_list_pkey" primary key ("id"));`);
        this.addSql(`alter table "price_list" add constraint "price_list_erp_id_unique" unique ("erp_id");`);
        this.addSql(`alter table "price_list" add constraint "price_list_code_unique" unique ("code");`);
        this.addSql(`create unique index "price_list_single_default" on "price_list" ("is_default") where "is_default";`);
        this.addSql(`create table "company_trade_terms" ("company_id" uuid not null, "erp_id" text null, "price_list_id" uuid null, "manual_discount_cap_bp" int null, "payment_term_days" int null, "content_hash" text null, "updated_at" timestamptz not null, constraint "company_trade_terms_pkey" primary key ("company_id"));`);
        this.addSql(`alter table "company_trade_terms" add constraint "company_trade_terms_erp_id_unique" unique ("erp_id");`);
        this.addSql(`create index "company_trade_terms_price_list_id_index" on "company_trade_terms" ("price_list_id");`);
        this.addSql(`create table "price_list_entry" ("price_list_id" uuid not null, "product_id" uuid not null, "erp_id" text null, "amount_minor" bigint not null, "content_hash" text null, "updated_at" timestamptz not null, constraint "price_list_entry_pkey" primary key ("price_list_id", "product_id"), constraint price_list_entry_amount_check check ("amount_minor" >= 0));`);
        this.addSql(`alter table "price_list_entry" add constraint "price_list_entry_erp_id_unique" unique ("erp_id");`);
        this.addSql(`create table "promotion" ("id" uuid not null, "erp_id" text null, "code" text not null, "name" text not null, "valid_from" timestamptz null, "valid_to" timestamptz null, "company_ids" uuid[] null, "product_ids" uuid[] not null default '{}', "category_ids" uuid[] not null default '{}', "manufacturer_ids" uuid[] not null default '{}', "percent_bp" int null, "net_minor" bigint null, "currency" text null, "beats_individual" boolean not null default false, "active" boolean not null default true, "content_hash" text null, "updated_at" timestamptz not null, constraint "promotion_pkey" primary key ("id"), constraint promotion_price_check check (("net_minor" is null) <> ("percent_bp" is null) and coalesce("net_minor", 0) >= 0 and coalesce("percent_bp", 0) >= 0 and coalesce("percent_bp", 0) <= 10000));`);
        this.addSql(`alter table "promotion" add constraint "promotion_erp_id_unique" unique ("erp_id");`);
        this.addSql(`create index "promotion_active_valid_to_index" on "promotion" ("active", "valid_to");`);
        this.addSql(`create table "volume_tier" ("id" uuid not null, "erp_id" text null, "company_id" uuid null, "price_list_id" uuid null, "product_id" uuid not null, "min_quantity" numeric(14,3) not null, "net_minor" bigint null, "percent_bp" int null, "currency" text null, "content_hash" text null, "updated_at" timestamptz not null, constraint "volume_tier_pkey" primary key ("id"), constraint volume_tier_price_check check (("net_minor" is null) <> ("percent_bp" is null) and coalesce("net_minor", 0) >= 0 and coalesce("percent_bp", 0) >= 0 and coalesce("percent_bp", 0) <= 10000), constraint volume_tier_min_quantity_check check ("min_quantity" > 0));`);
        this.addSql(`alter table "volume_tier" add constraint "volume_tier_erp_id_unique" unique ("erp_id");`);
        this.addSql(`create index "volume_tier_product_id_company_id_index" on "volume_tier" ("product_id", "company_id");`);
        this.addSql(`alter table "discount_rule" add constraint "discount_rule_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "individual_price" add constraint "individual_price_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "company_trade_terms" add constraint "company_trade_terms_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "company_trade_terms" add constraint "company_trade_terms_price_list_id_foreign" foreign key ("price_list_id") references "price_list" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "price_list_entry" add constraint "price_list_entry_price_list_id_foreign" foreign key ("price_list_id") references "price_list" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "volume_tier" add constraint "volume_tier_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "volume_tier" add constraint "volume_tier_price_list_id_foreign" foreign key ("price_list_id") references "price_list" ("id") on update cascade on delete cascade;`);
    }
    async down() {
        for (const t of [
            'promotion',
            'volume_tier',
            'individual_price',
            'discount_rule',
            'company_trade_terms',
            'price_list_entry',
            'price_list'
        ])this.addSql(`drop table if exists "${t}" cascade;`);
    }
};

//# sourceMappingURL=Migration20261123181000_pricing.js.map