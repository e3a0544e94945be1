/**
 * Class history support (DOMAIN.md §2: every change keeps when, from what to
 * what and why). A re-run of a classification compares the new classes with the
 * stored ones; only real changes become history entries.
 */

/** One customer's move from one class to another. */
export interface ClassChange<Class extends string = string> {
  readonly customerKey: string;
  /** null when the customer had no class before (new or never classified). */
  readonly from: Class | null;
  readonly to: Class;
}

/**
 * The customers whose class differs between `previous` (stored classes, null or
 * absent for unclassified customers) and `next` (a new classification result),
 * in the order of `next`. Customers that kept their class are left out.
 */
export function classChanges<Class extends string>(
  previous: ReadonlyMap<string, Class | null>,
  next: readonly { readonly customerKey: string; readonly class: Class }[],
): ClassChange<Class>[] {
  const changes: ClassChange<Class>[] = [];
  for (const item of next) {
    const before = previous.get(item.customerKey) ?? null;
    if (before !== item.class) changes.push({ customerKey: item.customerKey, from: before, to: item.class });
  }
  return changes;
}
