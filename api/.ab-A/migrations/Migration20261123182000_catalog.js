"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261123182000_catalog", {
    enumerable: true,
    get: function() {
        return Migration20261123182000_catalog;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261123182000_catalog = class Migration20261123182000_catalog extends _migrations.Migration {
    async up() {
        this.addSql(`create extension if not exists pg_trgm;`);
        this.addSql(`create extension if not exists unaccent;`);
        this.addSql(`create or replace function kontor_unaccent(text) returns text language sql immutable parallel safe strict as $f$ select public.unaccent('public.unaccent'::regdictionary, $1) $f$;`);
        this.addSql(`create or replace function kontor_name(jsonb, text) returns text language sql immutable parallel safe as $f$ select coalesce($1 ->> $2, $1 ->> 'pl', $1 ->> 'en', '') $f$;`);
        this.addSql(`create or replace function kontor_product_tsv(names jsonb, locale text, model text, maker text) returns tsvector language sql immutable parallel safe as $f$
      select setweight(to_tsvector('simple', kontor_unaccent(lower(kontor_name(names, locale)))), 'A')
          || setweight(to_tsvector('simple', kontor_unaccent(lower(coalesce(maker, '')))), 'B')
          || setweight(to_tsvector('simple', lower(coalesce(model, ''))), 'B') $f$;`);
        this.addSql(`create table "assortment" ("id" uuid not null, "erp_id" text null, "code" text not null, "name" text not null, "updated_at" timestamptz not null, constraint "assortment_pkey" primary key ("id"));`);
        this.addSql(`alter table "assortment" add constraint "assortment_erp_id_unique" unique ("erp_id");`);
        this.addSql(`alter table "assortment" add constraint "assortment_code_unique" unique ("code");`);
        this.addSql(`create table "category" ("id" uuid not null, "erp_id" text null, "parent_id" uuid null, "position" int not null default 0, "names" jsonb not null, "path" uuid[] not null default '{}', "depth" int not null default 1, "active" boolean not null default true, "updated_at" timestamptz not null, constraint "category_pkey" primary key ("id"));`);
        this.addSql(`alter table "category" add constraint "category_erp_id_unique" unique ("erp_id");`);
        this.addSql(`create index "category_parent_id_position_index" on "category" ("parent_id", "position");`);
        this.addSql(`create table "characteristic" ("id" uuid not null, "erp_id" text null, "code" text not null, "kind" text not null, "unit" text null, "names" jsonb not null, "position" int not null default 0, "filterable" boolean not null default true, "updated_at" timestamptz not null, constraint "characteristic_pkey" primary key ("id"));`);
        this.addSql(`alter table "characteristic" add constraint "characteristic_erp_id_unique" unique ("erp_id");`);
        this.addSql(`alter table "characteristic" add constraint "characteristic_code_unique" unique ("code");`);
        this.addSql(`create table "characteristic_option" ("id" uuid not null, "erp_id" text null, "characteristic_id" uuid not null, "code" text not null, "names" jsonb not null, "position" int not null default 0, constraint "characteristic_option_pkey" primary key ("id"));`);
        this.addSql(`alter table "characteristic_option" add constraint "characteristic_option_erp_id_unique" unique ("erp_id");`);
        this.addSql(`alter table "characteristic_option" add constraint "characteristic_option_characteristic_id_code_unique" unique ("characteristic_id", "code");`);
        this.addSql(`create table "company_assortment" ("assortment_id" uuid not null, "company_id" uuid not null, constraint "company_assortment_pkey" primary key ("assortment_id", "company_id"));`);
        this.addSql(`create table "manufacturer" ("id" uuid not null, "erp_id" text null, "name" text not null, "updated_at" timestamptz not null, constraint "manufacturer_pkey" primary key ("id"));`);
        this.addSql(`alter table "manufacturer" add constraint "manufacturer_erp_id_unique" unique ("erp_id");`);
        this.addSql(`create table "product" ("id" uuid not null, "erp_id" text null, "sku" text not null, "ean" text null, "model" text null, "manufacturer_id" uuid null, "category_id" uuid null, "category_path" uuid[] not null default '{}', "names" jsonb not null, "descriptions" jsonb not null default '{}', "unit" text not null default 'szt', "pack_size" numeric(14,3) not null default 1, "min_quantity" numeric(14,3) not null default 1, "step_quantity" numeric(14,3) not null default 1, "vat_rate_bp" int not null default 2300, "images" text[] not null default '{}', "attributes" jsonb not null default '{}', "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_pl" tsvector null, "search_en" tsvector null, "search_de" tsvector null, "search_ru" tsvector null, constraint "product_pkey" primary key ("id"));`);
        this.addSql(`alter table "product" add constraint "product_erp_id_unique" unique ("erp_id");`);
        this.addSql(`alter table "product" add constraint "product_sku_unique" unique ("sku");`);
        this.addSql(`create index "product_manufacturer_id_index" on "product" ("manufacturer_id");`);
        this.addSql(`create index "product_category_id_index" on "product" ("category_id");`);
        this.addSql(`create index "product_attributes_index" on "product" using gin ("attributes" jsonb_path_ops);`);
        this.addSql(`create index "product_category_path_index" on "product" using gin ("category_path");`);
        this.addSql(`create index "product_model_prefix_index" on "product" (upper("model") text_pattern_ops);`);
        this.addSql(`create index "product_ean_prefix_index" on "product" ("ean" text_pattern_ops);`);
        this.addSql(`create index "product_sku_prefix_index" on "product" (upper("sku") text_pattern_ops);`);
        this.addSql(`create index "product_search_ru_index" on "product" using gin ("search_ru");`);
        this.addSql(`create index "product_search_de_index" on "product" using gin ("search_de");`);
        this.addSql(`create index "product_search_en_index" on "product" using gin ("search_en");`);
        this.addSql(`create index "product_search_pl_index" on "product" using gin ("search_pl");`);
        this.addSql(`create index "product_d3_sku_index" on "product" (("category_path"[3]), "sku");`);
        this.addSql(`create index "product_d2_sku_index" on "product" (("category_path"[2]), "sku");`);
        this.addSql(`create index "product_d1_sku_index" on "product" (("category_path"[1]), "sku");`);
        this.addSql(`create index "product_d3_name_en_index" on "product" (("category_path"[3]), kontor_name("names", 'en'), "id");`);
        this.addSql(`create index "product_d2_name_en_index" on "product" (("category_path"[2]), kontor_name("names", 'en'), "id");`);
        this.addSql(`create index "product_d1_name_en_index" on "product" (("category_path"[1]), kontor_name("names", 'en'), "id");`);
        this.addSql(`create index "product_d3_name_pl_index" on "product" (("category_path"[3]), kontor_name("names", 'pl'), "id");`);
        this.addSql(`create index "product_d2_name_pl_index" on "product" (("category_path"[2]), kontor_name("names", 'pl'), "id");`);
        this.addSql(`create index "product_d1_name_pl_index" on "product" (("category_path"[1]), kontor_name("names", 'pl'), "id");`);
        this.addSql(`create index "product_name_ru_index" on "product" (kontor_name("names", 'ru'), "id");`);
        this.addSql(`create index "product_name_de_index" on "product" (kontor_name("names", 'de'), "id");`);
        this.addSql(`create index "product_name_en_index" on "product" (kontor_name("names", 'en'), "id");`);
        this.addSql(`create index "product_name_pl_index" on "product" (kontor_name("names", 'pl'), "id");`);
        this.addSql(`create table "assortment_product" ("assortment_id" uuid not null, "product_id" uuid not null, constraint "assortment_product_pkey" primary key ("assortment_id", "product_id"));`);
        this.addSql(`create table "product_association" ("product_id" uuid not null, "associated_id" uuid not null, "position" int not null default 0, constraint "product_association_pkey" primary key ("product_id", "associated_id"));`);
        this.addSql(`create table "search_word" ("word" text not null, constraint "search_word_pkey" primary key ("word"));`);
        this.addSql(`create index "search_word_prefix_index" on "search_word" ("word" text_pattern_ops);`);
        this.addSql(`create index "search_word_trgm_index" on "search_word" using gin ("word" gin_trgm_ops);`);
        this.addSql(`create table "warehouse" ("id" uuid not null, "erp_id" text null, "code" text not null, "name" text not null, "street" text null, "postal_code" text null, "city" text null, "country" text not null default 'PL', "pickup" boolean not null default false, "position" int not null default 0, "active" boolean not null default true, "updated_at" timestamptz not null, constraint "warehouse_pkey" primary key ("id"));`);
        this.addSql(`alter table "warehouse" add constraint "warehouse_erp_id_unique" unique ("erp_id");`);
        this.addSql(`alter table "warehouse" add constraint "warehouse_code_unique" unique ("code");`);
        this.addSql(`create table "stock" ("id" uuid not null, "erp_id" text null, "product_id" uuid not null, "warehouse_id" uuid not null, "on_hand" numeric(14,3) not null default 0, "erp_reserved" numeric(14,3) not null default 0, "kontor_held" numeric(14,3) not null default 0, "as_of" timestamptz not null, "updated_at" timestamptz not null, constraint "stock_pkey" primary key ("id"));`);
        this.addSql(`alter table "stock" add constraint "stock_erp_id_unique" unique ("erp_id");`);
        this.addSql(`create index "stock_warehouse_id_index" on "stock" ("warehouse_id");`);
        this.addSql(`alter table "stock" add constraint "stock_product_id_warehouse_id_unique" unique ("product_id", "warehouse_id");`);
        this.addSql(`create table "stock_delivery" ("id" uuid not null, "erp_id" text null, "product_id" uuid not null, "warehouse_id" uuid not null, "quantity" numeric(14,3) not null, "expected_on" date not null, constraint "stock_delivery_pkey" primary key ("id"));`);
        this.addSql(`alter table "stock_delivery" add constraint "stock_delivery_erp_id_unique" unique ("erp_id");`);
        this.addSql(`create index "stock_delivery_product_id_expected_on_index" on "stock_delivery" ("product_id", "expected_on");`);
        this.addSql(`alter table "category" add constraint "category_parent_id_foreign" foreign key ("parent_id") references "category" ("id") on update cascade on delete restrict;`);
        this.addSql(`alter table "characteristic_option" add constraint "characteristic_option_characteristic_id_foreign" foreign key ("characteristic_id") references "characteristic" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "company_assortment" add constraint "company_assortment_assortment_id_foreign" foreign key ("assortment_id") references "assortment" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "company_assortment" add constraint "company_assortment_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "product" add constraint "product_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "product" add constraint "product_category_id_foreign" foreign key ("category_id") references "category" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "assortment_product" add constraint "assortment_product_assortment_id_foreign" foreign key ("assortment_id") references "assortment" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "assortment_product" add constraint "assortment_product_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "product_association" add constraint "product_association_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "product_association" add constraint "product_association_associated_id_foreign" foreign key ("associated_id") references "product" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "stock" add constraint "stock_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "stock" add constraint "stock_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "stock_delivery" add constraint "stock_delivery_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "stock_delivery" add constraint "stock_delivery_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete cascade;`);
        this.addSql(`create or replace function kontor_category_path() returns trigger language plpgsql as $f$
      declare parent_path uuid[];
      begin
        if new.parent_id is null then
          new.path := array[new.id];
        else
          select c.path into parent_path from category c where c.id = new.parent_id;
          if parent_path is null then raise exception 'category parent % does not exist', new.parent_id; end if;
          if new.id = any(parent_path) then raise exception 'category % cannot be moved below itself', new.id; end if;
          new.path := parent_path || new.id;
        end if;
        new.depth := cardinality(new.path);
        return new;
      end $f$;`);
        this.addSql(`create trigger category_path before insert or update of parent_id on category for each row execute function kontor_category_path();`);
        this.addSql(`create or replace function kontor_category_moved() returns trigger language plpgsql as $f$
      begin
        if new.path is distinct from old.path then
          update category set parent_id = parent_id where parent_id = new.id;
          update product set category_id = category_id where category_id = new.id;
        end if;
        return null;
      end $f$;`);
        this.addSql(`create trigger category_moved after update of parent_id on category for each row execute function kontor_category_moved();`);
        this.addSql(`create or replace function kontor_product_derive() returns trigger language plpgsql as $f$
      declare maker text;
      begin
        if new.category_id is null then
          new.category_path := '{}';
        else
          select c.path into new.category_path from category c where c.id = new.category_id;
          new.category_path := coalesce(new.category_path, '{}');
        end if;
        if tg_op = 'INSERT' or new.search_pl is null or new.names is distinct from old.names or new.model is distinct from old.model
           or new.manufacturer_id is distinct from old.manufacturer_id then
          select m.name into maker from manufacturer m where m.id = new.manufacturer_id;
          new.search_pl := kontor_product_tsv(new.names, 'pl', new.model, maker);
          new.search_en := kontor_product_tsv(new.names, 'en', new.model, maker);
          new.search_de := kontor_product_tsv(new.names, 'de', new.model, maker);
          new.search_ru := kontor_product_tsv(new.names, 'ru', new.model, maker);
          insert into search_word (word)
            select distinct w from unnest(tsvector_to_array(new.search_pl || new.search_en || new.search_de || new.search_ru)) w
             where length(w) >= 3 and w !~ '[0-9]'
            on conflict do nothing;
        end if;
        return new;
      end $f$;`);
        this.addSql(`create trigger product_derive before insert or update on product for each row execute function kontor_product_derive();`);
    }
};

//# sourceMappingURL=Migration20261123182000_catalog.js.map