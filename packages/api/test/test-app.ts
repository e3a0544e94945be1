import { lastCompleteMonth, todayIn } from "@beatplan/domain";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp, type RunningApp } from "../src/app/http-server.ts";
import type { AuthSettings } from "../src/auth/auth.service.ts";
import { DEMO_PASSWORD, generateDemoData } from "../src/demo/demo-data.ts";
import { loadDemoData } from "../src/demo/load-demo-data.ts";
import { testInstant } from "@beatplan/domain/testing";
import { fixturePassword, seedFixture, type Fixture } from "./fixtures.ts";
import { createTestDatabase } from "./test-database.ts";

/** A GraphQL response as JSON. */
export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A running application on its own fresh database, reached over real HTTP. */
export interface TestApp {
  url: string;
  /** The test database's connection URL (for a separate process on the same database). */
  databaseUrl: string;
  app: RunningApp;
  auth: AuthSettings;
  /** POSTs a GraphQL operation as JSON, with a Bearer token when given; the answer without its `extensions` (the cost). */
  graphql<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<Data>>;
  /** Signs in and returns the token (throws when sign-in fails); the password defaults to the fixture's or the demo's. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** Options of {@link startTestApp}. */
export interface TestAppOptions {
  /** Load the demo data set first (default true, unless a `fixture` is given). */
  demo?: boolean;
  /** Seed this small named data set instead of the demo data (see fixtures.ts). */
  fixture?: Fixture;
  onQuery?: (sql: string) => void;
  webDistDir?: string;
  /**
   * The server clock; demo sales end with the last complete month before it. Default: the test
   * clock's instant, moving 1 ms on every reading, so that steps taken one after another get
   * increasing timestamps as on a real clock (a clock that stands still ties them).
   */
  now?: () => Date;
  /** Run the job queue's worker inside the test server (default true); false leaves the jobs to a separate worker process. */
  jobWorker?: boolean;
  /** Development mode (BEATPLAN_DEV): error answers carry stack traces (default off, as in production). */
  dev?: boolean;
}

/** Starts the application on port 0 against a fresh database cloned from the migrated template. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const scratch = await mkdtemp(join(tmpdir(), "beatplan-test-web-"));
  const auth: AuthSettings = { secret: "test-secret-test-secret-test-secret-0123", tokenLifetimeSeconds: 3600, now: options.now ?? advancingTestClock(1) };
  const app = await startApp({
    databaseUrl: database.url,
    port: 0,
    host: "127.0.0.1",
    webDistDir: options.webDistDir ?? join(scratch, "missing-dist"),
    auth,
    onQuery: (sql) => options.onQuery?.(sql),
    ...(options.jobWorker === false ? { jobs: { worker: false } } : {}),
    dev: options.dev ?? false,
  });
  if (options.fixture) await seedFixture(app.orm.em.fork(), options.fixture, lastCompleteMonth(todayIn(auth.now(), "UTC")), auth.now());
  else if (options.demo ?? true) await loadDemoData(app.orm.em.fork(), generateDemoData({ lastMonth: lastCompleteMonth(todayIn(auth.now(), "UTC")) }), auth.now());
  const defaultPassword = options.fixture ? fixturePassword : DEMO_PASSWORD;
  const graphql = async <Data,>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<Data>> => {
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    // The cost every answer reports (extensions.cost) is left out: the query-limit tests read it over raw HTTP.
    const { extensions: _extensions, ...body } = (await response.json()) as GraphQLResponse<Data> & { extensions?: unknown };
    return body;
  };
  return {
    url: app.url,
    databaseUrl: database.url,
    app,
    auth,
    graphql,
    login: async (email, password = defaultPassword) => {
      const result = await graphql<{ login: { token: string | null; userErrors: { message: string }[] } }>(
        "mutation Login($input: LoginInput!) { login(input: $input) { token userErrors { message } } }",
        { input: { email, password } },
      );
      const token = result.data?.login.token;
      if (!token) throw new Error(`login as ${email} failed: ${JSON.stringify(result)}`);
      return token;
    },
    close: async () => {
      await app.close();
      await database.drop();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

/**
 * A clock that reads the test clock's instant first and `stepMilliseconds` later on every call:
 * for tests whose steps, each its own request, must get distinct, increasing timestamps.
 */
export function advancingTestClock(stepMilliseconds = 1000): () => Date {
  let calls = 0;
  return () => testInstant(stepMilliseconds * calls++);
}

/** Demo admin login. */
export const demoAdmin = "admin@beatplan.test";
