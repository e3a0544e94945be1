import { spawn } from "node:child_process";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type TestBrowser } from "./browser.ts";
import { apiPackageDir, newDataDir, startBeatplanServer, type RunningServer } from "./start-server.ts";

// From nothing to a rep who sees their customer: the production path of the README, in Chromium.
let server: RunningServer;
let browser: TestBrowser;
let page: Page;
let cliOutput = "";

const adminEmail = "it@company.example";
const adminPassword = "first-admin-secret-2026";

/** `pnpm beatplan admin create` against the embedded database of `dataDir`, the password piped in. */
function createAdminWithCli(dataDir: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", "src/cli/beatplan-cli.ts", "admin", "create", "--email", adminEmail, "--name", "IT Admin"], {
      cwd: apiPackageDir,
      env: { ...process.env, DATABASE_URL: "", BEATPLAN_DATA_DIR: dataDir },
    });
    child.stdout.on("data", (chunk: Buffer) => (cliOutput += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (cliOutput += chunk.toString()));
    child.on("error", reject);
    child.on("exit", resolve);
    child.stdin.end(`${adminPassword}\n`);
  });
}

async function signIn(email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Log out" }).waitFor();
}

async function createUser(email: string, name: string, role: string, territory: string): Promise<string> {
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByLabel("Territories").selectOption({ label: territory });
  await form.getByRole("button", { name: "Create" }).click();
  const link = page.locator(".admin-token").filter({ hasText: email });
  await link.waitFor();
  return (await link.locator("code").textContent()) ?? "";
}

beforeAll(async () => {
  const dataDir = await newDataDir();
  // The server is not running yet: the embedded cluster is the CLI's alone.
  const code = await createAdminWithCli(dataDir);
  if (code !== 0) throw new Error(`admin create failed (${code}): ${cliOutput}`);
  server = await startBeatplanServer({ demo: false, dataDir });
  browser = await launchBrowser({ clock: server.clock });
  page = browser.page;
  await page.goto(server.url);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("Beatplan from an empty production database", () => {
  it("creates the admin with the CLI, who sets up a region, a territory, a manager and a rep; the rep sees exactly their customer", async () => {
    expect(cliOutput).toContain(`created administrator ${adminEmail} (IT Admin)`);
    await signIn(adminEmail, adminPassword);
    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await page.getByRole("heading", { name: "Regions and territories" }).waitFor();

    const region = page.getByRole("form", { name: "New region" });
    await region.getByLabel("Code").fill("EAST");
    await region.getByLabel("Name").fill("East China");
    await region.getByRole("button", { name: "Create" }).click();
    const territory = page.getByRole("form", { name: "New territory" });
    await territory.getByLabel("Region").selectOption({ label: "EAST · East China" });
    await territory.getByLabel("Code").fill("SH-1");
    await territory.getByLabel("Name").fill("Shanghai One");
    await territory.getByRole("button", { name: "Create" }).click();
    await page.getByRole("cell", { name: "Shanghai One" }).waitFor();

    await createUser("lead@company.example", "Lena Lead", "Manager", "SH-1 · Shanghai One");
    const repLink = await createUser("rep@company.example", "Rui Rep", "Sales rep", "SH-1 · Shanghai One");
    expect(repLink).toContain("#/set-password?token=bps_");
    await page.getByRole("row").filter({ hasText: "Shanghai One" }).filter({ hasText: "Rui Rep" }).filter({ hasText: "Lena Lead" }).waitFor();

    // There is no customer form yet: the admin's own session creates it through the API.
    const token = await page.evaluate(() => (JSON.parse(localStorage.getItem("beatplan.session") ?? "{}") as { token: string }).token);
    const territoryId = await page.evaluate(async (bearer) => {
      const response = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query: "{ territories { id code } }" }) });
      const body = (await response.json()) as { data: { territories: { id: string; code: string }[] } };
      return body.data.territories.find((row) => row.code === "SH-1")?.id ?? "";
    }, token);
    const created = await page.evaluate(
      async ({ bearer, territory }) => {
        const response = await fetch("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
          body: JSON.stringify({
            query: "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { userErrors { message } } }",
            variables: { input: { code: "SH1-0001", name: "Jing'an Corner Store", type: "RETAIL", territoryId: territory } },
          }),
        });
        return (await response.json()) as { data: { createCustomer: { userErrors: unknown[] } } };
      },
      { bearer: token, territory: territoryId },
    );
    expect(created.data.createCustomer.userErrors).toEqual([]);

    const loggedOut = page.waitForResponse((response) => response.url().endsWith("/graphql") && (response.request().postData() ?? "").includes("mutation Logout"));
    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByText("You have been signed out.").waitFor();
    await loggedOut;
    // The admin's token no longer works once signed out.
    const afterLogout = await page.evaluate(async (bearer) => {
      const response = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query: "{ me { email } }" }) });
      return ((await response.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
    }, token);
    expect(afterLogout).toBe("UNAUTHENTICATED");

    await page.goto(repLink.replace(/^https?:\/\/[^/]+/, server.url));
    await page.getByRole("heading", { name: "Set your password" }).waitFor();
    await page.getByLabel("New password").fill("rui-rep-secret-2026");
    await page.getByLabel("Repeat the password").fill("rui-rep-secret-2026");
    await page.getByRole("button", { name: "Set password and sign in" }).click();
    await page.getByRole("button", { name: "Log out" }).waitFor();
    await page.getByRole("table").waitFor();
    const codes = await page.locator("tbody tr td:first-child").allTextContents();
    expect(codes).toEqual(["SH1-0001"]);
  }, 180_000);
});
