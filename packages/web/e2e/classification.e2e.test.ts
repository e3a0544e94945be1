import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webRoot } from "./build-web.ts";
import { launchBrowser, type TestBrowser } from "./browser.ts";
import { startBeatplanServer, type RunningServer } from "./start-server.ts";

const resultsDir = join(webRoot, "test-results");

let server: RunningServer;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  server = await startBeatplanServer();
  browser = await launchBrowser({ clock: server.clock });
  page = browser.page;
  await mkdir(resultsDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Calls the API with the signed-in user's token, as the app itself would. */
async function graphqlAsViewer(query: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  return page.evaluate(
    async ({ query, variables }) => {
      const session = JSON.parse(localStorage.getItem("beatplan.session") ?? "{}") as { token?: string };
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${session.token ?? ""}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as Record<string, any>;
    },
    { query, variables },
  );
}

describe("customer classification in Chromium against the real server", () => {
  it("shows the demo classes at start, previews a policy change, applies it and records the history", async () => {
    await page.goto(server.url);
    await page.getByLabel("Email").fill("manager.demo-t1@beatplan.test");
    await page.getByLabel("Password").fill("beatplan-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Classification" }).click();

    // Loading the demo data applied Demo-T1's policy (Pareto 40/40/20): 5 A, 5 B, 10 C and nothing to change.
    const chart = page.getByRole("img", { name: /Pareto chart of 20 customers/ });
    await chart.waitFor();
    expect(await chart.locator('rect[data-class="A"]').count()).toBe(5);
    expect(await chart.locator('rect[data-class="B"]').count()).toBe(5);
    expect(await chart.locator('rect[data-class="C"]').count()).toBe(10);
    expect(await chart.locator(".pareto-marker text").allTextContents()).toEqual(["A up to 40%", "B up to 80%"]);
    await page.getByText("Every customer already has the class the policy gives.").waitFor();

    // The manager switches Demo-T1 to the 80/15/5 split.
    const changed = await graphqlAsViewer(
      `mutation($input: SetClassificationPolicyInput!) { setClassificationPolicy(input: $input) { policy { version } userErrors { message } } }`,
      {
        input: {
          territoryId: (await graphqlAsViewer(`{ territories { id code } }`, {})).data.territories.find((territory: { code: string }) => territory.code === "Demo-T1").id,
          expectedVersion: 1,
          method: "PARETO",
          periodMonths: 3,
          paretoShares: { a: 80, b: 15, c: 5 },
          visitStandardName: "A daily, B twice a week, C fortnightly",
          visitCycle: { weeks: 2, workingDaysPerWeek: 6 },
          visitRequirements: [
            { class: "A", kind: "ON_SITE", visitor: "REP", visitsPerCycle: 12, minutesPerVisit: 30 },
            { class: "B", kind: "ON_SITE", visitor: "REP", visitsPerCycle: 4, minutesPerVisit: 25 },
            { class: "C", kind: "ON_SITE", visitor: "REP", visitsPerCycle: 1, minutesPerVisit: 20 },
          ],
        },
      },
    );
    expect(changed.data.setClassificationPolicy).toEqual({ policy: { version: 2 }, userErrors: [] });

    await page.reload();
    await page.getByText("10 of 20 customers would change class.").waitFor();
    const diff = page.locator("table.class-diff");
    expect(await diff.locator("tbody tr").count()).toBe(10);
    const firstChange = diff.locator("tbody tr").first();
    expect(await firstChange.textContent()).toContain("DEMO-06");
    expect(await firstChange.locator(".class-badge").allTextContents()).toEqual(["B", "A"]);
    expect(await firstChange.locator(".reason").textContent()).toMatch(/^Pareto 80\/15\/5 over \d{4}-\d{2}\.\.\d{4}-\d{2}: rank 6 of 20/);
    await page.screenshot({ path: join(resultsDir, "classification-preview.png"), fullPage: true });

    // Issue 11 item 7: the first click only shows what will change, counted per from → to.
    await page.getByRole("button", { name: "Apply classification" }).click();
    const confirmation = page.getByRole("region", { name: "Apply this classification?" });
    await confirmation.waitFor();
    const transitions = await confirmation.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll(".class-badge")].map((badge) => badge.textContent).join("→") + " " + row.querySelector(".numeric")?.textContent));
    expect(transitions.reduce((sum, line) => sum + Number(line.split(" ")[1]), 0)).toBe(10);
    // DEMO-06 (B) moves up to A, as the diff above shows.
    expect(transitions.some((line) => line.startsWith("B→A "))).toBe(true);
    await page.getByRole("button", { name: "Cancel" }).click();
    expect(await page.getByText("10 of 20 customers would change class.").count()).toBe(1);
    await page.getByRole("button", { name: "Apply classification" }).click();
    await page.getByRole("button", { name: "Confirm: apply 10 changes" }).click();
    await page.getByText("Applied: 10 customers changed class.").waitFor();
    await page.getByText("Every customer already has the class the policy gives.").waitFor();
    expect(await chart.locator('rect[data-class="A"]').count()).toBe(10);

    await page.goto(`${server.url}/#/customers?search=DEMO-06`);
    await page.getByRole("link", { name: "DEMO-06" }).click();
    const history = page.locator("table.class-history");
    await history.waitFor();
    const latest = history.locator("tbody tr").first();
    expect(await latest.locator(".class-badge").allTextContents()).toEqual(["B", "A"]);
    expect(await latest.locator(".reason").textContent()).toContain("Pareto 80/15/5");
    const managerName = await page.evaluate(() => (JSON.parse(localStorage.getItem("beatplan.session") ?? "{}") as { user?: { name?: string } }).user?.name ?? "");
    expect(await latest.locator("td").last().textContent()).toBe(managerName);
    // The entry written while loading the demo data was made by the system.
    expect(await history.locator("tbody tr").last().locator("td").last().textContent()).toBe("System");
    // Issue 11 item 6: in Chinese the reason is worded from its figures, with no English server text.
    await page.getByLabel("Language").selectOption("zh-CN");
    await expect.poll(() => latest.locator(".reason").textContent()).toMatch(/^帕累托 80\/15\/5，\d{4}-\d{2} 至 \d{4}-\d{2}：排名 6\/20，月均 /);
    expect(await latest.locator(".reason").textContent()).not.toMatch(/Pareto|rank|average|months|customers|below/);
    await page.getByLabel("语言").selectOption("en");
    await page.getByRole("heading", { level: 2, name: "Class" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, "classification-history.png"), fullPage: true });
  });
});
