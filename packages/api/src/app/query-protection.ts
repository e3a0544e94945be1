import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import type { Viewer } from "../auth/viewer.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { maxQueryDepth } from "../shared/limits.ts";
import { queryCostPlugin } from "./query-cost.ts";

/** Limits on the shape of a GraphQL document, checked before anything runs. */
export const documentLimits = {
  /**
   * Aliased fields in one operation (fragments counted where they are spread): room for
   * `node(id:)` with every field of every node type aliased per type; the cost budget bounds
   * what they may fetch.
   */
  aliases: 200,
  /** Directives in one operation. */
  directives: 50,
  /** Lexical tokens in one document (graphql-js stops parsing past it). */
  tokens: 5_000,
  /** Deepest field nesting. */
  depth: maxQueryDepth,
} as const;

/**
 * Armor reports its refusals as "Syntax Error: …"; a refusal here says what was limited, with
 * its own code in `extensions.limit` (Apollo codes every validation error
 * GRAPHQL_VALIDATION_FAILED; `formatError` turns `limit` into the code).
 */
function reportAs(code: string): (context: ValidationContext | null, error: GraphQLError) => void {
  return (context, error) => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { limit: code } }));
  };
}

/** graphql-armor's alias, directive and depth rules, for every document (HTTP and subscriptions). */
export function documentLimitRules(): ValidationRule[] {
  const rejectWith = (code: string) => ({ propagateOnRejection: false, onReject: [reportAs(code)] });
  return new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxAliases: { n: documentLimits.aliases, ...rejectWith("TOO_MANY_ALIASES") },
    maxDirectives: { n: documentLimits.directives, ...rejectWith("TOO_MANY_DIRECTIVES") },
    maxDepth: { n: documentLimits.depth, flattenFragments: true, ...rejectWith("QUERY_TOO_DEEP") },
  }).protect().validationRules as ValidationRule[];
}

/** What Apollo needs to protect every operation: its parse options, validation rules and plugins. */
export interface QueryProtection {
  parseOptions: { maxTokens: number };
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<GraphQLContext>[];
}

/**
 * graphql-armor's alias, directive and depth rules (codes TOO_MANY_ALIASES,
 * TOO_MANY_DIRECTIVES, QUERY_TOO_DEEP), graphql-js's token limit (GRAPHQL_PARSE_FAILED),
 * field suggestions masked for anonymous callers, and the per-role cost budget
 * ({@link queryCostPlugin}).
 */
export function queryProtection(): QueryProtection {
  const [suggestionMask] = new ApolloArmor({
    blockFieldSuggestion: { enabled: true },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    maxDepth: { enabled: false },
  }).protect().plugins as ApolloServerPlugin<GraphQLContext>[];
  const anonymousSuggestionMask: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart(requestContext) {
      const viewer = (requestContext.contextValue as GraphQLContext & { viewer?: Viewer }).viewer;
      return viewer ? undefined : suggestionMask?.requestDidStart?.(requestContext);
    },
  };
  return {
    parseOptions: { maxTokens: documentLimits.tokens },
    validationRules: documentLimitRules(),
    plugins: [anonymousSuggestionMask, queryCostPlugin()],
  };
}
