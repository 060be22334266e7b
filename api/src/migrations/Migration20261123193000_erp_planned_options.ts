import { Migration } from '@mikro-orm/migrations';

/**
 * Content hashes for what the ERP sync writes as a whole: a characteristic with its options (`characteristic`),
 * and a stock row's planned deliveries (`stock.planned_hash`, null when none are planned), so an unchanged
 * record rewrites nothing.
 */
export class Migration20261123193000_erp_planned_options extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "characteristic" add column "content_hash" text null;`);
    this.addSql(`alter table "stock" add column "planned_hash" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "stock" drop column "planned_hash";`);
    this.addSql(`alter table "characteristic" drop column "content_hash";`);
  }
}
