import { monthsEndingAt, shiftMonth } from "@beatplan/domain";
import { buildCustomer, KILOMETRES_PER_DEGREE, scatter } from "./demo-customer.ts";
import { HONGKOU, JINGAN, PUDONG, XUHUI, type DemoDistrict, GIVEN_NAMES, SURNAMES } from "./demo-names.ts";
import { buildMonthlySales } from "./demo-sales.ts";
import { createSeededRandom, deriveSeed, type SeededRandom } from "./seeded-random.ts";
import type { DemoCustomerType, DemoData, DemoUser, DemoWorkDay } from "./demo-records.ts";

export type { DemoCustomerType, DemoRegion, DemoTerritory, DemoUser, DemoStore, DemoContact, DemoCredit, DemoOperating, DemoCustomer, DemoMonthlySales, DemoData } from "./demo-records.ts";

/** Options of {@link generateDemoData}. */
export interface DemoDataOptions {
  /** Any 32-bit unsigned integer; the same seed gives deep-equal data. */
  seed?: number;
  /** Last complete month "YYYY-MM"; the sales cover the 12 months ending with it. */
  lastMonth?: string;
}

/** Every demo user signs in with this password. */
export const DEMO_PASSWORD = "beatplan-demo";
export const DEMO_DEFAULT_SEED = 20_261_031;
export const DEMO_DEFAULT_LAST_MONTH = "2026-10";
export const DEMO_SALES_MONTHS = 12;
export const DEMO_CUSTOMERS_PER_REP = 100;
export const DEMO_REPS_PER_TERRITORY = 4;

/** Territory of the brief's worked example B (DOMAIN.md §3). */
export const DEMO_T1 = "Demo-T1";

/**
 * Demo-T1's routes from worked example B: T1 = customers 1–5 (class A), T2 = 6–10
 * (class B), T3 = 11–15 and T4 = 16–20 (class C). Each route is one spatial cluster.
 */
export const DEMO_T1_ROUTES: Readonly<Record<"T1" | "T2" | "T3" | "T4", readonly string[]>> = {
  T1: demoT1Codes(1, 5),
  T2: demoT1Codes(6, 10),
  T3: demoT1Codes(11, 15),
  T4: demoT1Codes(16, 20),
};

/**
 * Average monthly volume of the last 3 months for DEMO-01 … DEMO-20 (total 2,000
 * in an average-season month). Under the 40/40 Pareto rule customers 1–4 hold
 * 39.5% and 1–5 hold 48%, so 1–5 are A; 1–9 hold 79.6% and 1–10 hold 87%, so
 * 6–10 are B; 11–20 are C.
 */
const DEMO_T1_MONTHLY_VOLUMES = [220, 200, 190, 180, 170, 164, 160, 156, 152, 148, 44, 38, 32, 28, 26, 24, 20, 18, 16, 14];
const DEMO_T1_TYPES: readonly DemoCustomerType[] = ["KEY_ACCOUNT", "DEALER", "DEALER", "RETAIL", "DEALER"];

/**
 * Demo-T1's rep works worked example B's day: Monday to Saturday, 08:30–17:30 (9 hours) less
 * a 1-hour break and 1 hour of reports, which leaves 7 hours for customers and travel.
 */
export const DEMO_T1_WORK_DAY: DemoWorkDay = { weekdays: [1, 2, 3, 4, 5, 6], startMinute: 510, endMinute: 1050, breakMinutes: 60, nonCustomerMinutes: 60 };

/** The Shanghai reps' day: Monday to Saturday, 08:30–17:30 less a 1-hour break and 30 minutes of reports. */
export const DEMO_SHANGHAI_WORK_DAY: DemoWorkDay = { weekdays: [1, 2, 3, 4, 5, 6], startMinute: 510, endMinute: 1050, breakMinutes: 60, nonCustomerMinutes: 30 };

interface GeneratedTerritory {
  readonly code: string;
  readonly district: DemoDistrict;
}

const GENERATED_TERRITORIES: readonly GeneratedTerritory[] = [
  { code: "SH-PD", district: PUDONG },
  { code: "SH-XH", district: XUHUI },
  { code: "SH-JA", district: JINGAN },
];

/**
 * Generates Beatplan's demo data: Demo-T1 (worked example B, in its own region
 * "DEMO" so that it does not distort the Shanghai region's figures) and a Shanghai
 * region of 3 territories × 4 reps × 100 customers with 12 months of sales.
 * Pure and deterministic: no clock, no Math.random; everything follows from
 * `seed` and `lastMonth`.
 */
export function generateDemoData(options: DemoDataOptions = {}): DemoData {
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new RangeError(`seed must be an integer 0..4294967295, got ${String(seed)}`);
  }
  const months = monthsEndingAt(options.lastMonth ?? DEMO_DEFAULT_LAST_MONTH, DEMO_SALES_MONTHS);
  const usedNames = new Set<string>();

  const data: DemoData = {
    regions: [
      { code: "SH", name: "上海 Shanghai" },
      { code: "DEMO", name: "演示 Demo (worked example B)" },
    ],
    territories: [
      { code: DEMO_T1, name: "虹口演示片区 Demo-T1 Hongkou", regionCode: "DEMO" },
      ...GENERATED_TERRITORIES.map(({ code, district }) => ({
        code,
        name: `${district.name.zh} ${district.name.en}`,
        regionCode: "SH",
      })),
    ],
    users: [demoUser("admin@beatplan.test", "系统管理员 Beatplan Admin", "ADMIN")],
    customers: [],
    monthlySales: [],
  };

  addDemoT1(data, seed, months, usedNames);
  for (const territory of GENERATED_TERRITORIES) addGeneratedTerritory(data, seed, months, territory, usedNames);
  return data;
}

function addDemoT1(data: DemoData, seed: number, months: readonly string[], usedNames: Set<string>): void {
  const random = createSeededRandom(deriveSeed(seed, DEMO_T1));
  const repEmail = "rep.demo-t1@beatplan.test";
  const base = HONGKOU.centre;
  const firstMonth = months[0] as string;
  data.users.push(
    demoUser("manager.demo-t1@beatplan.test", personName(random), "MANAGER", { manages: DEMO_T1 }),
    { ...demoUser(repEmail, personName(random), "REP", { worksIn: DEMO_T1, base }), workDay: DEMO_T1_WORK_DAY },
  );

  // Routes T1–T4 lie about 2 km north, east, south and west of the rep's base.
  const clusterOffsets = [
    { north: 2, east: 0 },
    { north: 0, east: 2.2 },
    { north: -2, east: 0 },
    { north: 0, east: -2.2 },
  ];
  DEMO_T1_MONTHLY_VOLUMES.forEach((monthlyVolume, index) => {
    const code = demoT1Code(index + 1);
    const customerRandom = createSeededRandom(deriveSeed(seed, code));
    const offset = clusterOffsets[Math.floor(index / 5)] ?? { north: 0, east: 0 };
    const centre = moveBy(base, offset.north, offset.east);
    const position = scatter(customerRandom, centre.latitude, centre.longitude, 0.35);
    const yearsCooperating = customerRandom.integer(1, 9);
    const unitPrice = customerRandom.between(1_200, 2_400);
    data.customers.push(
      buildCustomer(customerRandom, {
        code,
        type: DEMO_T1_TYPES[index] ?? "RETAIL",
        territoryCode: DEMO_T1,
        repEmail,
        district: HONGKOU,
        ...position,
        monthlyVolume,
        unitPrice,
        customerSince: shiftMonth(firstMonth, -12 * yearsCooperating - customerRandom.integer(0, 11)),
        yearsCooperating,
        status: "ACTIVE",
      }, usedNames),
    );
    data.monthlySales.push(
      ...buildMonthlySales(customerRandom, {
        customerCode: code,
        monthlyVolume,
        unitPrice,
        yearlyTrend: customerRandom.between(-0.1, 0.15),
        noise: 0.1,
        firstMonthIndex: 0,
        lastMonthIndex: months.length - 1,
        zeroMonthIndexes: new Set(),
        ourShare: customerRandom.between(0.3, 0.9),
        // The classes of the worked example must hold on the last 3 months' average.
        steadyLastMonths: 3,
      }, months),
    );
  });
}

function addGeneratedTerritory(
  data: DemoData,
  seed: number,
  months: readonly string[],
  territory: GeneratedTerritory,
  usedNames: Set<string>,
): void {
  const random = createSeededRandom(deriveSeed(seed, territory.code));
  const lowerCode = territory.code.toLowerCase();
  data.users.push(demoUser(`manager.${lowerCode}@beatplan.test`, personName(random), "MANAGER", { manages: territory.code }));

  const { centre, radiusDegrees } = territory.district;
  for (let repIndex = 0; repIndex < DEMO_REPS_PER_TERRITORY; repIndex += 1) {
    // Each rep looks after one quarter of the district.
    const repCentre = {
      latitude: centre.latitude + (repIndex < 2 ? 0.5 : -0.5) * radiusDegrees,
      longitude: centre.longitude + (repIndex % 2 === 0 ? -0.5 : 0.5) * radiusDegrees,
    };
    const repEmail = `rep.${repIndex + 1}.${lowerCode}@beatplan.test`;
    data.users.push({ ...demoUser(repEmail, personName(random), "REP", { worksIn: territory.code, base: repCentre }), workDay: DEMO_SHANGHAI_WORK_DAY });

    for (let index = 0; index < DEMO_CUSTOMERS_PER_REP; index += 1) {
      const code = `${territory.code}-${String(repIndex * DEMO_CUSTOMERS_PER_REP + index + 1).padStart(4, "0")}`;
      const place = { code, territory, repEmail, repCentre };
      addGeneratedCustomer(data, createSeededRandom(deriveSeed(seed, code)), months, place, usedNames);
    }
  }
}

interface GeneratedCustomerPlace {
  readonly code: string;
  readonly territory: GeneratedTerritory;
  readonly repEmail: string;
  readonly repCentre: { readonly latitude: number; readonly longitude: number };
}

function addGeneratedCustomer(
  data: DemoData,
  random: SeededRandom,
  months: readonly string[],
  place: GeneratedCustomerPlace,
  usedNames: Set<string>,
): void {
  const draw = random.next();
  const type: DemoCustomerType = draw < 0.7 ? "RETAIL" : draw < 0.92 ? "DEALER" : "KEY_ACCOUNT";
  // Log-normal volumes give the long tail of real customer bases: a few large
  // accounts, many small shops, so that Pareto classes come out A small, C large.
  const medianVolume: Record<DemoCustomerType, number> = { RETAIL: 18, DEALER: 60, KEY_ACCOUNT: 160 };
  const monthlyVolume = Math.max(1, Math.round(medianVolume[type] * Math.exp(0.9 * random.normal())));
  const spreadKilometres = place.territory.district.radiusDegrees * KILOMETRES_PER_DEGREE * 0.45;
  const position = scatter(random, place.repCentre.latitude, place.repCentre.longitude, spreadKilometres);

  const lastIndex = months.length - 1;
  const young = random.chance(0.08);
  const firstMonthIndex = young ? random.integer(1, lastIndex) : 0;
  const lapsed = !young && random.chance(0.02);
  const yearsCooperating = young ? 0 : random.integer(1, 15);
  const zeroMonthIndexes = new Set<number>();
  if (random.chance(0.05)) {
    const count = random.integer(1, 2);
    for (let zero = 0; zero < count; zero += 1) zeroMonthIndexes.add(random.integer(firstMonthIndex + 1, lastIndex));
  }
  const unitPrice = random.between(900, 2_600);

  data.customers.push(
    buildCustomer(random, {
      code: place.code,
      type,
      territoryCode: place.territory.code,
      repEmail: place.repEmail,
      district: place.territory.district,
      ...position,
      monthlyVolume,
      unitPrice,
      customerSince: young
        ? (months[firstMonthIndex] as string)
        : shiftMonth(months[0] as string, -12 * yearsCooperating - random.integer(0, 11)),
      yearsCooperating,
      status: lapsed ? "ARCHIVED" : "ACTIVE",
    }, usedNames),
  );
  data.monthlySales.push(
    ...buildMonthlySales(random, {
      customerCode: place.code,
      monthlyVolume,
      unitPrice,
      yearlyTrend: random.between(-0.15, 0.2),
      noise: random.between(0.05, 0.2),
      firstMonthIndex,
      // A lapsed customer stopped buying four to six months ago.
      lastMonthIndex: lapsed ? lastIndex - random.integer(4, 6) : lastIndex,
      zeroMonthIndexes,
      ourShare: random.chance(0.9) ? random.between(0.15, 0.95) : null,
      steadyLastMonths: 0,
    }, months),
  );
}

function demoT1Code(number: number): string {
  return `DEMO-${String(number).padStart(2, "0")}`;
}

function demoT1Codes(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, offset) => demoT1Code(from + offset));
}

interface UserAssignment {
  readonly worksIn?: string;
  readonly manages?: string;
  readonly base?: { readonly latitude: number; readonly longitude: number };
}

function demoUser(email: string, name: string, role: DemoUser["role"], assignment: UserAssignment = {}): DemoUser {
  return {
    email,
    name,
    role,
    password: DEMO_PASSWORD,
    territoryCodes: assignment.worksIn === undefined ? [] : [assignment.worksIn],
    managesTerritoryCodes: assignment.manages === undefined ? [] : [assignment.manages],
    ...(assignment.base === undefined
      ? {}
      : { baseLatitude: roundCoordinate(assignment.base.latitude), baseLongitude: roundCoordinate(assignment.base.longitude) }),
  };
}

function personName(random: SeededRandom): string {
  const surname = random.pick(SURNAMES);
  const given = random.pick(GIVEN_NAMES);
  return `${surname.zh}${given.zh} ${given.en} ${surname.en}`;
}

function moveBy(point: { latitude: number; longitude: number }, northKilometres: number, eastKilometres: number) {
  return {
    latitude: point.latitude + northKilometres / KILOMETRES_PER_DEGREE,
    longitude: point.longitude + eastKilometres / (KILOMETRES_PER_DEGREE * Math.cos((point.latitude * Math.PI) / 180)),
  };
}

function roundCoordinate(value: number): number {
  return Math.round(value * 1_000_000) / 1_000_000;
}
