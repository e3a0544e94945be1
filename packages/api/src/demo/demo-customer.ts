import type { DemoContact, DemoCredit, DemoCustomer, DemoCustomerType, DemoOperating, DemoStore } from "./demo-records.ts";
import {
  BANKS,
  BRAND_WORDS,
  DEALER_FORMS,
  GIVEN_NAMES,
  INTERESTS,
  KEY_ACCOUNT_FORMS,
  RETAIL_CHANNELS,
  SURNAMES,
  TITLES_BY_TIER,
  type Bilingual,
  type DemoDistrict,
} from "./demo-names.ts";
import type { SeededRandom } from "./seeded-random.ts";

/** What the caller decides about a customer; the archive details are made up here. */
export interface CustomerOutline {
  readonly code: string;
  readonly type: DemoCustomerType;
  readonly territoryCode: string;
  readonly repEmail: string;
  readonly district: DemoDistrict;
  readonly latitude: number;
  readonly longitude: number;
  /** Typical monthly volume in units, which sets scale, capital and credit limit. */
  readonly monthlyVolume: number;
  readonly unitPrice: number;
  /** "YYYY-MM" the customer started buying from us. */
  readonly customerSince: string;
  /** Years of cooperation up to the data set's last month. */
  readonly yearsCooperating: number;
  readonly status: "ACTIVE" | "ARCHIVED";
}

/** Kilometres per degree of latitude; a degree of longitude is shorter by cos(latitude). */
export const KILOMETRES_PER_DEGREE = 111.32;

/**
 * Builds one customer's archive (DOMAIN.md §1) around its outline. `usedNames`
 * is shared across the whole data set so that every customer name is unique.
 */
export function buildCustomer(random: SeededRandom, outline: CustomerOutline, usedNames: Set<string>): DemoCustomer {
  const area = random.pick(outline.district.areas);
  const brand = random.pick(BRAND_WORDS);
  const { name, nameEn, channel } = uniqueName(customerName(random, outline.type, brand, area), usedNames);
  const address = randomAddress(random, outline.district);
  const registrationNo = unifiedSocialCreditCode(random, outline.district.divisionCode);
  const monthlyAmount = outline.monthlyVolume * outline.unitPrice;

  return {
    code: outline.code,
    name,
    nameEn,
    type: outline.type,
    channel,
    scale: outline.monthlyVolume >= 120 ? "LARGE" : outline.monthlyVolume >= 30 ? "MEDIUM" : "SMALL",
    address,
    latitude: roundCoordinate(outline.latitude),
    longitude: roundCoordinate(outline.longitude),
    // Since 2015 the unified social credit code is also the taxpayer number.
    registrationNo,
    taxNo: registrationNo,
    bankAccount: `${random.pick(BANKS)} ${digits(random, 19)}`,
    territoryCode: outline.territoryCode,
    repEmail: outline.repEmail,
    status: outline.status,
    customerSince: outline.customerSince,
    stores: buildStores(random, outline, brand),
    contacts: buildContacts(random, outline.code),
    // A few archives are still incomplete: the rep has not collected these forms yet.
    credit: random.chance(0.92) ? buildCredit(random, outline, monthlyAmount) : null,
    operating: random.chance(0.9) ? buildOperating(random, outline, area, address) : null,
  };
}

interface CustomerName {
  readonly name: string;
  readonly nameEn: string;
  readonly channel: string;
}

function customerName(random: SeededRandom, type: DemoCustomerType, brand: Bilingual, area: Bilingual): CustomerName {
  if (type === "DEALER") {
    const form = random.pick(DEALER_FORMS);
    return {
      name: `上海${brand.zh}${area.zh}${form.zh}`,
      nameEn: `Shanghai ${brand.en} ${area.en} ${form.en}`,
      channel: form.channel,
    };
  }
  if (type === "KEY_ACCOUNT") {
    const form = random.pick(KEY_ACCOUNT_FORMS);
    return { name: `${brand.zh}${form.zh}（${area.zh}）`, nameEn: `${brand.en} ${form.en} (${area.en})`, channel: form.channel };
  }
  const shop = random.pick(RETAIL_CHANNELS);
  return { name: `${brand.zh}${shop.zh}（${area.zh}店）`, nameEn: `${brand.en} ${shop.en} (${area.en})`, channel: shop.channel };
}

function uniqueName(candidate: CustomerName, usedNames: Set<string>): CustomerName {
  let result = candidate;
  for (let branch = 2; usedNames.has(result.name); branch += 1) {
    result = { ...candidate, name: `${candidate.name}${branch}号店`, nameEn: `${candidate.nameEn} No. ${branch}` };
  }
  usedNames.add(result.name);
  return result;
}

function buildStores(random: SeededRandom, outline: CustomerOutline, brand: Bilingual): DemoStore[] {
  // Dealers and chains own stores (DOMAIN.md §1); a single retail shop is its own store.
  if (outline.type === "RETAIL") return [];
  const count = outline.type === "DEALER" ? random.integer(1, 5) : random.integer(1, 3);
  return Array.from({ length: count }, (_, index) => {
    const area = random.pick(outline.district.areas);
    const position = scatter(random, outline.latitude, outline.longitude, 1.5);
    return {
      code: `${outline.code}-S${index + 1}`,
      name: `${brand.zh}${area.zh}门店 ${brand.en} ${area.en} Store`,
      address: randomAddress(random, outline.district),
      latitude: roundCoordinate(position.latitude),
      longitude: roundCoordinate(position.longitude),
    };
  });
}

function buildContacts(random: SeededRandom, customerCode: string): DemoContact[] {
  const count = random.integer(1, 4);
  const tiers: Array<DemoContact["tier"]> = ["I", "II", random.pick(["II", "III"] as const), "III"];
  return tiers.slice(0, count).map((tier, index) => {
    const surname = random.pick(SURNAMES);
    const given = random.pick(GIVEN_NAMES);
    const mailbox = `${given.en}.${surname.en}.${customerCode}.${index + 1}`.toLowerCase();
    return {
      name: `${surname.zh}${given.zh}`,
      nameEn: `${given.en} ${surname.en}`,
      title: random.pick(TITLES_BY_TIER[tier]),
      phone: `1${random.pick(["35", "36", "38", "39", "58", "59", "86", "87"])}${digits(random, 8)}`,
      email: `${mailbox}@example.com`,
      birthday: random.chance(0.7) ? birthday(random) : null,
      interests: random.chance(0.5) ? interests(random) : null,
      tier,
    };
  });
}

function buildCredit(random: SeededRandom, outline: CustomerOutline, monthlyAmount: number): DemoCredit {
  const capitalRange: Record<DemoCustomerType, [number, number]> = {
    RETAIL: [10, 200],
    DEALER: [100, 2_000],
    KEY_ACCOUNT: [1_000, 20_000],
  };
  const [lowest, highest] = capitalRange[outline.type];
  const creditTermDays = outline.type === "KEY_ACCOUNT" ? random.pick([60, 90]) : random.pick([0, 15, 30, 30, 45, 60]);
  // A limit of one to two months of purchases, in whole ten-thousands.
  const creditLimit = creditTermDays === 0 ? 0 : Math.max(1, Math.round((monthlyAmount * random.between(1, 2)) / 10_000)) * 10_000;
  return {
    registeredCapital: money(random.integer(lowest, highest) * 10_000),
    yearsInBusiness: outline.yearsCooperating + random.integer(0, 12),
    creditLimit: money(creditLimit),
    creditTermDays,
    settlementDay: random.integer(1, 28),
    paymentTerms: creditTermDays === 0 ? "现款现货 Cash on delivery" : `月结${creditTermDays}天 Net ${creditTermDays} days, monthly statement`,
    badCredit: random.chance(0.04),
  };
}

function buildOperating(random: SeededRandom, outline: CustomerOutline, area: Bilingual, address: string): DemoOperating {
  const floor: Record<DemoCustomerType, [number, number]> = {
    RETAIL: [30, 400],
    DEALER: [80, 800],
    KEY_ACCOUNT: [2_000, 20_000],
  };
  const staff: Record<DemoCustomerType, [number, number]> = { RETAIL: [2, 15], DEALER: [5, 40], KEY_ACCOUNT: [30, 300] };
  const floorArea = random.integer(...floor[outline.type]);
  const coverage: Record<DemoCustomerType, string> = {
    RETAIL: `${area.zh}周边社区 neighbourhood of ${area.en}`,
    DEALER: `${outline.district.name.zh}${random.integer(3, 12)}个街道 ${random.integer(20, 120)} retail outlets in ${outline.district.name.en}`,
    KEY_ACCOUNT: `上海全市 all of Shanghai, ${random.integer(5, 40)} stores`,
  };
  const warehouses = outline.type === "RETAIL" ? 0 : random.integer(0, 2);
  return {
    salesStaff: random.integer(...staff[outline.type]),
    marketCoverage: coverage[outline.type],
    floorArea: money(floorArea),
    storageArea: money(Math.round(floorArea * random.between(0.1, 0.5))),
    transportMode: random.pick(["OWN_VEHICLE", "THIRD_PARTY_LOGISTICS", "SUPPLIER_DELIVERY", "CUSTOMER_PICKUP"]),
    deliveryAddresses: [address, ...Array.from({ length: warehouses }, () => randomAddress(random, outline.district))],
  };
}

/** A point within about `kilometres` of the given one. */
export function scatter(
  random: SeededRandom,
  latitude: number,
  longitude: number,
  kilometres: number,
): { latitude: number; longitude: number } {
  const distance = kilometres * Math.sqrt(random.next());
  const bearing = random.between(0, 2 * Math.PI);
  return {
    latitude: latitude + (distance * Math.cos(bearing)) / KILOMETRES_PER_DEGREE,
    longitude: longitude + (distance * Math.sin(bearing)) / (KILOMETRES_PER_DEGREE * Math.cos((latitude * Math.PI) / 180)),
  };
}

function randomAddress(random: SeededRandom, district: DemoDistrict): string {
  const street = random.pick(district.streets);
  return `上海市${district.name.zh}${street.zh}${random.integer(1, 1500)}号 (${street.en}, ${district.name.en}, Shanghai)`;
}

const CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** An 18-character unified social credit code (GB 32100-2015) with a valid check character. */
function unifiedSocialCreditCode(random: SeededRandom, divisionCode: string): string {
  let body = `91${divisionCode}`;
  while (body.length < 17) body += random.pick([...CREDIT_CODE_CHARACTERS]);
  let weighted = 0;
  for (let index = 0; index < 17; index += 1) {
    weighted += CREDIT_CODE_CHARACTERS.indexOf(body.charAt(index)) * (CREDIT_CODE_WEIGHTS[index] ?? 0);
  }
  const check = (31 - (weighted % 31)) % 31;
  return body + CREDIT_CODE_CHARACTERS.charAt(check);
}

function birthday(random: SeededRandom): string {
  const month = String(random.integer(1, 12)).padStart(2, "0");
  const day = String(random.integer(1, 28)).padStart(2, "0");
  return `${random.integer(1960, 1996)}-${month}-${day}`;
}

function interests(random: SeededRandom): string {
  const first = random.pick(INTERESTS);
  const second = random.pick(INTERESTS);
  return first === second ? first : `${first}, ${second}`;
}

function digits(random: SeededRandom, count: number): string {
  return Array.from({ length: count }, () => String(random.integer(0, 9))).join("");
}

/** A decimal string with 2 decimals, as PostgreSQL numeric(…, 2) prints it. */
export function money(value: number): string {
  return value.toFixed(2);
}

function roundCoordinate(value: number): number {
  return Math.round(value * 1_000_000) / 1_000_000;
}
