import type { ApolloServerPlugin } from "@apollo/server";
import { getNamedType, getNullableType, getOperationAST, GraphQLError, isListType, Kind, NoSchemaIntrospectionCustomRule, validate, type DocumentNode, type GraphQLSchema, type SelectionSetNode } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import type { Viewer } from "../auth/viewer.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { pageSize } from "../shared/limits.ts";
import { Role } from "../org/role.ts";
import { publicRootFields } from "./root-field-access.ts";

/** What an operation may cost, by who asks; anonymous callers can only sign in. */
export const costBudgets = { [Role.ADMIN]: 200_000, [Role.MANAGER]: 100_000, [Role.REP]: 50_000, anonymous: 100 } as const;

/** Items a list field without `first` (a customer's contacts, stores) is assumed to hold. */
export const assumedListSize = 10;

/** Most fields the cost analysis walks through, fragments expanded; more is refused. */
export const maxCostedNodes = 5_000;

/** The cost of an operation, reported in `extensions.cost` of every answer. */
export interface OperationCost {
  /** What the operation was estimated to cost (null when it was refused before it was costed). */
  requestedQueryCost: number | null;
  /** The budget of the caller (by role; anonymous callers get a tiny one). */
  maximumAvailable: number;
}

/** The budget of a viewer (undefined: anonymous). */
export function costBudgetOf(viewer: Viewer | undefined): number {
  return viewer ? costBudgets[viewer.role] : costBudgets.anonymous;
}

/**
 * The cost model: every field costs 1; a field with `first` (a connection, a paged list)
 * multiplies what it selects by `first` (default {@link pageSize.default}); a connection's
 * `edges` are already counted by it; any other list multiplies by {@link assumedListSize}.
 * Nested lists multiply.
 */
export const connectionAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  const hasFirst = field.args.some((argument) => argument.name === "first");
  if (hasFirst) {
    const first = typeof args.first === "number" && args.first > 0 ? args.first : pageSize.default;
    return 1 + first * childComplexity;
  }
  if (isListType(type)) {
    const isEdges = field.name === "edges" && getNamedType(type).name.endsWith("Edge");
    return 1 + (isEdges ? 1 : assumedListSize) * childComplexity;
  }
  return 1 + childComplexity;
};

function refusal(message: string, code: string, cost: OperationCost): GraphQLError {
  return new GraphQLError(message, { extensions: { code, cost, http: { status: 400 } } });
}

const introspectionRules = [NoSchemaIntrospectionCustomRule];

/**
 * Costs every operation before it runs and refuses one over the caller's budget
 * (`QUERY_TOO_COSTLY`), and introspection for anonymous callers (`INTROSPECTION_DISABLED`).
 * Every answer carries the cost in `extensions.cost`.
 */
export function queryCostPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const viewer = (contextValue as GraphQLContext & { viewer?: Viewer }).viewer;
      const budget = costBudgetOf(viewer);
      const cost: OperationCost = { requestedQueryCost: null, maximumAvailable: budget };
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          if (!viewer && validate(schema, document, introspectionRules).length > 0) {
            throw refusal("introspection needs a signed-in user; the schema is published as schema.graphql", "INTROSPECTION_DISABLED", cost);
          }
          const requested = costOf(schema, document, request.variables, operationName ?? undefined);
          if (requested === undefined) {
            throw refusal(`the query expands to more than ${maxCostedNodes} fields; use fewer fragments and aliases`, "QUERY_TOO_COSTLY", cost);
          }
          if (requested === null) return;
          cost.requestedQueryCost = requested;
          if (cost.requestedQueryCost > budget && !viewer && asksForViewerFields(document, operationName ?? undefined)) {
            // Over the anonymous budget because it is not a sign-in: say what the caller must do
            // (sign in again after a logout or an ended session), not that the query is too big.
            const authProblem = (contextValue as GraphQLContext & { authProblem?: string }).authProblem;
            throw new GraphQLError(authProblem ?? "sign in first: send Authorization: Bearer <token> from the login mutation", { extensions: { code: "UNAUTHENTICATED", cost } });
          }
          if (cost.requestedQueryCost > budget) {
            throw refusal(`query cost ${cost.requestedQueryCost} exceeds the budget of ${budget}; ask for smaller pages (first) or fewer fields`, "QUERY_TOO_COSTLY", cost);
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}

/**
 * The operation's cost; undefined when it expands (through fragments) to more than
 * {@link maxCostedNodes} fields; null when its variables are invalid (then it never runs, and
 * execution reports them).
 */
function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number | undefined | null {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [connectionAwareEstimator], maxQueryNodes: maxCostedNodes });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return undefined;
    if (error instanceof GraphQLError) return null;
    throw error;
  }
}

/** Whether the operation selects a root field that needs a signed-in viewer (any but the public ones). */
function asksForViewerFields(document: DocumentNode, operationName: string | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return false;
  const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [])));
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return !selection.name.value.startsWith("__") && !publicRootFields.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return walk(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      return walk(fragment);
    });
  return walk(operation.selectionSet);
}
