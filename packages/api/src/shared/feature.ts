import type { EntityClass, EventSubscriber } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import type { GraphQLContext, Loaders } from "./context.ts";
import type { NodeTypeName } from "./global-id.ts";
import type { AnyJobDefinition } from "./job-definition.ts";

/** What a loaders factory receives: the request's context without the loaders being built. */
export type LoaderRequest = Omit<GraphQLContext, "loaders">;

/**
 * Fetches one object of a node type for `node(id:)`; null when it does not exist or is not
 * visible. `info` (of the `node` field) lets a fetcher read what the query selects in one go.
 */
export type NodeFetcher = (uuid: string, context: GraphQLContext, info?: GraphQLResolveInfo) => Promise<object | null>;

/**
 * Everything a feature contributes to the application. Each feature folder exports one from
 * its `index.ts`, and app/modules.ts lists them; app/ builds the schema, the per-request
 * context, the entity list and `node(id:)` from that list and nothing else.
 */
export interface FeatureManifest {
  /** The folder name, for messages. */
  readonly name: string;
  /** MikroORM entities (listed explicitly: swc-compiled code runs from source, no folder discovery). */
  readonly entities?: readonly EntityClass<object>[];
  /** MikroORM subscribers, e.g. the audit trail's flush hook. */
  readonly subscribers?: readonly (() => EventSubscriber)[];
  /** type-graphql resolver classes. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes any class
  readonly resolvers?: readonly Function[];
  /** Creates the feature's fresh DataLoaders for one request (its group of {@link Loaders}). */
  readonly loaders?: (request: LoaderRequest) => Partial<Loaders>;
  /**
   * Who may use each root field the feature adds, as reviewed when the field was added. The
   * authorization matrix test fails for any root field without a rule here.
   */
  readonly rootFieldAccess?: Readonly<Record<string, string>>;
  /** Root fields that anonymous requests may call (default: none). */
  readonly publicRootFields?: readonly string[];
  /** How `node(id:)` fetches each global-ID type the feature owns. */
  readonly nodes?: Readonly<Partial<Record<NodeTypeName, NodeFetcher>>>;
  /** The background jobs the feature runs on the job queue. */
  readonly jobs?: readonly AnyJobDefinition[];
}
