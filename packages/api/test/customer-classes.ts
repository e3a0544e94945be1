import type { TestApp } from "./test-app.ts";

/** The class of every customer of a territory (up to 500), by customer code, as `token`'s viewer reads them over GraphQL. */
export async function customerClasses(testApp: TestApp, token: string, territoryCode: string): Promise<Map<string, string | null>> {
  const result = await testApp.graphql<{ customers: { edges: { node: { code: string; class: string | null } }[] } }>(
    `query($code: String!) { customers(first: 500, filter: { territoryCode: $code }) { edges { node { code class } } } }`,
    { code: territoryCode },
    token,
  );
  if (!result.data) throw new Error(`customers query failed: ${JSON.stringify(result.errors)}`);
  return new Map(result.data.customers.edges.map((edge) => [edge.node.code, edge.node.class]));
}
