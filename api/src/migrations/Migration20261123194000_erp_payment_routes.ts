import { Migration } from '@mikro-orm/migrations';

/** Payments from the ERP that name a Kontor order, on their way to the orders module (erp_payment_route). */
export class Migration20261123194000_erp_payment_routes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "erp_payment_route" ("payment_erp_id" text not null, "kontor_reference" text null, "order_erp_id" text null, "order_id" uuid null, "status" text not null, "reason" text null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "erp_payment_route_pkey" primary key ("payment_erp_id"));`,
    );
    this.addSql(`create index "erp_payment_route_status_next_attempt_at_index" on "erp_payment_route" ("status", "next_attempt_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "erp_payment_route" cascade;`);
  }
}
