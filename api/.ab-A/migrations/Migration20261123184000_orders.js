"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261123184000_orders", {
    enumerable: true,
    get: function() {
        return Migration20261123184000_orders;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261123184000_orders = class Migration20261123184000_orders extends _migrations.Migration {
    async up() {
        this.addSql(`create sequence if not exists order_number_seq;`);
        this.addSql(`create table "sales_order" ("id" uuid not null, "number" text not null, "company_id" uuid not null, "kind" text not null, "status" text not null, "placed_by_id" uuid null, "rep_id" uuid null, "idempotency_key" text not null, "po_number" text null, "note" text null, "delivery_address" jsonb null, "shipping_method" text null, "requested_date" date null, "currency" text not null, "net_minor" bigint not null, "gross_minor" bigint not null, "discount_minor" bigint not null default 0, "credit_warning" text null, "paid_at" timestamptz null, "payment_ref" text null, "erp_number" text null, "placed_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "sales_order_pkey" primary key ("id"));`);
        this.addSql(`alter table "sales_order" add constraint "sales_order_number_unique" unique ("number");`);
        this.addSql(`create index "sales_order_company_id_placed_at_id_index" on "sales_order" ("company_id", "placed_at", "id");`);
        this.addSql(`alter table "sales_order" add constraint "sales_order_company_id_idempotency_key_unique" unique ("company_id", "idempotency_key");`);
        this.addSql(`create table "reservation" ("id" uuid not null, "company_id" uuid not null, "order_id" uuid not null, "status" text not null, "expires_at" timestamptz null, "paid_at" timestamptz null, "released_at" timestamptz null, "release_reason" text null, "created_at" timestamptz not null, constraint "reservation_pkey" primary key ("id"));`);
        this.addSql(`alter table "reservation" add constraint "reservation_order_id_unique" unique ("order_id");`);
        this.addSql(`create index "reservation_status_expires_at_index" on "reservation" ("status", "expires_at");`);
        this.addSql(`create table "return_request" ("id" uuid not null, "company_id" uuid not null, "order_id" uuid null, "idempotency_key" text not null, "kind" text not null, "reason" text not null, "description" text not null, "lines" jsonb not null, "status" text not null, "resolution" text null, "requested_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "return_request_pkey" primary key ("id"));`);
        this.addSql(`create index "return_request_company_id_created_at_id_index" on "return_request" ("company_id", "created_at", "id");`);
        this.addSql(`alter table "return_request" add constraint "return_request_company_id_idempotency_key_unique" unique ("company_id", "idempotency_key");`);
        this.addSql(`create table "return_photo" ("id" uuid not null, "return_request_id" uuid not null, "url" text null, "content" bytea null, "content_type" text null, "size" int null, constraint "return_photo_pkey" primary key ("id"));`);
        this.addSql(`create index "return_photo_return_request_id_index" on "return_photo" ("return_request_id");`);
        this.addSql(`create table "order_history" ("id" uuid not null, "order_id" uuid not null, "from_status" text null, "to_status" text not null, "at" timestamptz not null, "by_user_id" uuid null, "by_kind" text not null, "reason" text null, constraint "order_history_pkey" primary key ("id"));`);
        this.addSql(`create index "order_history_order_id_at_index" on "order_history" ("order_id", "at");`);
        this.addSql(`create table "shipment_request" ("id" uuid not null, "company_id" uuid not null, "order_id" uuid not null, "idempotency_key" text not null, "method" text not null, "pickup_warehouse_id" uuid null, "address" jsonb null, "contact_name" text not null, "contact_phone" text null, "requested_date" date not null, "note" text null, "status" text not null, "requested_by_id" uuid null, "created_at" timestamptz not null, constraint "shipment_request_pkey" primary key ("id"));`);
        this.addSql(`create index "shipment_request_order_id_index" on "shipment_request" ("order_id");`);
        this.addSql(`alter table "shipment_request" add constraint "shipment_request_company_id_idempotency_key_unique" unique ("company_id", "idempotency_key");`);
        this.addSql(`create table "transfer_request" ("id" uuid not null, "shipment_id" uuid not null, "from_warehouse_id" uuid not null, "to_warehouse_id" uuid not null, "lines" jsonb not null, "status" text not null, "created_at" timestamptz not null, constraint "transfer_request_pkey" primary key ("id"));`);
        this.addSql(`create index "transfer_request_shipment_id_index" on "transfer_request" ("shipment_id");`);
        this.addSql(`create table "reservation_line" ("reservation_id" uuid not null, "product_id" uuid not null, "warehouse_id" uuid not null, "quantity" numeric(14,3) not null, constraint "reservation_line_pkey" primary key ("reservation_id", "product_id", "warehouse_id"));`);
        this.addSql(`create table "order_line" ("id" uuid not null, "order_id" uuid not null, "line_no" int not null, "product_id" uuid not null, "sku" text not null, "warehouse_id" uuid null, "quantity" numeric(14,3) not null, "list_net_minor" bigint not null, "unit_net_minor" bigint not null, "unit_gross_minor" bigint not null, "manual_discount_minor" bigint not null default 0, "line_net_minor" bigint not null, "line_gross_minor" bigint not null, "vat_rate_bp" int not null, "rule" text not null, "note" text null, constraint "order_line_pkey" primary key ("id"));`);
        this.addSql(`alter table "order_line" add constraint "order_line_order_id_line_no_unique" unique ("order_id", "line_no");`);
        this.addSql(`create table "basket_line" ("id" uuid not null, "company_id" uuid not null, "user_id" uuid not null, "list" text not null, "line_key" text not null, "product_id" uuid not null, "warehouse_id" uuid null, "quantity" numeric(14,3) not null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "basket_line_pkey" primary key ("id"));`);
        this.addSql(`create index "basket_line_company_id_index" on "basket_line" ("company_id");`);
        this.addSql(`alter table "basket_line" add constraint "basket_line_user_id_company_id_list_line_key_unique" unique ("user_id", "company_id", "list", "line_key");`);
        this.addSql(`alter table "sales_order" add constraint "sales_order_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);
        this.addSql(`alter table "sales_order" add constraint "sales_order_placed_by_id_foreign" foreign key ("placed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "sales_order" add constraint "sales_order_rep_id_foreign" foreign key ("rep_id") references "app_user" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "reservation" add constraint "reservation_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);
        this.addSql(`alter table "reservation" add constraint "reservation_order_id_foreign" foreign key ("order_id") references "sales_order" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "return_request" add constraint "return_request_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);
        this.addSql(`alter table "return_request" add constraint "return_request_order_id_foreign" foreign key ("order_id") references "sales_order" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "return_request" add constraint "return_request_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "return_photo" add constraint "return_photo_return_request_id_foreign" foreign key ("return_request_id") references "return_request" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "order_history" add constraint "order_history_order_id_foreign" foreign key ("order_id") references "sales_order" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "order_history" add constraint "order_history_by_user_id_foreign" foreign key ("by_user_id") references "app_user" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "shipment_request" add constraint "shipment_request_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);
        this.addSql(`alter table "shipment_request" add constraint "shipment_request_order_id_foreign" foreign key ("order_id") references "sales_order" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "shipment_request" add constraint "shipment_request_pickup_warehouse_id_foreign" foreign key ("pickup_warehouse_id") references "warehouse" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "shipment_request" add constraint "shipment_request_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "transfer_request" add constraint "transfer_request_shipment_id_foreign" foreign key ("shipment_id") references "shipment_request" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "transfer_request" add constraint "transfer_request_from_warehouse_id_foreign" foreign key ("from_warehouse_id") references "warehouse" ("id") on update cascade;`);
        this.addSql(`alter table "transfer_request" add constraint "transfer_request_to_warehouse_id_foreign" foreign key ("to_warehouse_id") references "warehouse" ("id") on update cascade;`);
        this.addSql(`alter table "reservation_line" add constraint "reservation_line_reservation_id_foreign" foreign key ("reservation_id") references "reservation" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "reservation_line" add constraint "reservation_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade;`);
        this.addSql(`alter table "reservation_line" add constraint "reservation_line_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade;`);
        this.addSql(`alter table "order_line" add constraint "order_line_order_id_foreign" foreign key ("order_id") references "sales_order" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "order_line" add constraint "order_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade;`);
        this.addSql(`alter table "order_line" add constraint "order_line_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "basket_line" add constraint "basket_line_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "basket_line" add constraint "basket_line_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "basket_line" add constraint "basket_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "basket_line" add constraint "basket_line_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete set null;`);
    }
};

//# sourceMappingURL=Migration20261123184000_orders.js.map