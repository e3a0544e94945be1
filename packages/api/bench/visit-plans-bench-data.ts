import type { DemoCustomer, DemoData, DemoUser } from "../src/demo/demo-data.ts";

/** Territory of the 150-customer, 3-rep figures. */
export const benchTerritory = "BENCH-150";

/**
 * The visit standard of {@link benchTerritory}: every class visited on site by its rep over a
 * two-week cycle (A weekly twice, B weekly, C once), so that all 150 customers are routed.
 */
export const benchVisitStandard = {
  name: "Benchmark: A twice a week, B weekly, C fortnightly",
  cycle: { weeks: 2, workingDaysPerWeek: 6 },
  requirements: {
    A: [{ kind: "ON_SITE", visitor: "REP", visitsPerCycle: 4, minutesPerVisit: 30 }],
    B: [{ kind: "ON_SITE", visitor: "REP", visitsPerCycle: 2, minutesPerVisit: 25 }],
    C: [{ kind: "ON_SITE", visitor: "REP", visitsPerCycle: 1, minutesPerVisit: 20 }],
  },
} as const;

/** How many customers are added before the stable re-plan. */
export const addedCustomerCount = 5;

/** How many territories are queued at once. */
export const queuedTerritoryCount = 10;

/** Customers per rep of the 150-customer territory, and of each queued one-rep territory. */
const customersPerBenchRep = 50;
const customersPerQueuedTerritory = 30;

/** What {@link addBenchTerritories} added to the demo data set. */
export interface BenchTerritories {
  /** Codes of the customers loaded ARCHIVED in {@link benchTerritory}, activated before the re-plan. */
  readonly addedCustomers: readonly string[];
  /** Codes of the one-rep territories queued at once. */
  readonly queuedTerritories: readonly string[];
}

function repsOf(data: DemoData, territoryCode: string): DemoUser[] {
  return data.users.filter((user) => user.role === "REP" && user.territoryCodes.includes(territoryCode));
}

function customersOf(data: DemoData, repEmail: string): DemoCustomer[] {
  return data.customers.filter((customer) => customer.repEmail === repEmail).sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Adds the benchmark's territories to a generated demo data set, copied from the Shanghai
 * districts so that places, sales and work days are realistic: {@link benchTerritory} (3 reps of
 * SH-PD with 50 of their customers each, plus 5 loaded ARCHIVED; its own {@link benchVisitStandard}) and ten one-rep territories of
 * 30 customers each (from the reps of SH-XH and SH-JA). Copies get new codes, e-mails and
 * registration numbers, and the sales of the customers they copy.
 */
export function addBenchTerritories(data: DemoData): BenchTerritories {
  const salesByCustomer = new Map<string, DemoData["monthlySales"]>();
  for (const row of data.monthlySales) salesByCustomer.set(row.customerCode, [...(salesByCustomer.get(row.customerCode) ?? []), row]);
  const copyCustomer = (source: DemoCustomer, code: string, territoryCode: string, repEmail: string, status: DemoCustomer["status"]): void => {
    data.customers.push({
      ...source,
      code,
      name: `${source.name} (${code})`,
      registrationNo: `${source.registrationNo}-${code}`,
      taxNo: `${source.taxNo}-${code}`,
      territoryCode,
      repEmail,
      status,
      stores: source.stores.map((store) => ({ ...store })),
      contacts: source.contacts.map((contact) => ({ ...contact, email: `${code.toLowerCase()}.${contact.email}` })),
    });
    for (const row of salesByCustomer.get(source.code) ?? []) data.monthlySales.push({ ...row, customerCode: code });
  };
  const copyRep = (source: DemoUser, email: string, territoryCode: string): void => {
    data.users.push({ ...source, email, name: `${source.name} (${territoryCode})`, territoryCodes: [territoryCode], managesTerritoryCodes: [] });
  };

  data.territories.push({ code: benchTerritory, name: "Benchmark 150 customers, 3 reps", regionCode: "SH" });
  const addedCustomers: string[] = [];
  repsOf(data, "SH-PD").slice(0, 3).forEach((rep, repIndex) => {
    const email = `rep.${repIndex + 1}.bench-150@beatplan.test`;
    copyRep(rep, email, benchTerritory);
    const source = customersOf(data, rep.email);
    source.slice(0, customersPerBenchRep + 2).forEach((customer, index) => {
      const code = `B150-${repIndex + 1}-${String(index + 1).padStart(3, "0")}`;
      const added = index >= customersPerBenchRep && addedCustomers.length < addedCustomerCount;
      if (index >= customersPerBenchRep && !added) return;
      copyCustomer(customer, code, benchTerritory, email, added ? "ARCHIVED" : "ACTIVE");
      if (added) addedCustomers.push(code);
    });
  });

  const sources = [...repsOf(data, "SH-XH"), ...repsOf(data, "SH-JA")];
  const queuedTerritories: string[] = [];
  for (let index = 0; index < queuedTerritoryCount; index++) {
    const code = `BENCH-Q${String(index + 1).padStart(2, "0")}`;
    const rep = sources[index % sources.length]!;
    const email = `rep.${code.toLowerCase()}@beatplan.test`;
    data.territories.push({ code, name: `Benchmark queue ${index + 1}`, regionCode: "SH" });
    copyRep(rep, email, code);
    const offset = Math.floor(index / sources.length) * customersPerQueuedTerritory;
    customersOf(data, rep.email)
      .slice(offset, offset + customersPerQueuedTerritory)
      .forEach((customer, position) => copyCustomer(customer, `${code}-${String(position + 1).padStart(3, "0")}`, code, email, "ACTIVE"));
    queuedTerritories.push(code);
  }
  return { addedCustomers, queuedTerritories };
}
