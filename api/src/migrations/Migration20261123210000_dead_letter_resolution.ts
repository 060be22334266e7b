import { Migration } from '@mikro-orm/migrations';

/** A dead letter staff settled by hand in the ERP: when, by whom, and what they did. */
export class Migration20261123210000_dead_letter_resolution extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "erp_dead_letter" add column "resolved_at" timestamptz null, add column "resolved_by" uuid null, add column "resolution" text null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "erp_dead_letter" drop column "resolved_at", drop column "resolved_by", drop column "resolution";`);
  }
}
