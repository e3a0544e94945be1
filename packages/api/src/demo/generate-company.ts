import type { EntityManager } from "@mikro-orm/postgresql";
import { normaliseEmail } from "../auth/auth.service.ts";
import { executeSql } from "../shared/sql.ts";
import { BRAND_WORDS, DEALER_FORMS, GIVEN_NAMES, HONGKOU, INTERESTS, JINGAN, KEY_ACCOUNT_FORMS, PUDONG, RETAIL_CHANNELS, SURNAMES, XUHUI } from "./demo-names.ts";

/** The size of a generated company; see {@link generateCompany}. */
export interface CompanySize {
  customers: number;
  /** Sales reps; each owns about customers ÷ reps customers (default: one per 100 customers). */
  reps?: number;
  /** Reps per territory; each territory also gets one manager (default 5). */
  repsPerTerritory?: number;
  /** Complete months of sales per customer, ending with `lastMonth` (default 12). */
  months?: number;
  /** Average contacts per customer (default 2.5; every customer has at least one). */
  contacts?: number;
  /** Share of customers with a business plan in `lastMonth` and in the month after it (default 0.2). */
  planShare?: number;
}

/** What {@link generateCompany} wrote, counted by the database. */
export interface GeneratedCompany {
  regions: number;
  territories: number;
  users: number;
  customers: number;
  stores: number;
  contacts: number;
  monthlySales: number;
  businessPlans: number;
}

/** Login of the generated admin; managers are `manager.<territory code>@bench.test`, reps `rep.<n>@bench.test`. */
export const generatedAdminEmail = "admin@bench.test";

/** Password of every generated user unless the generator is told otherwise. */
export const generatedPassword = "beatplan-bench";

/** Logins of the generated company's manager of territory `index` (1-based) and rep `index`. */
export const generatedLogins = {
  manager: (index: number): string => `manager.g${String(index).padStart(3, "0")}@bench.test`,
  rep: (index: number): string => `rep.${String(index).padStart(5, "0")}@bench.test`,
};

const districts = [PUDONG, XUHUI, JINGAN, HONGKOU];

function positive(name: string, value: number, allowZero = false): number {
  if (!Number.isFinite(value) || value < (allowZero ? 0 : 1) || (name !== "contacts" && name !== "planShare" && !Number.isInteger(value))) {
    throw new RangeError(`${name} must be a ${allowZero ? "non-negative" : "positive"} ${name === "contacts" || name === "planShare" ? "number" : "integer"}, got ${value}`);
  }
  return value;
}

async function count(tx: EntityManager, table: string): Promise<number> {
  const [row] = await executeSql<{ count: number }>(tx, `select count(*)::int as count from ${table}`);
  return row?.count ?? 0;
}

/**
 * Writes a realistic company into an empty, migrated database with set-based SQL (one statement
 * per table over `generate_series`, names drawn from the demo's word lists by deterministic
 * hashes, so the same size always gives the same company): regions of 8 territories, one
 * manager per territory, reps with ~100 customers each, customers with contacts, credit and
 * operating profiles, dealers and key accounts with 2–4 stores, `months` of monthly sales ending
 * with `lastMonth` (a long tail of volumes with seasonal noise), and for `planShare` of the
 * customers a business plan in `lastMonth` and the next month with one revision whose target is
 * split over the stores. Every user's password hash is `passwordHash`. Runs in `tx`, which
 * should be a transaction; nothing is audited.
 */
export async function generateCompany(tx: EntityManager, size: CompanySize, lastMonth: string, passwordHash: string, now: Date): Promise<GeneratedCompany> {
  const customers = positive("customers", size.customers);
  const reps = positive("reps", size.reps ?? Math.max(1, Math.round(customers / 100)));
  const repsPerTerritory = positive("repsPerTerritory", size.repsPerTerritory ?? 5);
  const months = positive("months", size.months ?? 12);
  const contacts = positive("contacts", size.contacts ?? 2.5);
  const planShare = positive("planShare", size.planShare ?? 0.2, true);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(lastMonth)) throw new RangeError(`lastMonth must be YYYY-MM, got ${lastMonth}`);
  const territories = Math.ceil(reps / repsPerTerritory);
  const stamp = now.toISOString();

  await executeSql(tx, `insert into region (code, name) select 'GR' || lpad(n::text, 2, '0'), 'Region ' || n from generate_series(1, $1::int) as n`, [Math.ceil(territories / 8)]);
  await executeSql(
    tx,
    `insert into territory (code, name, region_id)
     select 'G' || lpad(n::text, 3, '0'), d[1 + (n - 1) % array_length(d, 1)] || ' ' || n, r.id
     from generate_series(1, $1::int) as n
     cross join (select $2::text[] as d) names
     join region r on r.code = 'GR' || lpad((1 + (n - 1) / 8)::text, 2, '0')`,
    [territories, districts.map((district) => district.name.en)],
  );
  await executeSql(
    tx,
    `insert into app_user (email, name, role, password_hash, created_at)
     select $1, 'Generated admin', 'ADMIN', $2, $3::timestamptz
     union all select 'manager.g' || lpad(n::text, 3, '0') || '@bench.test', 'Manager ' || n, 'MANAGER', $2, $3::timestamptz from generate_series(1, $4::int) as n
     union all select 'rep.' || lpad(n::text, 5, '0') || '@bench.test', s[1 + abs(hashint4(n)) % array_length(s, 1)] || g[1 + abs(hashint4(n + 7)) % array_length(g, 1)], 'REP', $2, $3::timestamptz
       from generate_series(1, $5::int) as n, (select $6::text[] as s, $7::text[] as g) names`,
    [normaliseEmail(generatedAdminEmail), passwordHash, stamp, territories, reps, SURNAMES.map((name) => name.zh), GIVEN_NAMES.map((name) => name.zh)],
  );
  await executeSql(
    tx,
    `insert into territory_member (territory_id, user_id, membership)
     select t.id, u.id, 'MANAGER' from app_user u join territory t on 'manager.' || lower(t.code) || '@bench.test' = u.email
     union all
     select t.id, u.id, 'REP' from app_user u
       join territory t on t.code = 'G' || lpad((1 + (substr(u.email, 5, 5)::int - 1) / $1::int)::text, 3, '0')
     where u.role = 'REP'`,
    [repsPerTerritory],
  );
  // Customer n belongs to rep 1 + (n - 1) % reps and to that rep's territory.
  const forms = [...RETAIL_CHANNELS.map((form) => ["RETAIL", form.zh, form.channel]), ...DEALER_FORMS.map((form) => ["DEALER", form.zh, form.channel]), ...KEY_ACCOUNT_FORMS.map((form) => ["KEY_ACCOUNT", form.zh, form.channel])];
  const streets = districts.flatMap((district) => district.streets.map((street) => `上海市${district.name.zh}${street.zh}`));
  await executeSql(
    tx,
    `with spec as (
       select n, 1 + (n - 1) % $2::int as rep, abs(hashint4(n)) as h, abs(hashint4(n * 3)) % 20 as k
       from generate_series(1, $1::int) as n
     ), picked as (
       select s.*, case when s.k = 0 then $10::int + $11::int + 1 + s.h % $12::int when s.k < 4 then $10::int + 1 + s.h % $11::int else 1 + s.h % $10::int end as form
       from spec s
     )
     insert into customer (code, name, type, channel, scale, address, latitude, longitude, registration_no, tax_no, bank_account,
                           territory_id, responsible_rep_id, status, version, created_at, updated_at)
     select 'G-' || lpad(p.n::text, 6, '0'),
            ($6::text[])[1 + p.h % array_length($6::text[], 1)] || ($4::text[])[p.form] || p.n,
            ($3::text[])[p.form], ($5::text[])[p.form],
            (array['small', 'medium', 'large'])[1 + p.h % 3],
            ($7::text[])[1 + (p.h / 7) % array_length($7::text[], 1)] || (1 + p.h % 999) || '号',
            31.2 + ((p.h % 10007) / 10007.0 - 0.5) * 0.2, 121.47 + (((p.h / 10007) % 10007) / 10007.0 - 0.5) * 0.3,
            '91310' || lpad((p.h % 10000000)::text, 13, '0'), '310' || lpad((p.h % 100000000)::text, 15, '0'), '6222' || lpad(p.n::text, 12, '0'),
            t.id, u.id, case when p.h % 50 = 0 then 'ARCHIVED' else 'ACTIVE' end, 1, $8::timestamptz, $8::timestamptz
     from picked p
     join app_user u on u.email = 'rep.' || lpad(p.rep::text, 5, '0') || '@bench.test'
     join territory t on t.code = 'G' || lpad((1 + (p.rep - 1) / $9::int)::text, 3, '0')`,
    [
      customers, reps, forms.map((form) => form[0]), forms.map((form) => form[1]), forms.map((form) => form[2]), BRAND_WORDS.map((word) => word.zh), streets, stamp, repsPerTerritory,
      RETAIL_CHANNELS.length, DEALER_FORMS.length, KEY_ACCOUNT_FORMS.length,
    ],
  );
  // Fresh statistics, so that the planner joins the freshly written rows by index.
  await executeSql(tx, "analyze app_user, territory, customer");
  await executeSql(
    tx,
    `insert into store (customer_id, code, name, address, latitude, longitude)
     select c.id, c.code || '-S' || k, c.name || ' ' || k || '号店', c.address, c.latitude + k * 0.002, c.longitude - k * 0.002
     from customer c cross join lateral generate_series(1, 2 + abs(hashtext(c.code)) % 3) as k
     where c.type <> 'RETAIL'`,
  );
  await executeSql(
    tx,
    `insert into contact (customer_id, name, title, phone, email, birthday, interests, tier)
     select c.id, ($1::text[])[1 + abs(hashtext(c.code || k)) % array_length($1::text[], 1)] || ($2::text[])[1 + abs(hashtext(k || c.code)) % array_length($2::text[], 1)],
            (array['Owner', 'Purchasing manager', 'Store manager', 'Accountant'])[1 + k % 4],
            '13' || lpad((abs(hashtext(c.code || 'p' || k)) % 1000000000)::text, 9, '0'),
            lower(c.code) || '.' || k || '@example.cn',
            date '1965-01-01' + abs(hashtext(c.code || 'b' || k)) % 12000,
            ($3::text[])[1 + abs(hashtext(c.code || 'i' || k)) % array_length($3::text[], 1)],
            case when k = 1 then 'I' when k = 2 then 'II' else 'III' end
     from customer c cross join lateral generate_series(1, 1 + abs(hashtext(c.code || 'k')) % greatest(1, round(2 * $4::float8 - 1)::int)) as k`,
    [SURNAMES.map((name) => name.zh), GIVEN_NAMES.map((name) => name.zh), [...INTERESTS], contacts],
  );
  await executeSql(
    tx,
    `insert into credit_profile (customer_id, registered_capital, years_in_business, credit_limit, credit_term_days, settlement_day, payment_terms, bad_credit)
     select id, 100000 * (1 + abs(hashtext(code)) % 50), 1 + abs(hashtext(code)) % 30, 10000 * (1 + abs(hashtext(code || 'l')) % 40),
            (array[30, 45, 60])[1 + abs(hashtext(code)) % 3], 1 + abs(hashtext(code)) % 28, 'monthly settlement', abs(hashtext(code)) % 40 = 0
     from customer`,
  );
  await executeSql(
    tx,
    `insert into operating_profile (customer_id, sales_staff, market_coverage, floor_area, storage_area, transport_mode, delivery_addresses)
     select id, 2 + abs(hashtext(code)) % 40, 'district', 50 + abs(hashtext(code)) % 2000, 20 + abs(hashtext(code)) % 500, 'own van', array[address]
     from customer where abs(hashtext(code || 'o')) % 2 = 0`,
  );
  // A long tail: volume ~ 20 000 / rank^0.8, a seasonal swing and ±20% noise from a hash; price 60–120 per unit.
  await executeSql(
    tx,
    `insert into monthly_sales (customer_id, month, volume, amount, our_share, updated_at)
     select c.id, m.month, v.volume, round(v.volume * (60 + abs(hashtext(c.code)) % 60), 2), round((0.1 + (abs(hashtext(c.code || 's')) % 80) / 100.0)::numeric, 4), $3::timestamptz
     from customer c
     cross join (select (($1 || '-01')::date - make_interval(months => k))::date as month, k from generate_series(0, $2::int - 1) as k) m
     cross join lateral (select round(((20000 / power(substr(c.code, 3)::int, 0.8)) * (1 + 0.15 * sin(extract(month from m.month) / 2.0))
                                      * (0.8 + 0.4 * ((hashtext(c.code || m.k) & 1023) / 1023.0)))::numeric, 3) as volume) v`,
    [lastMonth, months, stamp],
  );
  await executeSql(tx, "analyze store, contact, monthly_sales");
  if (planShare > 0) await generatePlans(tx, lastMonth, planShare, stamp);
  return {
    regions: await count(tx, "region"),
    territories: await count(tx, "territory"),
    users: await count(tx, "app_user"),
    customers: await count(tx, "customer"),
    stores: await count(tx, "store"),
    contacts: await count(tx, "contact"),
    monthlySales: await count(tx, "monthly_sales"),
    businessPlans: await count(tx, "business_plan"),
  };
}

/** Draft and proposed plans with one revision each; store targets add up to the plan's target. */
async function generatePlans(tx: EntityManager, lastMonth: string, planShare: number, stamp: string): Promise<void> {
  await executeSql(
    tx,
    `insert into business_plan (customer_id, month, owner_id, status, current_revision_number, last_proposed_revision_number, version, created_at, updated_at)
     select c.id, m.month, c.responsible_rep_id, case when m.k = 0 then 'PROPOSED' else 'DRAFT' end, 1, case when m.k = 0 then 1 end, 1, $3::timestamptz, $3::timestamptz
     from customer c
     cross join (select (($1 || '-01')::date + make_interval(months => k))::date as month, k from generate_series(0, 1) as k) m
     where c.status = 'ACTIVE' and c.responsible_rep_id is not null and (abs(hashtext(c.code || 'plan')) % 10000) < $2::float8 * 10000`,
    [lastMonth, planShare, stamp],
  );
  await executeSql(tx, "analyze business_plan");
  await executeSql(
    tx,
    `insert into business_plan_revision (plan_id, number, author_id, created_at, change_note, target_volume, target_amount, promotion_budget, content)
     select p.id, 1, p.owner_id, $1::timestamptz, 'first draft with the buyer', x.volume, x.amount, x.budget,
            jsonb_build_object(
              'companyTargetVolume', to_char(x.volume * 1.1, 'FM999999999990.000'), 'companyTargetAmount', to_char(x.amount * 1.1, 'FM999999999990.00'),
              'targetVolume', to_char(x.volume, 'FM999999999990.000'), 'targetAmount', to_char(x.amount, 'FM999999999990.00'),
              'forecastVolume', to_char(x.volume * 0.95, 'FM999999999990.000'), 'forecastAmount', to_char(x.amount * 0.95, 'FM999999999990.00'),
              'storeTargets', coalesce((select jsonb_agg(jsonb_build_object('storeId', s.id, 'storeCode', s.code,
                                          'volume', to_char(x.volume / x.stores, 'FM999999999990.000'), 'amount', to_char(x.amount / x.stores, 'FM999999999990.00')) order by s.code)
                                        from store s where s.customer_id = p.customer_id), '[]'::jsonb),
              'launches', '[]'::jsonb,
              'promotions', jsonb_build_array(jsonb_build_object('type', 'end-cap display', 'startDate', to_char(p.month + 9, 'YYYY-MM-DD'), 'endDate', to_char(p.month + 19, 'YYYY-MM-DD'),
                                                                  'budget', to_char(x.budget, 'FM999999999990.00'), 'expectedUplift', '8.00')),
              'penetrationNotes', 'Buyer plans a shelf reset mid-month.')
     from business_plan p
     cross join lateral (select greatest(1, (select count(*) from store s where s.customer_id = p.customer_id))::int as stores) n
     cross join lateral (select n.stores, (n.stores * (10 + abs(hashtext(p.id::text)) % 90))::numeric(16,3) as volume,
                                (n.stores * (1000 + abs(hashtext(p.id::text)) % 9000))::numeric(16,2) as amount,
                                (200 + abs(hashtext(p.id::text || 'b')) % 2000)::numeric(16,2) as budget) x`,
    [stamp],
  );
  await executeSql(
    tx,
    `insert into business_plan_event (plan_id, action, from_status, to_status, revision_number, actor_id, created_at)
     select id, 'CREATE', null, 'DRAFT', 1, owner_id, $1::timestamptz from business_plan
     union all select id, 'PROPOSE', 'DRAFT', 'PROPOSED', 1, owner_id, $1::timestamptz from business_plan where status = 'PROPOSED'`,
    [stamp],
  );
}
