import type { EntityManager } from "@mikro-orm/postgresql";
import { hashPassword } from "../auth/password.ts";
import { normaliseEmail } from "../auth/auth.service.ts";
import { executeSql } from "../shared/sql.ts";
import { applyDemoClassification } from "./demo-classification.ts";
import type { DemoData } from "./demo-data.ts";
import { loadDemoBusinessPlans } from "./demo-business-plans.ts";
import { loadDemoProducts } from "./demo-products.ts";

/** What {@link loadDemoData} wrote. */
export interface DemoLoadSummary {
  regions: number;
  territories: number;
  users: number;
  customers: number;
  monthlySales: number;
  /** Customers that got a class from their territory's policy. */
  classified: number;
}

/** True when the database holds no users and no customers (a fresh install). */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  const [row] = await executeSql<{ empty: boolean }>(em, "select not exists (select 1 from app_user) and not exists (select 1 from customer) as empty");
  return row?.empty ?? false;
}

async function insertCount(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const [row] = await executeSql<{ count: number }>(em, `with inserted as (${sql} returning 1) select count(*)::int as count from inserted`, params);
  return row?.count ?? 0;
}

/**
 * Persists a demo data set in one transaction with set-based inserts (one statement per table,
 * arrays bound through `unnest`), so ~1,300 customers with a year of sales load in seconds.
 * Then stores the demo classification policies and applies them, so that a fresh start
 * already shows classes; `now` stamps the class history.
 */
export async function loadDemoData(em: EntityManager, data: DemoData, now: Date): Promise<DemoLoadSummary> {
  const passwordHashes = await hashPasswords(data);
  return em.transactional(async (tx) => {
    const written = await insertDataSet(tx, data, passwordHashes, now);
    const classified = await applyDemoClassification(tx, data, now);
    await loadDemoProducts(tx);
    await loadDemoBusinessPlans(tx, now);
    return { ...written, classified };
  });
}

/** Each user's password hash, in `data.users` order (own random salts, hashed in parallel on libuv's thread pool). */
export function hashPasswords(data: DemoData): Promise<string[]> {
  return Promise.all(data.users.map((user) => hashPassword(user.password)));
}

/**
 * Inserts the records of a data set — regions, territories, users with their memberships,
 * customers with stores, contacts and profiles, monthly sales — with one set-based statement
 * per table, in `tx` (which should be a transaction). `now` stamps the rows; nothing is audited.
 */
export async function insertDataSet(tx: EntityManager, data: DemoData, passwordHashes: readonly string[], now: Date): Promise<Omit<DemoLoadSummary, "classified">> {
  const regions = await insertCount(tx, `insert into region (code, name) select * from unnest($1::text[], $2::text[])`, [
    data.regions.map((region) => region.code),
    data.regions.map((region) => region.name),
  ]);
  const territories = await insertCount(
    tx,
    `insert into territory (code, name, region_id)
     select t.code, t.name, r.id from unnest($1::text[], $2::text[], $3::text[]) as t(code, name, region_code) join region r on r.code = t.region_code`,
    [data.territories.map((t) => t.code), data.territories.map((t) => t.name), data.territories.map((t) => t.regionCode)],
  );
  const users = await insertCount(
    tx,
    `insert into app_user (email, name, role, password_hash, created_at) select *, $5::timestamptz from unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
    [data.users.map((user) => normaliseEmail(user.email)), data.users.map((user) => user.name), data.users.map((user) => user.role), passwordHashes, now.toISOString()],
  );
  const memberships = data.users.flatMap((user) => [
    ...user.territoryCodes.map((code) => ({ code, email: normaliseEmail(user.email), membership: "REP" })),
    ...user.managesTerritoryCodes.map((code) => ({ code, email: normaliseEmail(user.email), membership: "MANAGER" })),
  ]);
  await insertCount(
    tx,
    `insert into territory_member (territory_id, user_id, membership)
     select t.id, u.id, m.membership from unnest($1::text[], $2::text[], $3::text[]) as m(code, email, membership)
     join territory t on t.code = m.code join app_user u on u.email = m.email`,
    [memberships.map((m) => m.code), memberships.map((m) => m.email), memberships.map((m) => m.membership)],
  );
  await insertWorkProfiles(tx, data, now);
  const c = data.customers;
  const customers = await insertCount(
    tx,
    `insert into customer (code, name, type, channel, scale, address, latitude, longitude, registration_no, tax_no, bank_account,
                           territory_id, responsible_rep_id, status, version, created_at, updated_at)
     select d.code, d.name, d.type, d.channel, d.scale, d.address, d.latitude, d.longitude, d.registration_no, d.tax_no, d.bank_account,
            t.id, u.id, d.status, 1, $15::timestamptz, $15::timestamptz
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
       as d(code, name, type, channel, scale, address, latitude, longitude, registration_no, tax_no, bank_account, territory_code, rep_email, status)
     join territory t on t.code = d.territory_code
     left join app_user u on u.email = d.rep_email`,
    [
      c.map((x) => x.code), c.map((x) => x.name), c.map((x) => x.type), c.map((x) => x.channel), c.map((x) => x.scale), c.map((x) => x.address),
      c.map((x) => x.latitude), c.map((x) => x.longitude), c.map((x) => x.registrationNo), c.map((x) => x.taxNo), c.map((x) => x.bankAccount),
      c.map((x) => x.territoryCode), c.map((x) => normaliseEmail(x.repEmail)), c.map((x) => x.status), now.toISOString(),
    ],
  );
  const stores = c.flatMap((customer) => customer.stores.map((store) => ({ ...store, customerCode: customer.code })));
  await insertCount(
    tx,
    `insert into store (customer_id, code, name, address, latitude, longitude)
     select cu.id, s.code, s.name, s.address, s.latitude, s.longitude
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[]) as s(customer_code, code, name, address, latitude, longitude)
     join customer cu on cu.code = s.customer_code`,
    [stores.map((s) => s.customerCode), stores.map((s) => s.code), stores.map((s) => s.name), stores.map((s) => s.address), stores.map((s) => s.latitude), stores.map((s) => s.longitude)],
  );
  const contacts = c.flatMap((customer) => customer.contacts.map((contact) => ({ ...contact, customerCode: customer.code })));
  await insertCount(
    tx,
    `insert into contact (customer_id, name, title, phone, email, birthday, interests, tier)
     select cu.id, k.name, k.title, k.phone, k.email, k.birthday, k.interests, k.tier
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[]) as k(customer_code, name, title, phone, email, birthday, interests, tier)
     join customer cu on cu.code = k.customer_code`,
    [
      contacts.map((k) => k.customerCode), contacts.map((k) => k.name), contacts.map((k) => k.title), contacts.map((k) => k.phone),
      contacts.map((k) => k.email), contacts.map((k) => k.birthday), contacts.map((k) => k.interests), contacts.map((k) => k.tier),
    ],
  );
  const credits = c.flatMap((customer) => (customer.credit ? [{ ...customer.credit, customerCode: customer.code }] : []));
  await insertCount(
    tx,
    `insert into credit_profile (customer_id, registered_capital, years_in_business, credit_limit, credit_term_days, settlement_day, payment_terms, bad_credit)
     select cu.id, p.registered_capital, p.years_in_business, p.credit_limit, p.credit_term_days, p.settlement_day, p.payment_terms, p.bad_credit
     from unnest($1::text[], $2::numeric[], $3::int[], $4::numeric[], $5::int[], $6::int[], $7::text[], $8::boolean[])
       as p(customer_code, registered_capital, years_in_business, credit_limit, credit_term_days, settlement_day, payment_terms, bad_credit)
     join customer cu on cu.code = p.customer_code`,
    [
      credits.map((p) => p.customerCode), credits.map((p) => p.registeredCapital), credits.map((p) => p.yearsInBusiness), credits.map((p) => p.creditLimit),
      credits.map((p) => p.creditTermDays), credits.map((p) => p.settlementDay), credits.map((p) => p.paymentTerms), credits.map((p) => p.badCredit),
    ],
  );
  const operating = c.flatMap((customer) => (customer.operating ? [{ ...customer.operating, customerCode: customer.code }] : []));
  await insertCount(
    tx,
    `insert into operating_profile (customer_id, sales_staff, market_coverage, floor_area, storage_area, transport_mode, delivery_addresses)
     select cu.id, p.sales_staff, p.market_coverage, p.floor_area, p.storage_area, p.transport_mode,
            array(select json_array_elements_text(p.delivery_addresses::json))
     from unnest($1::text[], $2::int[], $3::text[], $4::numeric[], $5::numeric[], $6::text[], $7::text[])
       as p(customer_code, sales_staff, market_coverage, floor_area, storage_area, transport_mode, delivery_addresses)
     join customer cu on cu.code = p.customer_code`,
    [
      operating.map((p) => p.customerCode), operating.map((p) => p.salesStaff), operating.map((p) => p.marketCoverage), operating.map((p) => p.floorArea),
      operating.map((p) => p.storageArea), operating.map((p) => p.transportMode), operating.map((p) => JSON.stringify(p.deliveryAddresses)),
    ],
  );
  const sales = data.monthlySales;
  const monthlySales = await insertCount(
    tx,
    `insert into monthly_sales (customer_id, month, volume, amount, our_share, updated_at)
     select cu.id, (s.month || '-01')::date, s.volume, s.amount, s.our_share, $6::timestamptz
     from unnest($1::text[], $2::text[], $3::numeric[], $4::numeric[], $5::numeric[]) as s(customer_code, month, volume, amount, our_share)
     join customer cu on cu.code = s.customer_code`,
    [sales.map((s) => s.customerCode), sales.map((s) => s.month), sales.map((s) => s.volume), sales.map((s) => s.amount), sales.map((s) => s.ourShare), now.toISOString()],
  );
  return { regions, territories, users, customers, monthlySales };
}

/** A work profile for every rep with a base: routes start there, the day as the record says (or the profile's defaults). */
async function insertWorkProfiles(tx: EntityManager, data: DemoData, now: Date): Promise<void> {
  const reps = data.users.filter((user) => user.baseLatitude !== undefined && user.baseLongitude !== undefined);
  if (reps.length === 0) return;
  await executeSql(
    tx,
    `insert into rep_work_profile (user_id, start_label, start_latitude, start_longitude, working_weekdays, day_start_minute, day_end_minute, break_minutes, non_customer_minutes, updated_at)
     select u.id, 'Base', p.latitude, p.longitude, array(select json_array_elements_text(p.weekdays::json)::smallint), p.start_minute, p.end_minute, p.break_minutes, p.non_customer_minutes, $9::timestamptz
       from unnest($1::text[], $2::float8[], $3::float8[], $4::text[], $5::int[], $6::int[], $7::int[], $8::int[])
         as p(email, latitude, longitude, weekdays, start_minute, end_minute, break_minutes, non_customer_minutes)
       join app_user u on u.email = p.email`,
    [
      reps.map((rep) => normaliseEmail(rep.email)), reps.map((rep) => rep.baseLatitude), reps.map((rep) => rep.baseLongitude),
      reps.map((rep) => JSON.stringify(rep.workDay?.weekdays ?? [1, 2, 3, 4, 5, 6])), reps.map((rep) => rep.workDay?.startMinute ?? 480), reps.map((rep) => rep.workDay?.endMinute ?? 960),
      reps.map((rep) => rep.workDay?.breakMinutes ?? 60), reps.map((rep) => rep.workDay?.nonCustomerMinutes ?? 30), now.toISOString(),
    ],
  );
}
