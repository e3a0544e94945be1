import { lastCompleteMonth, todayIn } from "@beatplan/domain";
import type { Ref } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { executePrepared } from "../shared/sql.ts";
import { manyPer } from "../shared/batch.ts";
import { plainInstance } from "../shared/plain-rows.ts";
import type { Customer } from "../customers/customer.entity.ts";
import { MonthlySales } from "./monthly-sales.entity.ts";

/** Key of a customer's monthly sales over an inclusive month range ("YYYY-MM"). */
export interface SalesRangeKey {
  customerId: string;
  from: string;
  to: string;
}

/** Key of a customer's average over the last `months` complete months before today. */
export interface SalesAverageKey {
  customerId: string;
  months: number;
}

/** Per-request loaders of sales figures. */
export interface SalesLoaders {
  monthlySales: DataLoader<SalesRangeKey, MonthlySales[], string>;
  /** Average monthly amount as a numeric string with 2 decimals, or null when the customer reported no sales up to the window's end. */
  averageMonthlySales: DataLoader<SalesAverageKey, string | null, string>;
}

/** First day of a "YYYY-MM" month, as stored in `monthly_sales.month`. */
export function monthStart(month: string): string {
  return `${month}-01`;
}

function groupBy<Key, Group>(keys: readonly Key[], groupOf: (key: Key) => Group): Map<Group, Key[]> {
  const groups = new Map<Group, Key[]>();
  for (const key of keys) {
    const group = groupOf(key);
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  return groups;
}

/**
 * Creates fresh loaders bound to the request's EntityManager. Averages cover the complete
 * months before the current month of `now`, so a sales row imported for a future month
 * cannot shift anyone's average.
 */
export function createSalesLoaders(em: EntityManager, now: () => Date): SalesLoaders {
  return {
    monthlySales: new DataLoader(
      async (keys) => {
        // One query per distinct month range (in practice one per request).
        const results = new Map<string, MonthlySales[]>();
        for (const [range, group] of groupBy(keys, (key) => `${key.from}|${key.to}`)) {
          const [from = "", to = ""] = range.split("|");
          const customerIds = [...new Set(group.map((key) => key.customerId))];
          // Plain objects (see shared/plain-rows.ts): the row's customer is an id-only reference.
          const found = await executePrepared<{ id: string; customer_id: string; month: string; volume: string; amount: string; ourShare: string | null }>(
            em,
            `select id, customer_id, to_char(month, 'YYYY-MM-DD') as month, volume::text as volume, amount::text as amount, our_share::text as "ourShare"
             from monthly_sales where customer_id = any($1::uuid[]) and month >= $2::date and month <= $3::date order by month`,
            [customerIds, monthStart(from), monthStart(to)],
          );
          const rows = found.map(({ customer_id: customerId, ...values }) => plainInstance(MonthlySales, { ...values, customer: { id: customerId } as Ref<Customer> }));
          manyPer(customerIds, rows, (row) => row.customer.id).forEach((list, index) => results.set(`${customerIds[index]}|${range}`, list));
        }
        return keys.map((key) => results.get(`${key.customerId}|${key.from}|${key.to}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.customerId}|${key.from}|${key.to}` },
    ),
    averageMonthlySales: new DataLoader(
      async (keys) => {
        const results = new Map<string, string | null>();
        for (const [months, group] of groupBy(keys, (key) => key.months)) {
          const customerIds = [...new Set(group.map((key) => key.customerId))];
          // Months without a row count as zero; the window is the `months` complete months before today's month.
          const windowEnd = monthStart(lastCompleteMonth(todayIn(now(), "UTC")));
          const rows = await executePrepared<{ customer_id: string; average: string | null }>(
            em,
            `select ids.customer_id,
               case when exists (select 1 from monthly_sales e where e.customer_id = ids.customer_id and e.month <= $3::date)
                 then round(coalesce(sum(s.amount), 0) / $1::int, 2)::text end as average
             from unnest($2::uuid[]) as ids(customer_id)
             left join monthly_sales s on s.customer_id = ids.customer_id
               and s.month > $3::date - make_interval(months => $1::int) and s.month <= $3::date
             group by ids.customer_id`,
            [months, customerIds, windowEnd],
          );
          for (const row of rows) results.set(`${row.customer_id}|${months}`, row.average);
        }
        return keys.map((key) => results.get(`${key.customerId}|${key.months}`) ?? null);
      },
      { cacheKeyFn: (key) => `${key.customerId}|${key.months}` },
    ),
  };
}

declare module "../shared/context.ts" {
  interface Loaders {
    sales: SalesLoaders;
  }
}
