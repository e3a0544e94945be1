import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { DomainError } from "./domain-error.ts";

/** Longest String or ID any argument or input field takes, unless {@link stringLengthLimits} says otherwise. */
export const defaultMaxStringLength = 1_000;

/**
 * Longest value (in UTF-16 code units, as JavaScript counts characters) by input field or
 * argument: by coordinate (`LoginInput.email`, `Query.products(search)`) first, then by name.
 */
export const stringLengthLimits: { byCoordinate: Record<string, number>; byName: Record<string, number>; byType: Record<string, number> } = {
  byCoordinate: {
    "LoginInput.email": 320,
    "LoginInput.password": 1_024,
    "CreateUserInput.email": 320,
    "UpdateUserInput.email": 320,
    "SetPasswordInput.password": 1_024,
    "SetPasswordInput.token": 200,
    "ChangeOwnPasswordInput.currentPassword": 1_024,
    "ChangeOwnPasswordInput.newPassword": 1_024,
    "CustomerFilter.search": 200,
    "Query.products(search)": 200,
    "BusinessPlanContentInput.penetrationNotes": 4_000,
    "BusinessReviewInput.competitorNews": 4_000,
    "BusinessReviewInput.inStorePerformance": 4_000,
    "BusinessReviewInput.opportunities": 4_000,
    "BusinessReviewInput.transactions": 4_000,
  },
  byName: { idempotencyKey: 200, after: 500 },
  byType: { ID: 200 },
};

/** The most a String or ID at `coordinate` may hold. */
export function maxLengthOf(coordinate: string, name: string, typeName: string): number {
  return stringLengthLimits.byCoordinate[coordinate] ?? stringLengthLimits.byName[name] ?? stringLengthLimits.byType[typeName] ?? defaultMaxStringLength;
}

const limitedTypes = new Set(["String", "ID"]);

/** A String/ID input at one place in the schema, with its limit (inputs nest, so per input type and field). */
type Checks = Map<string, Map<string, number>>;

function describe(target: GraphQLArgument | GraphQLInputField, max: number): void {
  const note = `At most ${max} characters, no NUL.`;
  if (!target.description?.includes(note)) target.description = target.description ? `${target.description} ${note}` : note;
}

function checkValue(value: unknown, type: GraphQLInputType, max: number | undefined, path: string[], inputLimits: Checks): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, index) => checkValue(item, nullable.ofType, max, [...path, String(index)], inputLimits));
    return;
  }
  if (typeof value === "string" && max !== undefined) {
    if (value.length > max) throw new DomainError("VALIDATION", `${path.join(".")} must be at most ${max} characters, got ${value.length}`, path);
    if (value.includes("\u0000")) throw new DomainError("VALIDATION", `${path.join(".")} must not contain NUL characters`, path);
    return;
  }
  if (isInputObjectType(nullable) && typeof value === "object") {
    const limits = inputLimits.get(nullable.name);
    for (const [name, field] of Object.entries(nullable.getFields())) {
      checkValue((value as Record<string, unknown>)[name], field.type, limits?.get(name), [...path, name], inputLimits);
    }
  }
}

function mentionsStrings(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (limitedTypes.has(named.name)) return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => mentionsStrings(field.type, seen));
}

/**
 * Gives every String and ID argument and input field a maximum length, states it in its
 * description (so schema.graphql documents it), and wraps each field that takes one so that a
 * longer value, or one with a NUL character, is refused as VALIDATION (BAD_USER_INPUT) before
 * the resolver runs. Changes `schema` in place and returns it.
 */
export function applyInputLimits(schema: GraphQLSchema): GraphQLSchema {
  const inputLimits: Checks = new Map();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type) || type.name.startsWith("__")) continue;
    const limits = new Map<string, number>();
    for (const field of Object.values(type.getFields())) {
      const typeName = getNamedType(field.type).name;
      if (!limitedTypes.has(typeName)) continue;
      const max = maxLengthOf(`${type.name}.${field.name}`, field.name, typeName);
      limits.set(field.name, max);
      describe(field, max);
    }
    inputLimits.set(type.name, limits);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const checked = field.args.filter((argument) => mentionsStrings(argument.type));
      if (checked.length === 0) continue;
      const argumentLimits = new Map<string, number>();
      for (const argument of checked) {
        const typeName = getNamedType(argument.type).name;
        if (!limitedTypes.has(typeName)) continue;
        const max = maxLengthOf(`${type.name}.${field.name}(${argument.name})`, argument.name, typeName);
        argumentLimits.set(argument.name, max);
        describe(argument, max);
      }
      const check = (args: Record<string, unknown>) => {
        for (const argument of checked) checkValue(args[argument.name], argument.type, argumentLimits.get(argument.name), [argument.name], inputLimits);
      };
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        check(args);
        return resolve(source, args, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, context, info) => {
          check(args);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
