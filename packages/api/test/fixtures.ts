import { shiftMonth } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { hashPassword } from "../src/auth/password.ts";
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
}

function user(email: string, role: DemoUser["role"], territoryCodes: string[] = [], managesTerritoryCodes: string[] = []): DemoUser {
  return { email, name: email.split("@")[0]!, role, password: fixturePassword, territoryCodes, managesTerritoryCodes };
}

function customer(code: string, territoryCode: string, repEmail: string, index: number): DemoCustomer {
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
    stores: [{ code: `${code}-S1`, name: `Shop ${code} main store`, address: `${index} Fixture Road`, latitude: 31.2 + index / 100, longitude: 121.4 + index / 100 }],
    contacts: [{ name: `Buyer of ${code}`, title: "buyer", phone: `138000000${String(index).padStart(2, "0")}`, email: `buyer.${code.toLowerCase()}@fixture.test`, birthday: "1980-05-17", interests: "tea", tier: "I" }],
    credit: { registeredCapital: "1000000.00", yearsInBusiness: 5, creditLimit: "50000.00", creditTermDays: 30, settlementDay: 25, paymentTerms: "net 30", badCredit: false },
    operating: null,
  };
}

function sales(customers: readonly DemoCustomer[], lastCompleteMonth: string): DemoMonthlySales[] {
  return customers.flatMap((entry) =>
    Array.from({ length: fixtureSalesMonths }, (_, index) => {
      const volume = monthlyVolumes[entry.code] ?? 10;
      return { customerCode: entry.code, month: shiftMonth(lastCompleteMonth, index - fixtureSalesMonths + 1), volume: volume.toFixed(2), amount: (volume * 10).toFixed(2), ourShare: "0.5000" };
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
  });
  return data;
}
