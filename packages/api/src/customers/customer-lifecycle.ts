import { registerEnumType } from "type-graphql";

/** Where a customer stands in its relationship with the company (DOMAIN.md §1). */
export enum CustomerLifecycle {
  PROSPECT = "PROSPECT",
  NEW = "NEW",
  ACTIVE = "ACTIVE",
  LAPSED = "LAPSED",
  LOST = "LOST",
}

registerEnumType(CustomerLifecycle, {
  name: "CustomerLifecycle",
  description: "Where a customer stands: prospect → new → active → lapsed/lost.",
  valuesConfig: {
    PROSPECT: { description: "Being developed; has not bought yet." },
    NEW: { description: "Recently won; the first purchases." },
    ACTIVE: { description: "Buys regularly." },
    LAPSED: { description: "Bought before, but nothing for the configured number of months (set by the daily lapse check, or by hand)." },
    LOST: { description: "Gone to a competitor or closed." },
  },
});

/**
 * The lifecycle changes anyone may make by hand, from each status; every other change is an
 * INVALID_TRANSITION. The daily lapse check only moves NEW and ACTIVE customers to LAPSED.
 */
export const lifecycleTransitions: Readonly<Record<CustomerLifecycle, readonly CustomerLifecycle[]>> = {
  [CustomerLifecycle.PROSPECT]: [CustomerLifecycle.NEW, CustomerLifecycle.LOST],
  [CustomerLifecycle.NEW]: [CustomerLifecycle.ACTIVE, CustomerLifecycle.LAPSED, CustomerLifecycle.LOST],
  [CustomerLifecycle.ACTIVE]: [CustomerLifecycle.LAPSED, CustomerLifecycle.LOST],
  [CustomerLifecycle.LAPSED]: [CustomerLifecycle.ACTIVE, CustomerLifecycle.LOST],
  [CustomerLifecycle.LOST]: [CustomerLifecycle.PROSPECT, CustomerLifecycle.ACTIVE],
};

/** Statuses the daily lapse check moves to LAPSED when their customers stopped buying. */
export const lapsingStatuses: readonly CustomerLifecycle[] = [CustomerLifecycle.NEW, CustomerLifecycle.ACTIVE];
