import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import type { FeatureManifest, NodeFetcher } from "../shared/feature.ts";
import { parseGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";

/** Relay `node(id:)`: refetches any object with a global ID, through the fetcher its feature registered. */
@Resolver()
export class NodeResolver {
  constructor(private readonly fetchers: ReadonlyMap<string, NodeFetcher>) {}

  @Query(() => Node, { nullable: true, description: "Fetches any object by its global ID; null when it does not exist or is not visible to you." })
  async node(@Ctx() context: GraphQLContext, @Arg("id", () => ID, { description: "A global ID." }) id: string, @Info() info: GraphQLResolveInfo): Promise<Node | null> {
    const parsed = parseGlobalId(id);
    const fetch = parsed && this.fetchers.get(parsed.type);
    return fetch ? ((await fetch(parsed.uuid, context, info)) as Node | null) : null;
  }
}

/** The node fetchers of every feature, by GraphQL type name. */
export function nodeFetchersOf(features: readonly FeatureManifest[]): ReadonlyMap<string, NodeFetcher> {
  const fetchers = new Map<string, NodeFetcher>();
  const owners = new Map<string, string>();
  for (const feature of features) {
    for (const [type, fetch] of Object.entries(feature.nodes ?? {})) {
      const owner = owners.get(type);
      if (owner) throw new Error(`node type ${type} is fetched by both ${owner} and ${feature.name}`);
      if (!fetch) continue;
      owners.set(type, feature.name);
      fetchers.set(type, fetch);
    }
  }
  return fetchers;
}

/** Relay object identification: the `node(id:)` root field. */
export const nodeFeature: FeatureManifest = {
  name: "node",
  resolvers: [NodeResolver],
  rootFieldAccess: {
    node: "any viewer; objects outside the viewer's scope are null, exactly like unknown IDs",
  },
};
