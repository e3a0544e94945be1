/**
 * Helpers for DataLoader batch functions, which must answer in the same length and order
 * as the keys they were given.
 */

/** One item (or null) per key, in key order. */
export function onePer<Key, Item>(keys: readonly Key[], items: readonly Item[], keyOf: (item: Item) => Key): (Item | null)[] {
  const byKey = new Map<Key, Item>();
  for (const item of items) byKey.set(keyOf(item), item);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** The list of items (possibly empty) per key, in key order; items keep their order within a key. */
export function manyPer<Key, Item>(keys: readonly Key[], items: readonly Item[], keyOf: (item: Item) => Key): Item[][] {
  const byKey = new Map<Key, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
