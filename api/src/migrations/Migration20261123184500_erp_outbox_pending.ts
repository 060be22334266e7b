import { Migration } from '@mikro-orm/migrations';

/** The relay walks only pending outbox messages, in id order (a partial index: sent and dead ones drop out). */
export class Migration20261123184500_erp_outbox_pending extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "outbox_pending_index" on "outbox" ("id") where "sent_at" is null and "dead_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "outbox_pending_index";`);
  }
}
