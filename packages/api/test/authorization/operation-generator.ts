import { randomUUID } from "node:crypto";
import { nextMonth } from "@beatplan/domain";
import { testMonth } from "@beatplan/domain/testing";
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLUnionType,
  isLeafType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";

/** Values that stand for "an object" in generated arguments: its global ID and a lookup string (code, e-mail …). */
export interface ProbeObject {
  globalId: string;
  /** What a caller might type to find it: a customer or territory code, a user's e-mail. */
  text: string;
}

/** The objects of one round: one per node type, all inside, all outside or all missing. */
export type ProbeSet = Record<string, ProbeObject>;

/** One generated operation and the values it sent (for normalising echoes in messages). */
export interface GeneratedOperation {
  query: string;
  sentIds: string[];
  sentTexts: string[];
}

/** How a generated argument is chosen. */
export interface GenerationOptions {
  /** The node type that IDs of no recognisable type get (e.g. a plain `id` argument). */
  roundType: string;
  probes: ProbeSet;
  /** Deepest selection below the root field. */
  maxDepth: number;
  /**
   * Which optional input fields to fill: the ID ones or the String ones. Never both at once,
   * because inputs like `{ territoryId, territoryCode }` accept exactly one of them.
   */
  optionalInputs: "ids" | "texts";
}

// Which node type an ID argument or input field refers to, by its name.
const idTypeByName: [RegExp, string][] = [
  [/territor/i, "Territory"],
  [/rep|user|actor|manager|owner/i, "User"],
  [/customer/i, "Customer"],
  [/region/i, "Region"],
  [/store/i, "Store"],
  [/contact/i, "Contact"],
];

// Strings whose format is checked before any lookup get a well-formed value, so the lookup is reached.
const textByName: [RegExp, string][] = [
  [/^(month|from|to|since|until)$/i, "2026-10"],
  [/^asOf$/i, "2026-10-31"],
  [/^(volume|amount|quantity|price)$/i, "1.00"],
  [/share/i, "0.5"],
  [/password/i, "not-the-password"],
];

// The month after the test clock's, open for planning.
const planMonth = nextMonth(testMonth);

function intFor(name: string): number {
  if (/^(first|last|limit)$/i.test(name)) return 20;
  if (/months/i.test(name)) return 3;
  if (/version/i.test(name)) return 1;
  return 1;
}

function scalarLiteral(type: GraphQLScalarType, name: string, context: GenerationContext): string {
  switch (type.name) {
    case "Int":
      return String(intFor(name));
    case "Float":
      return "31.2";
    case "Boolean":
      return "false";
    case "ID":
      return JSON.stringify(context.idFor(name));
    case "DateTime":
      return JSON.stringify("2030-01-01T00:00:00.000Z");
    case "Date":
      return JSON.stringify(`${planMonth}-15`);
    case "Month":
      // Next month: plans may not start in the past (the demo's sales run to 2026-10).
      return JSON.stringify(planMonth);
    case "Decimal":
      return JSON.stringify("1.00");
    default:
      return JSON.stringify(context.textFor(name));
  }
}

class GenerationContext {
  readonly sentIds = new Set<string>();
  readonly sentTexts = new Set<string>();
  readonly options: GenerationOptions;

  constructor(options: GenerationOptions) {
    this.options = options;
  }

  idFor(name: string): string {
    const type = idTypeByName.find(([pattern]) => pattern.test(name))?.[1] ?? this.options.roundType;
    const probe = this.options.probes[type] ?? this.options.probes[this.options.roundType];
    if (!probe) throw new Error(`no probe object for node type ${type}`);
    this.sentIds.add(probe.globalId);
    return probe.globalId;
  }

  textFor(name: string): string {
    if (/idempotencyKey/i.test(name)) {
      // A fresh key per call: reusing one across rounds would only test the key check.
      const key = randomUUID();
      this.sentTexts.add(key);
      return key;
    }
    const fixed = textByName.find(([pattern]) => pattern.test(name))?.[1];
    if (fixed) return fixed;
    const type = /email/i.test(name) ? "User" : (idTypeByName.find(([pattern]) => pattern.test(name))?.[1] ?? this.options.roundType);
    const probe = this.options.probes[type] ?? this.options.probes[this.options.roundType];
    if (!probe) throw new Error(`no probe object for node type ${type}`);
    this.sentTexts.add(probe.text);
    return probe.text;
  }
}

function inputLiteral(type: GraphQLInputType, name: string, context: GenerationContext, depth = 0): string {
  if (type instanceof GraphQLNonNull) return inputLiteral(type.ofType as GraphQLInputType, name, context, depth);
  if (type instanceof GraphQLList) {
    // Deeply nested lists of objects (plan lines, launches …) stay empty: their own rules would hide the lookups above them.
    if (depth >= 2 && getNamedType(type) instanceof GraphQLInputObjectType) return "[]";
    return `[${inputLiteral(type.ofType as GraphQLInputType, name, context, depth)}]`;
  }
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.name ?? "null";
  if (type instanceof GraphQLScalarType) return scalarLiteral(type, name, context);
  const inputType = type as GraphQLInputObjectType;
  if (depth > 4) return "{}";
  // Required fields, plus the optional ID or String fields: those are the ones that could name an object.
  const optionalName = context.options.optionalInputs === "ids" ? "ID" : "String";
  const fields = Object.values(inputType.getFields()).filter((field) => {
    const named = getNamedType(field.type);
    return field.type instanceof GraphQLNonNull || named.name === optionalName || named instanceof GraphQLInputObjectType;
  });
  return `{ ${fields.map((field) => `${field.name}: ${inputLiteral(field.type, field.name, context, depth + 1)}`).join(", ")} }`;
}

// Cursors are opaque and checked first; a guessed one only tests the cursor check.
const skippedOptionalArguments = /^(after|before)$/;

function argumentsLiteral(args: readonly GraphQLArgument[], context: GenerationContext, includeOptional: boolean): string {
  const chosen = args.filter((argument) => argument.type instanceof GraphQLNonNull || (includeOptional && !skippedOptionalArguments.test(argument.name)));
  if (chosen.length === 0) return "";
  return `(${chosen.map((argument) => `${argument.name}: ${inputLiteral(argument.type, argument.name, context)}`).join(", ")})`;
}

function selection(type: GraphQLOutputType, schema: GraphQLSchema, context: GenerationContext, depth: number, path: string[], alias = false): string {
  const named = getNamedType(type) as GraphQLNamedType;
  if (isLeafType(named)) return "";
  if (named instanceof GraphQLInterfaceType || named instanceof GraphQLUnionType) {
    const possible = schema.getPossibleTypes(named);
    // Aliased per type: the same field name may have different types on different implementations.
    return `{ __typename ${possible.map((object) => `... on ${object.name} ${selection(object, schema, context, depth, path, true)}`).join(" ")} }`;
  }
  const object = named as GraphQLObjectType;
  const fields = Object.values(object.getFields()).flatMap((field: GraphQLField<unknown, unknown>) => {
    const fieldType = getNamedType(field.type);
    const args = argumentsLiteral(field.args, context, false);
    const name = alias ? `${object.name}_${field.name}: ${field.name}` : field.name;
    if (isLeafType(fieldType)) return [`${name}${args}`];
    // Each object type at most twice on a path: deep enough for territory → region → territories.
    if (depth <= 1 || path.filter((name) => name === fieldType.name).length >= 2) return [];
    const nested = selection(field.type, schema, context, depth - 1, [...path, fieldType.name]);
    return nested ? [`${name}${args} ${nested}`] : [];
  });
  return `{ __typename ${fields.join(" ")} }`;
}

/** Builds one operation calling `field` of the root type with every argument filled from the round's probe objects. */
export function generateOperation(schema: GraphQLSchema, rootType: "query" | "mutation", field: GraphQLField<unknown, unknown>, options: GenerationOptions): GeneratedOperation {
  const context = new GenerationContext(options);
  const args = argumentsLiteral(field.args, context, true);
  const body = selection(field.type, schema, context, options.maxDepth, [getNamedType(field.type).name]);
  return { query: `${rootType} { ${field.name}${args} ${body} }`, sentIds: [...context.sentIds], sentTexts: [...context.sentTexts] };
}

/** True when the field's arguments contain optional String input fields (so a second, text-guessing round is worth it). */
export function hasOptionalTextInput(field: GraphQLField<unknown, unknown>): boolean {
  const visit = (type: GraphQLInputType, depth: number): boolean => {
    const named = getNamedType(type);
    if (!(named instanceof GraphQLInputObjectType) || depth > 4) return false;
    return Object.values(named.getFields()).some((inner) => (getNamedType(inner.type).name === "String" && !(inner.type instanceof GraphQLNonNull)) || visit(inner.type, depth + 1));
  };
  return field.args.some((argument) => visit(argument.type, 0));
}

/** True when any argument of the field (or its inputs) is an ID without a recognisable node type, e.g. `id`. */
export function hasUntypedIdArgument(field: GraphQLField<unknown, unknown>): boolean {
  const visit = (type: GraphQLInputType, name: string, depth: number): boolean => {
    const named = getNamedType(type);
    if (named.name === "ID") return !idTypeByName.some(([pattern]) => pattern.test(name));
    if (named instanceof GraphQLInputObjectType && depth < 4) return Object.values(named.getFields()).some((inner) => visit(inner.type, inner.name, depth + 1));
    return false;
  };
  return field.args.some((argument) => visit(argument.type, argument.name, 0));
}
