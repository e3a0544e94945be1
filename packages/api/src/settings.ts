import { parseInstant } from "@beatplan/domain";
import { fileURLToPath } from "node:url";
import { isAbsolute, resolve } from "node:path";
import { clockStartingAt, systemClock, type Clock } from "./clock.ts";
import type { VisitPlanSettings } from "./shared/context.ts";
import { StartupError } from "./startup-error.ts";

/** Validated start-up settings, read from environment variables. */
export interface Settings {
  /** PORT: HTTP port, 1..65535, or 0 for any free port (the start line names it; default 4000). */
  port: number;
  /** DATABASE_URL: an existing PostgreSQL; unset means the embedded one. */
  databaseUrl: string | undefined;
  /** BEATPLAN_DATA_DIR: where the embedded cluster and generated secrets live (default <repo>/.data). */
  dataDir: string;
  /** BEATPLAN_DEMO: load demo data into an empty database (default on for the embedded database, off otherwise). */
  demo: boolean;
  /** BEATPLAN_AUTH_SECRET: token signing secret, at least 32 characters (default: generated into the data directory). */
  authSecret: string | undefined;
  /** BEATPLAN_TOKEN_LIFETIME_HOURS: how long a sign-in lasts, 1..720 (default 12). */
  tokenLifetimeHours: number;
  /** BEATPLAN_WEB_DIST: built web app to serve at / (default <repo>/packages/web/dist). */
  webDistDir: string;
  /**
   * BEATPLAN_TRUST_PROXY: take the client address for sign-in limits from X-Forwarded-For
   * (only behind a load balancer that sets it; default off).
   */
  trustProxy: boolean;
  /** Earliest month sales may be imported for, "YYYY-MM". */
  earliestSalesMonth: string;
  /** BEATPLAN_LAPSED_AFTER_MONTHS: complete months without a purchase after which the daily check marks a customer LAPSED, 1..36 (default 6). */
  lapsedAfterMonths: number;
  /**
   * BEATPLAN_VISIT_HORIZON_WEEKS: weeks of planned visits an activated plan writes, 1..52 (default 8);
   * BEATPLAN_ROUTING_TABLE_URL: an OSRM `table` endpoint for travel times (default: straight-line travel).
   */
  visitPlans: VisitPlanSettings;
  /**
   * BEATPLAN_NOW: an ISO instant (e.g. 2026-06-17T02:00:00Z) the server's clock starts from, for
   * tests and demonstrations; the clock then runs (default: the machine's clock).
   */
  clock: Clock;
  /** BEATPLAN_DEV: development mode, error answers carry stack traces (default off). */
  dev: boolean;
  /** BEATPLAN_GRAPHQL_MAX_BODY_BYTES: largest GraphQL request body, 1 KiB..256 MiB (default 1 MiB). */
  graphqlMaxBodyBytes: number;
}

/** Root of the checkout (three levels above this file: packages/api/src). */
export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

const truthy = new Set(["1", "true", "on", "yes"]);
const falsy = new Set(["0", "false", "off", "no"]);

/**
 * Reads and validates the settings; every bad value is reported in one line that names the
 * variable, the rule and the value received.
 * @throws StartupError
 */
export function readSettings(env: NodeJS.ProcessEnv): Settings {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") return fallback;
    const value = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
      problems.push(`${name} must be an integer ${min}..${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const path = (name: string, fallback: string): string => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    // pnpm runs package scripts inside the package; INIT_CWD is where the user typed the command.
    return isAbsolute(raw) ? raw : resolve(env.INIT_CWD ?? process.cwd(), raw);
  };
  const port = integer("PORT", 4000, 0, 65535);
  let databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl) {
    let protocol: string | undefined;
    try {
      protocol = new URL(databaseUrl).protocol;
    } catch {
      protocol = undefined;
    }
    if (protocol !== "postgres:" && protocol !== "postgresql:") {
      problems.push(`DATABASE_URL must be a postgres://user:password@host:port/database URL, got "${databaseUrl.replace(/:[^:@/]*@/, ":***@")}"`);
      databaseUrl = undefined;
    }
  }
  let demo = env.DATABASE_URL?.trim() ? false : true;
  const rawDemo = env.BEATPLAN_DEMO?.trim().toLowerCase();
  if (rawDemo) {
    if (truthy.has(rawDemo)) demo = true;
    else if (falsy.has(rawDemo)) demo = false;
    else problems.push(`BEATPLAN_DEMO must be one of 1/0, true/false, on/off, yes/no, got "${env.BEATPLAN_DEMO}"`);
  }
  const authSecret = env.BEATPLAN_AUTH_SECRET || undefined;
  if (authSecret !== undefined && authSecret.length < 32) problems.push(`BEATPLAN_AUTH_SECRET must be at least 32 characters, got ${authSecret.length}`);
  const graphqlMaxBodyBytes = integer("BEATPLAN_GRAPHQL_MAX_BODY_BYTES", 1024 * 1024, 1024, 256 * 1024 * 1024);
  const tokenLifetimeHours = integer("BEATPLAN_TOKEN_LIFETIME_HOURS", 12, 1, 720);
  const lapsedAfterMonths = integer("BEATPLAN_LAPSED_AFTER_MONTHS", 6, 1, 36);
  let trustProxy = false;
  const rawTrustProxy = env.BEATPLAN_TRUST_PROXY?.trim().toLowerCase();
  if (rawTrustProxy) {
    if (truthy.has(rawTrustProxy)) trustProxy = true;
    else if (!falsy.has(rawTrustProxy)) problems.push(`BEATPLAN_TRUST_PROXY must be one of 1/0, true/false, on/off, yes/no, got "${env.BEATPLAN_TRUST_PROXY}"`);
  }
  const earliestSalesMonth = env.BEATPLAN_EARLIEST_SALES_MONTH?.trim() || "2000-01";
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(earliestSalesMonth)) problems.push(`BEATPLAN_EARLIEST_SALES_MONTH must be a month like 2015-01, got "${env.BEATPLAN_EARLIEST_SALES_MONTH}"`);
  let dev = false;
  const rawDev = env.BEATPLAN_DEV?.trim().toLowerCase();
  if (rawDev) {
    if (truthy.has(rawDev)) dev = true;
    else if (!falsy.has(rawDev)) problems.push(`BEATPLAN_DEV must be one of 1/0, true/false, on/off, yes/no, got "${env.BEATPLAN_DEV}"`);
  }
  let clock = systemClock;
  const rawNow = env.BEATPLAN_NOW?.trim();
  if (rawNow) {
    const start = parseInstant(rawNow);
    if (start) clock = clockStartingAt(start);
    else problems.push(`BEATPLAN_NOW must be an ISO instant like 2026-06-17T02:00:00Z, got "${env.BEATPLAN_NOW}"`);
  }
  const horizonWeeks = integer("BEATPLAN_VISIT_HORIZON_WEEKS", 8, 1, 52);
  const routingTableUrl = env.BEATPLAN_ROUTING_TABLE_URL?.trim() || undefined;
  if (routingTableUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(routingTableUrl)) {
    problems.push(`BEATPLAN_ROUTING_TABLE_URL must be an http(s) URL such as http://osrm:5000/table/v1/driving, got "${routingTableUrl}"`);
  }
  if (problems.length > 0) throw new StartupError(`invalid settings: ${problems.join("; ")}`);
  return {
    port,
    databaseUrl,
    dataDir: path("BEATPLAN_DATA_DIR", resolve(repositoryRoot, ".data")),
    demo,
    authSecret,
    tokenLifetimeHours,
    webDistDir: path("BEATPLAN_WEB_DIST", resolve(repositoryRoot, "packages/web/dist")),
    trustProxy,
    earliestSalesMonth,
    visitPlans: { horizonWeeks, ...(routingTableUrl ? { routingTableUrl } : {}) },
    lapsedAfterMonths,
    clock,
    dev,
    graphqlMaxBodyBytes,
  };
}
