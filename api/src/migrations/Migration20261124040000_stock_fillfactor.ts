import { Migration } from '@mikro-orm/migrations';

/**
 * Stock rows change all day (ERP figures, Kontor holds): a tenth of each page is kept free, so an update writes the
 * row's new version on the same page (a HOT update: no index touched) and a product's rows of every warehouse,
 * written side by side by the first load, stay side by side.
 */
export class Migration20261124040000_stock_fillfactor extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "stock" set (fillfactor = 90);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "stock" reset (fillfactor);`);
  }
}
