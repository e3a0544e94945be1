/**
 * The read path's plain-object layer: GraphQL reads select only the columns the query asked
 * for and turn each row into a plain object of the GraphQL type's class (its prototype, for
 * computed fields such as the global `id`), without MikroORM's hydration, identity map or
 * change-tracking snapshot. Entities and the unit of work stay for writes.
 */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

function collectFields(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Map<string, FieldNode[]>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === "Field") into.set(selection.name.value, [...(into.get(selection.name.value) ?? []), selection]);
    else if (selection.kind === "InlineFragment") collectFields(selection.selectionSet, info, into);
    else collectFields(info.fragments[selection.name.value]?.selectionSet, info, into);
  }
}

/**
 * Names of the fields selected below the resolved field along `path` (e.g. `["edges",
 * "node"]` for a connection's nodes), through aliases, inline fragments and fragment spreads.
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    const next = new Map<string, FieldNode[]>();
    for (const node of level) collectFields(node.selectionSet, info, next);
    level = next.get(name) ?? [];
  }
  const fields = new Map<string, FieldNode[]>();
  for (const node of level) collectFields(node.selectionSet, info, fields);
  return new Set(fields.keys());
}

/** How the fields of one GraphQL type are read from one table alias. */
export interface PlainRowShape {
  /** Columns always read (keys, and what scoping and relation fields need), as `alias.column as name`. */
  always: readonly string[];
  /** GraphQL field name → the select-list entry that answers it. */
  columnsByField: Readonly<Record<string, string>>;
}

/** The select list for the fields asked for (every known column when `fields` is undefined). */
export function selectList(shape: PlainRowShape, fields: ReadonlySet<string> | undefined): string {
  const columns = new Set(shape.always);
  for (const [field, column] of Object.entries(shape.columnsByField)) if (!fields || fields.has(field)) columns.add(column);
  return [...columns].join(", ");
}

const readPrototypes = new WeakMap<object, object>();

/**
 * The prototype of plain objects of a class: the class's own prototype (its getters, e.g. the
 * global `id`, and `instanceof` for interface resolution), under a layer that shadows the
 * setters MikroORM defines on entity prototypes with plain writable properties. Without it,
 * assigning a column to a plain object would run those setters, which turn the object into a
 * half-managed entity (a WrappedEntity and per-instance accessors) — the cost reads avoid.
 */
function readPrototypeOf(prototype: object): object {
  let readPrototype = readPrototypes.get(prototype);
  if (!readPrototype) {
    const shadows: PropertyDescriptorMap = {};
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
      if (descriptor?.set && !descriptor.get) shadows[name] = { value: undefined, writable: true, enumerable: false, configurable: true };
    }
    readPrototype = Object.create(prototype, shadows) as object;
    readPrototypes.set(prototype, readPrototype);
  }
  return readPrototype;
}

/**
 * A plain object of class `Type` with `values` as own data properties (no constructor runs,
 * nothing of MikroORM's entity machinery; see {@link readPrototypeOf}). Call it only after the
 * ORM has started (the setters to shadow exist from then on).
 */
export function plainInstance<Type extends object>(type: abstract new (...args: never[]) => Type, values: Partial<Type>): Type {
  return Object.assign(Object.create(readPrototypeOf(type.prototype as object)) as Type, values);
}

/** A timestamp column as a Date (the driver may hand it over as text); null and undefined stay undefined. */
export function toDate(value: unknown): Date | undefined {
  return value == null ? undefined : value instanceof Date ? value : new Date(String(value));
}
