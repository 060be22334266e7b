import { Migration } from '@mikro-orm/migrations';

/**
 * `kontor_raise(code)`: aborts the statement that calls it with an error whose message is `code`, so a single
 * statement can refuse a partial result (an order whose stock holds did not all succeed) and roll back whole.
 */
export class Migration20261123184600_orders_raise extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function kontor_raise(code text) returns int language plpgsql as $f$
      begin raise exception using errcode = 'P0001', message = code; end $f$;`);
  }
}
