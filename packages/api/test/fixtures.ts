import { MONTHLY_CYCLE_VISIT_STANDARD, shiftMonth, WORKED_EXAMPLE_B_VISIT_STANDARD } from "@beatplan/domain";
import { paretoExampleB } from "@beatplan/domain/testing";
import type { EntityManager } from "@mikro-orm/postgresql";
import { hashPassword } from "../src/auth/password.ts";
import { Scope } from "../src/auth/scope.ts";
import { classificationPeriod } from "../src/classification/classification-period.ts";
import { effectivePolicy } from "../src/classification/effective-policy.ts";
import { classifyAndWrite } from "../src/classification/write-classification.ts";
import { Territory } from "../src/org/territory.entity.ts";
import { executeSql } from "../src/shared/sql.ts";
import type { DemoCustomer, DemoData, DemoMonthlySales, DemoUser } from "../src/demo/demo-data.ts";
import { DEMO_PRODUCTS, loadDemoProducts } from "../src/demo/demo-products.ts";
import { insertDataSet } from "../src/demo/load-demo-data.ts";

/** Every fixture user signs in with this password. */
export const fixturePassword = "fixture-password";

/** The logins of the fixtures, by what tests use them for. */
export const fixtureUsers = {
  admin: "admin@fixture.test",
  northManager: "manager.north@fixture.test",
  /** The rep of T-NORTH, responsible for all three of its customers. */
  northRep: "rep.north@fixture.test",
  southManager: "manager.south@fixture.test",
  /** Responsible for S-1. */
  southRep: "rep.south@fixture.test",
  /** A second rep of T-SOUTH, responsible for S-2. */
  otherSouthRep: "rep2.south@fixture.test",
} as const;

/** Territory codes of the fixtures. */
export const fixtureTerritories = { north: "T-NORTH", south: "T-SOUTH" } as const;

/** Average monthly volume of each fixture customer (Pareto 40/40/20 makes N-1 A, N-2 B, N-3 C). */
const monthlyVolumes: Readonly<Record<string, number>> = { "N-1": 600, "N-2": 300, "N-3": 100, "S-1": 80, "S-2": 20 };

/** How many complete months of sales every fixture customer has, ending with the last complete month. */
export const fixtureSalesMonths = 3;

/** A small named data set for API tests; `build` derives its sales months from the server clock's last complete month. */
export interface Fixture {
  /** What the fixture is, in a sentence. */
  readonly description: string;
  readonly build: (lastCompleteMonth: string) => DemoData;
  /** Adds the demo product catalogue (business plans reference products). */
  readonly products?: boolean;
  /** Runs after the records are in, in the same transaction (policies, classes), stamped with `now`. */
  readonly afterInsert?: (tx: EntityManager, now: Date) => Promise<void>;
}

function user(email: string, role: DemoUser["role"], territoryCodes: string[] = [], managesTerritoryCodes: string[] = []): DemoUser {
  return { email, name: email.split("@")[0]!, role, password: fixturePassword, territoryCodes, managesTerritoryCodes };
}

function customer(code: string, territoryCode: string, repEmail: string, index: number, storeCount = 1): DemoCustomer {
  const store = (number: number) => ({ code: `${code}-S${number}`, name: `Shop ${code} store ${number}`, address: `${index} Fixture Road`, latitude: 31.2 + index / 100, longitude: 121.4 + index / 100 });
  return {
    code,
    name: `Shop ${code}`,
    type: "RETAIL",
    channel: "supermarket",
    scale: "MEDIUM",
    address: `${index} Fixture Road`,
    latitude: 31.2 + index / 100,
    longitude: 121.4 + index / 100,
    registrationNo: `91310000FIXTURE${String(index).padStart(3, "0")}`,
    taxNo: `TAX-${code}`,
    bankAccount: `6222 0000 0000 ${String(index).padStart(4, "0")}`,
    territoryCode,
    repEmail,
    status: "ACTIVE",
    stores: storeCount === 1 ? [{ ...store(1), name: `Shop ${code} main store` }] : Array.from({ length: storeCount }, (_, number) => store(number + 1)),
    contacts: [{ name: `Buyer of ${code}`, title: "buyer", phone: `138000000${String(index).padStart(2, "0")}`, email: `buyer.${code.toLowerCase()}@fixture.test`, birthday: "1980-05-17", interests: "tea", tier: "I" }],
    credit: { registeredCapital: "1000000.00", yearsInBusiness: 5, creditLimit: "50000.00", creditTermDays: 30, settlementDay: 25, paymentTerms: "net 30", badCredit: false },
    operating: null,
  };
}

function sales(customers: readonly DemoCustomer[], lastCompleteMonth: string, volumes: Readonly<Record<string, number>> = monthlyVolumes, months = fixtureSalesMonths): DemoMonthlySales[] {
  return customers.flatMap((entry) =>
    Array.from({ length: months }, (_, index) => {
      const volume = volumes[entry.code] ?? 10;
      return { customerCode: entry.code, month: shiftMonth(lastCompleteMonth, index - months + 1), volume: volume.toFixed(2), amount: (volume * 10).toFixed(2), ourShare: "0.5000" };
    }),
  );
}

function northData(lastCompleteMonth: string): DemoData {
  const customers = ["N-1", "N-2", "N-3"].map((code, index) => customer(code, fixtureTerritories.north, fixtureUsers.northRep, index + 1));
  return {
    regions: [{ code: "R-EAST", name: "East" }],
    territories: [{ code: fixtureTerritories.north, name: "North", regionCode: "R-EAST" }],
    users: [user(fixtureUsers.admin, "ADMIN"), user(fixtureUsers.northManager, "MANAGER", [], [fixtureTerritories.north]), user(fixtureUsers.northRep, "REP", [fixtureTerritories.north])],
    customers,
    monthlySales: sales(customers, lastCompleteMonth),
  };
}

/** A territory (T-NORTH) with three customers (N-1 … N-3, three months of sales each), its rep and manager, and an admin. */
export const oneTerritory: Fixture = {
  description: "a territory with three customers and a rep",
  build: northData,
};

/**
 * {@link oneTerritory} plus T-SOUTH in the same region, with its manager and two reps and
 * one customer each (S-1, S-2): to test that nobody sees past their territories.
 */
export const twoTerritories: Fixture = {
  description: "two territories to test scoping",
  build: (lastCompleteMonth) => {
    const north = northData(lastCompleteMonth);
    const south = [customer("S-1", fixtureTerritories.south, fixtureUsers.southRep, 4), customer("S-2", fixtureTerritories.south, fixtureUsers.otherSouthRep, 5)];
    return {
      regions: north.regions,
      territories: [...north.territories, { code: fixtureTerritories.south, name: "South", regionCode: "R-EAST" }],
      users: [
        ...north.users,
        user(fixtureUsers.southManager, "MANAGER", [], [fixtureTerritories.south]),
        user(fixtureUsers.southRep, "REP", [fixtureTerritories.south]),
        user(fixtureUsers.otherSouthRep, "REP", [fixtureTerritories.south]),
      ],
      customers: [...north.customers, ...south],
      monthlySales: [...north.monthlySales, ...sales(south, lastCompleteMonth)],
    };
  },
};

/** {@link oneTerritory} with the product catalogue, for business plans. */
export const oneTerritoryWithProducts: Fixture = { ...oneTerritory, description: "a territory with three customers, a rep and the product catalogue", products: true };

function territory(code: string, name: string): DemoData["territories"][number] {
  return { code, name, regionCode: "R-EAST" };
}

/** The admin, T-NORTH's manager and rep, T-SOUTH's manager and the south rep, a member of `southRepTerritories`. */
function northAndSouthUsers(southRepTerritories: string[]): DemoUser[] {
  return [
    user(fixtureUsers.admin, "ADMIN"),
    user(fixtureUsers.northManager, "MANAGER", [], [fixtureTerritories.north]),
    user(fixtureUsers.northRep, "REP", [fixtureTerritories.north]),
    user(fixtureUsers.southManager, "MANAGER", [], [fixtureTerritories.south]),
    user(fixtureUsers.southRep, "REP", southRepTerritories),
  ];
}

/** How many customers (two stores each) the rep of T-NORTH plans for in {@link planningTerritories}. */
export const planningCustomerCount = 12;

/**
 * Two territories for business plans, with the product catalogue: T-NORTH's rep has 12 customers
 * of two stores each (P-01 … P-12), T-SOUTH's rep two; each territory has its
 * manager, and there is an admin. Authority limits are the migration's role defaults (REP
 * 10,000.00). No plans yet.
 */
export const planningTerritories: Fixture = {
  description: "two territories whose reps plan for customers with two stores each",
  products: true,
  build: (lastCompleteMonth) => {
    const north = Array.from({ length: planningCustomerCount }, (_, index) => customer(`P-${String(index + 1).padStart(2, "0")}`, fixtureTerritories.north, fixtureUsers.northRep, index + 1, 2));
    const south = [1, 2].map((number) => customer(`Q-0${number}`, fixtureTerritories.south, fixtureUsers.southRep, planningCustomerCount + number, 2));
    return {
      regions: [{ code: "R-EAST", name: "East" }],
      territories: [territory(fixtureTerritories.north, "North"), territory(fixtureTerritories.south, "South")],
      users: northAndSouthUsers([fixtureTerritories.south]),
      customers: [...north, ...south],
      monthlySales: sales([...north, ...south], lastCompleteMonth),
    };
  },
};

/** Territory codes of {@link classifiedTerritories} beyond T-NORTH and T-SOUTH. */
export const classificationTerritories = { ...fixtureTerritories, west: "T-WEST" } as const;

/** E-01 … E-20: T-NORTH's customers in {@link classifiedTerritories}, in the order of `paretoExampleB`. */
export const exampleCustomerCodes: readonly string[] = paretoExampleB.map((_, index) => `E-${String(index + 1).padStart(2, "0")}`);

/** Monthly volumes of T-SOUTH's and T-WEST's customers in {@link classifiedTerritories}: one above 150, one from 40 to 150 and one below 40 in T-SOUTH. */
export const otherClassificationVolumes: Readonly<Record<string, number>> = { "S-1": 200, "S-2": 80, "S-3": 20, "W-1": 50, "W-2": 5 };

/** How many complete months of sales every customer of {@link classifiedTerritories} has, ending with the last complete month. */
export const classificationSalesMonths = 6;

const pareto404020 = JSON.stringify({ thresholds: { A: 40, B: 40, C: 20 } });

/** Stores the company default and T-NORTH's own policy, then classifies every territory as the demo loader does. */
async function classifyAtSeed(tx: EntityManager, now: Date): Promise<void> {
  await executeSql(
    tx,
    `insert into classification_policy (territory_id, region_id, method, period_months, parameters, visit_standard, version, updated_at)
     values (null, null, 'PARETO', 3, $1::jsonb, $2::jsonb, 1, $5::timestamptz),
            ((select id from territory where code = $4), null, 'PARETO', 3, $1::jsonb, $3::jsonb, 1, $5::timestamptz)`,
    [pareto404020, JSON.stringify(MONTHLY_CYCLE_VISIT_STANDARD), JSON.stringify(WORKED_EXAMPLE_B_VISIT_STANDARD), fixtureTerritories.north, now.toISOString()],
  );
  const [row] = await executeSql<{ month: string }>(tx, "select to_char(max(month), 'YYYY-MM') as month from monthly_sales");
  const asOf = `${shiftMonth(row!.month, 1)}-01`;
  for (const territory of await tx.find(Territory, {}, { orderBy: { code: "asc" } })) {
    const policy = await effectivePolicy(tx, territory);
    await classifyAndWrite(tx, Scope.forOperator(), territory.id, policy, classificationPeriod(asOf, policy.periodMonths), null, now);
  }
}

/**
 * Three territories for classification, six months of sales each, classified at seed by the
 * system (no actor): T-NORTH holds DOMAIN.md §3 worked example B (E-01 … E-20 selling
 * `paretoExampleB`'s volumes every month; its own Pareto 40/40/20 policy makes E-01 … E-05 A,
 * E-06 … E-10 B, the rest C) with its rep and manager; T-SOUTH (S-1 … S-3, its rep and manager)
 * and T-WEST (W-1, W-2) follow the company default, Pareto 40/40/20 over 3 months. An admin.
 */
export const classifiedTerritories: Fixture = {
  description: "worked example B in a territory, two more territories on the company default",
  afterInsert: classifyAtSeed,
  build: (lastCompleteMonth) => {
    const north = exampleCustomerCodes.map((code, index) => customer(code, fixtureTerritories.north, fixtureUsers.northRep, index + 1));
    const south = ["S-1", "S-2", "S-3"].map((code, index) => customer(code, fixtureTerritories.south, fixtureUsers.southRep, 21 + index));
    const west = ["W-1", "W-2"].map((code, index) => customer(code, classificationTerritories.west, fixtureUsers.southRep, 24 + index));
    const volumes = { ...otherClassificationVolumes, ...Object.fromEntries(exampleCustomerCodes.map((code, index) => [code, Number(paretoExampleB[index]!.volume)])) };
    return {
      regions: [{ code: "R-EAST", name: "East" }],
      territories: [territory(fixtureTerritories.north, "North"), territory(fixtureTerritories.south, "South"), territory(classificationTerritories.west, "West")],
      users: northAndSouthUsers([fixtureTerritories.south, classificationTerritories.west]),
      customers: [...north, ...south, ...west],
      monthlySales: sales([...north, ...south, ...west], lastCompleteMonth, volumes, classificationSalesMonths),
    };
  },
};

// scrypt is slow on purpose; every fixture user has the same password, so it is hashed once per test file.
let passwordHash: Promise<string> | undefined;

/** Writes `fixture` into an empty database in one transaction, set-based, stamped with `now`. */
export async function seedFixture(em: EntityManager, fixture: Fixture, lastCompleteMonth: string, now: Date): Promise<DemoData> {
  const data = fixture.build(lastCompleteMonth);
  passwordHash ??= hashPassword(fixturePassword);
  const hash = await passwordHash;
  await em.transactional(async (tx) => {
    await insertDataSet(tx, data, data.users.map(() => hash), now);
    if (fixture.products) await loadDemoProducts(tx, DEMO_PRODUCTS);
    await fixture.afterInsert?.(tx, now);
  });
  return data;
}
