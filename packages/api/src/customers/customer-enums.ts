import { registerEnumType } from "type-graphql";

/** Kind of customer (零售客户 / 经销商 / 大客户). */
export enum CustomerType {
  RETAIL = "RETAIL",
  DEALER = "DEALER",
  KEY_ACCOUNT = "KEY_ACCOUNT",
}

/** Whether the customer is currently managed or kept only for history. */
export enum CustomerStatus {
  ACTIVE = "ACTIVE",
  ARCHIVED = "ARCHIVED",
}

/** ABC(D) class from classification; decides visit frequency and service level. */
export enum CustomerClass {
  A = "A",
  B = "B",
  C = "C",
  D = "D",
}

/** Information tier of a contact: decides which material they receive. */
export enum InformationTier {
  I = "I",
  II = "II",
  III = "III",
}

registerEnumType(CustomerType, {
  name: "CustomerType",
  description: "Kind of customer.",
  valuesConfig: {
    RETAIL: { description: "A retail store (零售客户)." },
    DEALER: { description: "A dealer (经销商), possibly owning several stores." },
    KEY_ACCOUNT: { description: "A key account (大客户)." },
  },
});
registerEnumType(CustomerStatus, {
  name: "CustomerStatus",
  description: "Lifecycle status in the archive.",
  valuesConfig: {
    ACTIVE: { description: "Currently managed." },
    ARCHIVED: { description: "No longer managed; kept for history." },
  },
});
registerEnumType(CustomerClass, {
  name: "CustomerClass",
  description: "Class from customer classification (A most important).",
  valuesConfig: {
    A: { description: "Most important customers (first share of volume)." },
    B: { description: "Secondary customers." },
    C: { description: "Remaining customers." },
    D: { description: "Optional split of the remaining customers." },
  },
});
registerEnumType(InformationTier, {
  name: "InformationTier",
  description: "Information tier of a contact person.",
  valuesConfig: {
    I: { description: "Owner or general manager." },
    II: { description: "Manager in charge of our business, middle management." },
    III: { description: "Operational staff." },
  },
});
