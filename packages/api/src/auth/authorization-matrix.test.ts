import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildClientSchema, getIntrospectionQuery, type GraphQLField, type GraphQLSchema, type IntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin, startTestApp, type GraphQLResponse, type TestApp } from "../../test/test-app.ts";
import { generateOperation, hasOptionalTextInput, hasUntypedIdArgument, type ProbeSet } from "../../test/authorization/operation-generator.ts";
import { executeSql } from "../shared/sql.ts";
import { rootFieldAccess } from "../app/root-field-access.ts";

// Everyone but the admin works in SH-PD; everything outside SH-PD is out of their scope.
const insideTerritory = "SH-PD";
const principals = [
  { name: "REP", email: "rep.1.sh-pd@beatplan.test" },
  { name: "MANAGER", email: "manager.sh-pd@beatplan.test" },
  { name: "API token (MANAGER, SH-PD)", email: null },
  // Last, because its mutations change objects in every territory.
  { name: "ADMIN", email: demoAdmin },
] as const;
type Side = "inside" | "outside" | "missing";
const nodeTypes: string[] = ["Customer", "Store", "Contact", "Territory", "User", "Region"];
// Names that only objects outside SH-PD carry: other territories' customer codes and users' e-mails.
const canaryTexts = ["SH-XH", "SH-JA", "DEMO-", "Demo-T1", "sh-xh@", "sh-ja@", "demo-t1@"];
const docsFile = join(dirname(fileURLToPath(import.meta.url)), "../../../../docs/authorization-matrix.md");

interface ProbeRow {
  id: string;
  text: string;
}

async function probeSet(testApp: TestApp, territoryCode: string, userEmail: string, regionCode: string): Promise<{ probes: ProbeSet; customerName: string }> {
  const em = testApp.app.orm.em.fork();
  const one = async (sql: string, params: unknown[]): Promise<ProbeRow> => {
    const [row] = await executeSql<ProbeRow>(em, sql, params);
    if (!row) throw new Error(`no demo row for ${sql} ${JSON.stringify(params)}`);
    return row;
  };
  // The user's first customer that has stores and contacts, so that every node type has an object.
  const customer = await one(
    `select c.id, c.code as text from customer c join territory t on t.id = c.territory_id join app_user u on u.id = c.responsible_rep_id
     where t.code = $1 and u.email = $2 and exists (select 1 from store s where s.customer_id = c.id) and exists (select 1 from contact x where x.customer_id = c.id)
     order by c.code limit 1`,
    [territoryCode, userEmail],
  );
  const [named] = await executeSql<{ name: string }>(em, "select name from customer where id = $1", [customer.id]);
  const rows: Record<string, ProbeRow> = {
    Customer: customer,
    Store: await one("select id, code as text from store where customer_id = $1 order by code limit 1", [customer.id]),
    Contact: await one("select id, name as text from contact where customer_id = $1 order by name limit 1", [customer.id]),
    Territory: await one("select id, code as text from territory where code = $1", [territoryCode]),
    User: await one("select id, email as text from app_user where email = $1", [userEmail]),
    Region: await one("select id, code as text from region where code = $1", [regionCode]),
  };
  const probes = Object.fromEntries(Object.entries(rows).map(([type, row]) => [type, { globalId: globalIdOf(type, row.id), text: row.text }]));
  return { probes, customerName: named?.name ?? "" };
}

function globalIdOf(type: string, uuid: string): string {
  return Buffer.from(`${type}:${uuid}`, "utf8").toString("base64");
}

/**
 * Node types of other features (business plans …) get probe objects without editing this test:
 * the table named after the type, when it has a customer_id column, gives one row of a customer
 * inside SH-PD and one of a customer in SH-XH.
 */
async function discoverProbes(testApp: TestApp, schema: GraphQLSchema, known: readonly string[]): Promise<{ type: string; inside: string; outside: string }[]> {
  const nodeInterface = schema.getType("Node");
  if (!nodeInterface || !("getFields" in nodeInterface)) return [];
  const em = testApp.app.orm.em.fork();
  const found: { type: string; inside: string; outside: string }[] = [];
  for (const objectType of schema.getPossibleTypes(nodeInterface as never)) {
    if (known.includes(objectType.name)) continue;
    const table = objectType.name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
    const [hasCustomer] = await executeSql<{ exists: boolean }>(em, "select exists (select 1 from information_schema.columns where table_schema = 'public' and table_name = $1 and column_name = 'customer_id') as exists", [table]);
    if (!hasCustomer?.exists) continue;
    const rowIn = async (territory: string) =>
      (await executeSql<{ id: string }>(em, `select x.id from "${table}" x join customer c on c.id = x.customer_id join territory t on t.id = c.territory_id where t.code = $1 order by x.id limit 1`, [territory]))[0]?.id;
    const inside = await rowIn(insideTerritory);
    const outside = await rowIn("SH-XH");
    if (inside && outside) found.push({ type: objectType.name, inside, outside });
  }
  return found;
}

function missingProbes(): ProbeSet {
  const texts: Record<string, string> = { Customer: "NOPE-0001", Store: "NOPE-S1", Contact: "Nobody Known", Territory: "NOPE-T", User: "nobody@beatplan.test", Region: "NOPE-R" };
  return Object.fromEntries(nodeTypes.map((type) => [type, { globalId: globalIdOf(type, randomUUID()), text: texts[type] ?? "NOPE" }]));
}

/** Replaces everything the operation sent (IDs, their uuids, lookup strings) so that echoes compare equal. */
function normalise(response: unknown, sentIds: string[], sentTexts: string[]): string {
  let text = JSON.stringify(response);
  const replacements = [...sentIds, ...sentIds.map((id) => Buffer.from(id, "base64").toString("utf8").split(":")[1] ?? id), ...sentTexts].filter((value) => value.length > 0);
  for (const value of replacements.sort((left, right) => right.length - left.length)) text = text.split(JSON.stringify(value).slice(1, -1)).join("<sent>");
  return text;
}

function outcome(response: GraphQLResponse, field: string): string {
  if (response.errors?.length) return [...new Set(response.errors.map((error) => error.extensions?.code ?? "ERROR"))].join("+");
  const value = (response.data as Record<string, unknown> | null | undefined)?.[field];
  if (value === null || value === undefined) return "null";
  const userErrors = (value as { userErrors?: { code: string }[] }).userErrors;
  if (userErrors?.length) return [...new Set(userErrors.map((error) => error.code))].join("+");
  if (Array.isArray(value)) return value.length === 0 ? "empty" : "data";
  const edges = (value as { edges?: unknown[] }).edges;
  if (edges) return edges.length === 0 ? "empty" : "data";
  return "data";
}

// Rows that objects outside SH-PD consist of; bookkeeping tables (audit, attempts, keys) are left out.
async function outsideSnapshot(testApp: TestApp, insideTerritoryId: string): Promise<string> {
  const em = testApp.app.orm.em.fork();
  const columns = await executeSql<{ table_name: string; column_name: string }>(
    em,
    `select table_name, column_name from information_schema.columns
     where table_schema = 'public' and column_name in ('customer_id', 'territory_id')
       and table_name not in ('audit_entry', 'login_attempt', 'idempotency_key', 'api_token_territory')`,
  );
  const parts = [
    "select 'region:' || row_to_json(x)::text as line from region x",
    "select 'territory:' || row_to_json(x)::text from territory x where x.id <> $1",
    "select 'app_user:' || row_to_json(x)::text from app_user x",
    "select 'api_token:' || (to_jsonb(x) - 'last_used_at')::text from api_token x",
  ];
  const withCustomer = new Set(columns.filter((column) => column.column_name === "customer_id").map((column) => column.table_name));
  for (const table of new Set(columns.map((column) => column.table_name))) {
    if (withCustomer.has(table)) parts.push(`select '${table}:' || row_to_json(x)::text from "${table}" x where x.customer_id in (select id from customer where territory_id <> $1)`);
    else parts.push(`select '${table}:' || row_to_json(x)::text from "${table}" x where x.territory_id is distinct from $1`);
  }
  const [row] = await executeSql<{ digest: string; rows: number }>(em, `select md5(coalesce(string_agg(line, '|' order by line), '')) as digest, count(*)::int as rows from (${parts.join(" union all ")}) lines`, [insideTerritoryId]);
  return `${row?.rows}:${row?.digest}`;
}

async function auditEntriesOf(testApp: TestApp, operation: string): Promise<number> {
  const [row] = await executeSql<{ count: number }>(testApp.app.orm.em.fork(), "select count(*)::int as count from audit_entry where operation = $1", [operation]);
  return row?.count ?? 0;
}

describe("authorization matrix generated from the schema", () => {
  let testApp: TestApp;
  let schema: GraphQLSchema;
  const tokens = new Map<string, string>();
  const sides = {} as Record<Side, ProbeSet>;
  let outsideCustomerName = "";
  let insideTerritoryId = "";
  let discoveredTypes: string[] = [];

  beforeAll(async () => {
    testApp = await startTestApp();
    const adminToken = await testApp.login(demoAdmin);
    for (const principal of principals) if (principal.email) tokens.set(principal.name, principal.email === demoAdmin ? adminToken : await testApp.login(principal.email));
    const inside = await probeSet(testApp, insideTerritory, "rep.1.sh-pd@beatplan.test", "SH");
    const outside = await probeSet(testApp, "SH-XH", "rep.1.sh-xh@beatplan.test", "DEMO");
    sides.inside = inside.probes;
    sides.outside = outside.probes;
    sides.missing = missingProbes();
    outsideCustomerName = outside.customerName;
    insideTerritoryId = Buffer.from(inside.probes.Territory!.globalId, "base64").toString().split(":")[1]!;
    const created = await testApp.graphql<{ createApiToken: { secret: string | null } }>(
      "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret userErrors { message } } }",
      { input: { name: "matrix", role: "MANAGER", territoryIds: [inside.probes.Territory!.globalId] } },
      adminToken,
    );
    tokens.set("API token (MANAGER, SH-PD)", created.data!.createApiToken.secret!);
    const introspection = await testApp.graphql<IntrospectionQuery>(getIntrospectionQuery(), {}, adminToken);
    schema = buildClientSchema(introspection.data!);
    // Every feature's create mutations, run by the admin in both territories, give its node types objects inside and outside.
    const creators = Object.values(schema.getMutationType()!.getFields()).filter((field) => /^create/.test(field.name) && field.name !== "createApiToken");
    for (const field of creators) {
      for (const side of ["inside", "outside"] as const) {
        await testApp.graphql(generateOperation(schema, "mutation", field, { roundType: "Customer", probes: sides[side], maxDepth: 1, optionalInputs: "ids" }).query, {}, adminToken);
      }
    }
    for (const probe of await discoverProbes(testApp, schema, nodeTypes)) {
      nodeTypes.push(probe.type);
      sides.inside[probe.type] = { globalId: globalIdOf(probe.type, probe.inside), text: probe.inside };
      sides.outside[probe.type] = { globalId: globalIdOf(probe.type, probe.outside), text: probe.outside };
      sides.missing[probe.type] = { globalId: globalIdOf(probe.type, randomUUID()), text: randomUUID() };
    }
    discoveredTypes = nodeTypes.slice(6);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it("has a stated access rule for every root query and mutation", () => {
    const rootFields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect(rootFields.filter((field) => !(field in rootFieldAccess)).sort()).toEqual([]);
  });

  it("never shows or changes anything outside the caller's territories, answers out-of-scope exactly like missing, and audits every successful mutation", { timeout: 600_000 }, async () => {
    const roots: { kind: "query" | "mutation"; field: GraphQLField<unknown, unknown> }[] = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: "query" as const, field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: "mutation" as const, field })),
    ];
    const problems: string[] = [];
    const matrix = new Map<string, Map<string, Set<string>>>();
    const record = (field: string, column: string, result: string) => {
      const row = matrix.get(field) ?? new Map<string, Set<string>>();
      matrix.set(field, row);
      row.set(column, (row.get(column) ?? new Set()).add(result));
    };
    let adminSawOutsideCustomer = false;
    let requests = 0;
    for (const principal of principals) {
      const token = tokens.get(principal.name)!;
      const scoped = principal.name !== "ADMIN";
      for (const { kind, field } of roots) {
        const roundTypes = hasUntypedIdArgument(field) ? nodeTypes : ["Customer"];
        const variants = hasOptionalTextInput(field) ? (["ids", "texts"] as const) : (["ids"] as const);
        // One snapshot around all rounds of a mutation keeps the run short; the report still names the mutation.
        const before = scoped && kind === "mutation" ? await outsideSnapshot(testApp, insideTerritoryId) : "";
        const auditedBefore = kind === "mutation" ? await auditEntriesOf(testApp, field.name) : 0;
        let succeeded = false;
        for (const roundType of roundTypes) {
          for (const optionalInputs of variants) {
            const responses = {} as Record<Side, string>;
            for (const side of (scoped ? ["inside", "outside", "missing"] : ["inside", "outside"]) as Side[]) {
              const operation = generateOperation(schema, kind, field, { roundType, probes: sides[side], maxDepth: 4, optionalInputs });
              const response = await testApp.graphql(operation.query, {}, token);
              requests += 1;
              const label = `${principal.name} ${kind} ${field.name} (${side} ${roundType}, ${optionalInputs})`;
              if (response.errors?.some((error) => error.extensions?.code === "INTERNAL_SERVER_ERROR" || error.extensions?.code === "GRAPHQL_VALIDATION_FAILED")) {
                problems.push(`${label}: ${JSON.stringify(response.errors).slice(0, 500)}`);
              }
              const result = outcome(response, field.name);
              record(field.name, `${principal.name}|${side}`, result);
              if (result === "data") succeeded = true;
              const normalised = normalise(response, operation.sentIds, operation.sentTexts);
              responses[side] = normalised;
              if (!scoped) {
                if (side === "outside" && field.name === "node" && normalised.includes(sides.outside.Customer!.text.slice(0, 5))) adminSawOutsideCustomer = true;
                continue;
              }
              const leaked = [...canaryTexts, outsideCustomerName, ...Object.values(sides.outside).map((probe) => probe.globalId)].filter((canary) => normalised.includes(canary));
              if (leaked.length > 0) problems.push(`${label} leaks ${leaked.join(", ")}`);
            }
            // A unique business code is unique company-wide, so "already used" may differ; nothing else may.
            if (scoped && responses.outside !== responses.missing && !responses.outside.includes('"DUPLICATE"')) {
              problems.push(`${principal.name} ${kind} ${field.name} (${roundType}, ${optionalInputs}): out-of-scope answer differs from missing\n  outside: ${responses.outside.slice(0, 400)}\n  missing: ${responses.missing.slice(0, 400)}`);
            }
          }
        }
        if (before && before !== (await outsideSnapshot(testApp, insideTerritoryId))) problems.push(`${principal.name} mutation ${field.name} changed data outside ${insideTerritory}`);
        // Every successful mutation leaves a trace in the audit trail (login changes no business data).
        if (kind === "mutation" && succeeded && field.name !== "login" && (await auditEntriesOf(testApp, field.name)) === auditedBefore) {
          problems.push(`${principal.name} mutation ${field.name} succeeded without writing an audit entry`);
        }
      }
    }
    await writeMatrix(matrix, discoveredTypes, requests);
    expect(problems).toEqual([]);
    expect(adminSawOutsideCustomer, "the admin (positive control) fetches an SH-XH customer by node(id)").toBe(true);
  });
});

async function writeMatrix(matrix: Map<string, Map<string, Set<string>>>, discoveredTypes: readonly string[], requests: number): Promise<void> {
  const columns = principals.flatMap((principal) => ["inside", "outside"].map((side) => `${principal.name}|${side}`));
  const header = `| Operation | Rule | ${columns.map((column) => column.replace("|", " — ")).join(" | ")} |`;
  const lines = [...matrix.entries()]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([field, row]) => `| \`${field}\` | ${rootFieldAccess[field] ?? "**no rule stated**"} | ${columns.map((column) => [...(row.get(column) ?? [])].sort().join(" / ")).join(" | ")} |`);
  const text = [
    "# Authorization matrix",
    "",
    "Generated by `packages/api/src/auth/authorization-matrix.test.ts` from the GraphQL schema on every run; do not edit.",
    "",
    `Every root query and mutation is called by each principal with generated arguments naming objects *inside* their scope (territory ${insideTerritory}) and *outside* it (other territories, region DEMO), and — for the scoped principals — naming objects that do not exist.`,
    "The test fails when a scoped principal's response contains any out-of-scope value, when an out-of-scope answer differs from the answer for a missing object (apart from company-wide unique codes: DUPLICATE), when a mutation changes any row outside their territory, or when a successful mutation leaves no audit entry.",
    "",
    `Probe objects per node type: Customer, Store, Contact, Territory, User, Region${discoveredTypes.length ? `, and found in the database: ${discoveredTypes.join(", ")}` : ""}. The last run sent ${requests} generated requests for ${matrix.size} root fields.`,
    "",
    "Outcomes: `data` (non-empty result), `empty`, `null`, or the error / userError codes; several outcomes are joined with `/` (one per generated round).",
    "",
    header,
    `|${" --- |".repeat(columns.length + 2)}`,
    ...lines,
    "",
  ].join("\n");
  await mkdir(dirname(docsFile), { recursive: true });
  await writeFile(docsFile, text);
}
