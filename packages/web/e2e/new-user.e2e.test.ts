import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type TestBrowser } from "./browser.ts";
import { startBeatplanServer, type RunningServer } from "./start-server.ts";

// Regression tests in Chromium for what a new user hit (issue 11), on a phone and on a desktop.
let server: RunningServer;
let phone: TestBrowser;
let page: Page;

beforeAll(async () => {
  server = await startBeatplanServer();
  phone = await launchBrowser({ clock: server.clock, viewport: { width: 390, height: 844 } });
  page = phone.page;
});

afterAll(async () => {
  await phone?.close();
  await server?.stop();
});

async function signIn(on: Page, email: string): Promise<void> {
  await on.goto(server.url);
  await on.getByLabel("Email").fill(email);
  await on.getByLabel("Password").fill("beatplan-demo");
  await on.getByRole("button", { name: "Sign in" }).click();
  await on.getByRole("button", { name: "Log out" }).waitFor();
}

/** Right edge of an element in CSS pixels. */
async function rightEdge(on: Page, selector: string): Promise<number> {
  const box = await on.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return box.x + box.width;
}

const pageWidth = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth);

describe("a new user on a 390 px phone", () => {
  it("item 10: keeps the language switch and Log out on screen and the page as wide as the phone", async () => {
    await signIn(page, "rep.demo-t1@beatplan.test");
    await page.getByRole("table").waitFor();
    expect(await rightEdge(page, ".language-switch select")).toBeLessThanOrEqual(390);
    expect(await rightEdge(page, ".app-header-tools button")).toBeLessThanOrEqual(390);
    // The customer table scrolls inside its box instead of widening the page.
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await page.getByRole("link", { name: "Business plans" }).click();
    await page.getByRole("heading", { level: 1, name: "Business plans" }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  });

  it("item 11: does not offer a rep the approval queue or the sales import when the URL is typed", async () => {
    for (const hash of ["#/sales-import", "#/approvals"]) {
      await page.goto(`${server.url}/${hash}`);
      await page.getByRole("heading", { level: 1, name: "Not available for your role" }).waitFor();
      expect(await page.locator('input[type="file"]').count()).toBe(0);
      expect(await page.getByRole("heading", { name: "Approval queue" }).count()).toBe(0);
    }
  });

  it("item 4: catches a malformed amount in the form, highlights it and sends nothing", async () => {
    await page.goto(`${server.url}/#/plans/new`);
    await page.getByLabel("Find customer").fill("DEMO-02");
    const customer = page.locator('select[name="customer"]');
    await expect.poll(() => customer.locator("option").count(), { timeout: 15_000 }).toBe(2);
    await customer.selectOption({ index: 1 });
    await page.locator('input[name="targetAmount"]').fill("abc");
    const sent: string[] = [];
    page.on("request", (request) => {
      if ((request.postData() ?? "").includes("mutation CreateBusinessPlan")) sent.push(request.url());
    });
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect.poll(() => page.locator('input[name="targetAmount"]').getAttribute("aria-invalid"), { timeout: 15_000 }).toBe("true");
    await page.getByText('Enter a number such as 1234.50 (got "abc").').first().waitFor();
    expect(await page.getByText(/Variable "\$input"|content\.targetAmount/).count()).toBe(0);
    expect(sent).toEqual([]);
  });

  it("item 1: revises a plan with a promotion, lowering its budget", async () => {
    await page.locator('input[name="targetVolume"]').fill("100");
    await page.locator('input[name="targetAmount"]').fill("10000");
    await page.locator('input[aria-label^="Volume of store"]').first().fill("100");
    await page.locator('input[aria-label^="Amount of store"]').first().fill("10000");
    await page.getByRole("button", { name: "Add promotion" }).click();
    await page.locator('input[name="promotion-type-0"]').fill("end-cap display");
    await page.locator('input[name="promotion-budget-0"]').fill("600000");
    await page.getByRole("button", { name: "Save draft" }).click();
    // Either the saved plan or the problems that kept it from saving, which then fail the test with their text.
    await page.locator(".plan-detail h1 .status-chip, .user-errors").first().waitFor({ timeout: 15_000 });
    expect(await page.locator(".user-errors").allTextContents()).toEqual([]);
    const status = page.locator(".plan-detail h1 .status-chip");
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe("Draft");

    await page.getByRole("link", { name: "Revise" }).click();
    await page.locator('input[name="promotion-budget-0"]').fill("6000");
    await page.locator('input[name="changeNote"]').fill("smaller budget");
    await page.getByRole("button", { name: "Save new revision" }).click();
    await expect.poll(() => page.getByText("Current revision 2").count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByText(/__typename/).count()).toBe(0);
  });
});

describe("an administrator at 1400 px", () => {
  it("item 10: keeps the whole header on one row", async () => {
    const desktop = await launchBrowser({ clock: server.clock, viewport: { width: 1400, height: 900 } });
    try {
      await signIn(desktop.page, "admin@beatplan.test");
      const rows = await desktop.page.locator(".app-header a, .app-header select, .app-header button").evaluateAll((elements) =>
        elements.map((element) => {
          const box = element.getBoundingClientRect();
          return Math.round(box.top + box.height / 2);
        }),
      );
      expect(rows.length).toBeGreaterThan(6);
      expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(6);
    } finally {
      await desktop.close();
    }
  });
});
