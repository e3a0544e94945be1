import { Migration } from '@mikro-orm/migrations';

/**
 * Leaves half of each customer page free, so a classification run that rewrites the class of
 * every customer (the first run of a territory) updates each row on its own page (HOT: class
 * is in no index) instead of adding an entry to each of the table's six indexes. Measured on
 * 100,000 customers: fillfactor 80 leaves room for a quarter of the new row versions (24% HOT),
 * 50 for all of them; the table is small, so doubling its pages costs little. Pages written
 * before keep their layout until rewritten.
 */
export class Migration20261122100000_customer_fillfactor extends Migration {

  override name = 'Migration20261122100000_customer_fillfactor';

  override up(): void | Promise<void> {
    this.addSql(`alter table "customer" set (fillfactor = 50);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "customer" reset (fillfactor);`);
  }

}
