/** The records of the demo data set, shared by its generators and its loader. */

export type DemoCustomerType = "RETAIL" | "DEALER" | "KEY_ACCOUNT";

export interface DemoRegion {
  code: string;
  name: string;
}

export interface DemoTerritory {
  code: string;
  name: string;
  regionCode: string;
}

export interface DemoUser {
  email: string;
  name: string;
  role: "ADMIN" | "MANAGER" | "REP";
  password: string;
  /** Territories the user works in as a rep. */
  territoryCodes: string[];
  /** Territories the user leads as a manager. */
  managesTerritoryCodes: string[];
  /** Where a rep starts and ends the day (the depot of route planning); reps only. */
  baseLatitude?: number;
  baseLongitude?: number;
  /** The rep's working day for visit planning; a rep with a base gets a work profile starting there. */
  workDay?: DemoWorkDay;
}

/** A demo rep's working day (the rest of the work profile takes the defaults). */
export interface DemoWorkDay {
  /** ISO weekdays worked, 1 = Monday. */
  weekdays: readonly number[];
  /** Minutes after midnight. */
  startMinute: number;
  endMinute: number;
  breakMinutes: number;
  nonCustomerMinutes: number;
}

export interface DemoStore {
  code: string;
  name: string;
  address: string;
  latitude: number;
  longitude: number;
}

export interface DemoContact {
  name: string;
  /** The name in pinyin, given name first. */
  nameEn?: string;
  title: string;
  phone: string;
  email: string;
  /** "YYYY-MM-DD" or null when unknown. */
  birthday: string | null;
  interests: string | null;
  tier: "I" | "II" | "III";
}

export interface DemoCredit {
  registeredCapital: string;
  yearsInBusiness: number;
  creditLimit: string;
  creditTermDays: number;
  settlementDay: number;
  paymentTerms: string;
  badCredit: boolean;
}

export interface DemoOperating {
  salesStaff: number;
  marketCoverage: string;
  floorArea: string;
  storageArea: string;
  transportMode: string;
  deliveryAddresses: string[];
}

export interface DemoCustomer {
  code: string;
  /** Chinese name, unique in the data set. */
  name: string;
  /** English rendering of the name. */
  nameEn?: string;
  type: DemoCustomerType;
  channel: string;
  scale: string;
  address: string;
  latitude: number;
  longitude: number;
  registrationNo: string;
  taxNo: string;
  bankAccount: string;
  territoryCode: string;
  repEmail: string;
  status: "ACTIVE" | "ARCHIVED";
  /** "YYYY-MM" the customer started buying; later than the first sales month for young customers. */
  customerSince?: string;
  stores: DemoStore[];
  contacts: DemoContact[];
  credit: DemoCredit | null;
  operating: DemoOperating | null;
}

export interface DemoMonthlySales {
  customerCode: string;
  /** "YYYY-MM". */
  month: string;
  /** Units, 2 decimals. */
  volume: string;
  /** CNY, 2 decimals. */
  amount: string;
  /** Our share of the customer's purchases, 0..1 with up to 4 decimals; null when unknown. */
  ourShare: string | null;
}

/** The complete demo data set: plain records, ready for a loader. */
export interface DemoData {
  regions: DemoRegion[];
  territories: DemoTerritory[];
  users: DemoUser[];
  customers: DemoCustomer[];
  monthlySales: DemoMonthlySales[];
}
