import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type ContainerType, type NonEmptyArray, type PubSub } from "type-graphql";
import { AuthResolver } from "../auth/auth.resolver.ts";
import type { AuthSettings } from "../auth/auth.service.ts";
import { requireViewerOnRootFields } from "../auth/require-viewer.ts";
import { applyInputLimits } from "../shared/input-limits.ts";
import { modules } from "./modules.ts";
import { NodeResolver, nodeFetchersOf } from "./node.resolver.ts";
import { publicRootFields } from "./root-field-access.ts";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes any class
const resolvers = modules.flatMap((feature) => feature.resolvers ?? []) as unknown as NonEmptyArray<Function>;

// Every subscription brings its own `subscribe` (fed by PostgreSQL NOTIFY, so it reaches every
// API instance); type-graphql still wants a PubSub, which must never be reached.
const noInProcessPubSub: PubSub = {
  publish: () => {
    throw new Error("subscriptions are fed by PostgreSQL NOTIFY, not an in-process PubSub");
  },
  subscribe: () => {
    throw new Error("every subscription must declare its own subscribe function");
  },
};

/** Builds the executable schema from the features' resolvers; resolvers that need settings get them through a tiny container. */
export async function buildGraphQLSchema(authSettings: AuthSettings): Promise<GraphQLSchema> {
  const instances = new Map<unknown, unknown>([
    [AuthResolver, new AuthResolver(authSettings)],
    [NodeResolver, new NodeResolver(nodeFetchersOf(modules))],
  ]);
  const container: ContainerType = {
    // Resolvers that sign tokens take the settings as their one constructor argument; the others ignore it.
    get: (resolverClass: new (settings: AuthSettings) => unknown) => {
      if (!instances.has(resolverClass)) instances.set(resolverClass, new resolverClass(authSettings));
      return instances.get(resolverClass);
    },
  };
  const schema = await buildSchema({ resolvers, container, validate: false, pubSub: noInProcessPubSub });
  // Input limits inside, the viewer check outside: an anonymous caller is refused before its input is looked at.
  return requireViewerOnRootFields(applyInputLimits(schema), publicRootFields);
}

/** The schema as SDL, types sorted by name so that the committed file diffs cleanly. */
export async function renderSchemaSdl(): Promise<string> {
  const schema = await buildGraphQLSchema({ secret: "schema-rendering-only", tokenLifetimeSeconds: 1, now: () => new Date(0) });
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
