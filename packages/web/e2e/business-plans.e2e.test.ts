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

async function signIn(email: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("beatplan-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Log out" }).waitFor();
}

async function signOut(): Promise<void> {
  await page.getByRole("button", { name: "Log out" }).click();
  await page.getByRole("button", { name: "Sign in" }).waitFor();
}

function planStatus() {
  return page.locator(".plan-detail h1 .status-chip");
}

describe("business plans in Chromium against the real server", () => {
  let planUrl = "";

  it("lets a rep draft a plan beyond their authority and propose it to the customer", async () => {
    await page.goto(server.url);
    await signIn("rep.demo-t1@beatplan.test");
    await page.getByRole("link", { name: "Business plans" }).click();
    await page.getByRole("heading", { level: 1, name: "Business plans" }).waitFor();
    await page.getByRole("link", { name: "New plan" }).click();

    await page.getByLabel("Find customer").fill("DEMO-02");
    // The label's accessible name includes the chosen option, so the select is found by name.
    const customer = page.locator('select[name="customer"]');
    await expect.poll(() => customer.locator("option").count(), { timeout: 15_000 }).toBe(2);
    await customer.selectOption({ index: 1 });
    await page.locator('input[aria-label^="Amount of store"]').first().waitFor();

    await page.locator('input[name="companyTargetVolume"]').fill("120");
    await page.locator('input[name="companyTargetAmount"]').fill("12000");
    await page.locator('input[name="targetVolume"]').fill("100");
    await page.locator('input[name="targetAmount"]').fill("10000");
    await page.locator('input[name="forecastVolume"]').fill("95");
    await page.locator('input[name="forecastAmount"]').fill("9500");
    await page.locator('input[aria-label^="Volume of store"]').first().fill("100");
    await page.locator('input[aria-label^="Amount of store"]').first().fill("10000");
    await page.getByRole("button", { name: "Add promotion" }).click();
    await page.locator('input[name="promotion-type-0"]').fill("end-cap display");
    await page.locator('input[name="promotion-budget-0"]').fill("12000");
    await page.getByLabel("Expected uplift (%)").fill("10");
    await page.getByRole("button", { name: "Save draft" }).click();

    await expect.poll(() => planStatus().textContent()).toBe("Draft");
    planUrl = page.url();
    await page.getByRole("button", { name: "Propose to customer" }).click();
    await expect.poll(() => planStatus().textContent()).toBe("Proposed");
    await page.getByText("The promotion budget is beyond your authority limit").waitFor();
    expect(await page.getByRole("button", { name: "Customer confirmed" }).count()).toBe(0);
    await signOut();
  });

  it("lets the territory's manager approve it from the approval queue", async () => {
    await signIn("manager.demo-t1@beatplan.test");
    await page.getByRole("link", { name: "Approvals" }).click();
    await page.getByRole("heading", { level: 1, name: "Approval queue" }).waitFor();
    await page.getByRole("row", { name: /DEMO-02/ }).getByRole("link", { name: "Review and decide" }).click();
    await expect.poll(() => planStatus().textContent()).toBe("Proposed");
    await page.getByRole("button", { name: "Approve" }).click();
    await expect.poll(() => planStatus().textContent()).toBe("Approved");
    await signOut();
  });

  it("lets the rep confirm the approved plan and record the first week", async () => {
    await signIn("rep.demo-t1@beatplan.test");
    await page.goto(planUrl);
    await page.getByRole("button", { name: "Customer confirmed" }).click();
    await expect.poll(() => planStatus().textContent()).toBe("Confirmed");

    await page.locator('input[aria-label^="Actual volume of store"]').first().fill("30");
    await page.locator('input[aria-label^="Actual amount of store"]').first().fill("2600");
    await page.getByRole("button", { name: "Record week" }).click();
    await expect.poll(() => planStatus().textContent()).toBe("Tracking");
    await expect.poll(() => page.locator(".tracking-chart .actual-point").count()).toBe(1);
    expect(await page.locator(".plan-summary .completion-label").textContent()).toBe("26 %");

    const events = await page.locator(".timeline-item strong").allTextContents();
    expect(events).toEqual(["Created", "Proposed to the customer", "Approved by manager", "Confirmed by the customer", "Progress recorded"]);
    await page.screenshot({ path: join(resultsDir, "business-plan.png"), fullPage: true });
    // Issue 11 item 6: the progress note is worded from its figures in the reader's language
    // (the form offers the latest week begun: week 3 on the test clock's 18th).
    const progressNote = page.locator(".timeline-record_progress .timeline-note");
    expect(await progressNote.textContent()).toBe("Week 3: amount to date 2,600.00, volume to date 30");
    await page.getByLabel("Language").selectOption("zh-CN");
    await expect.poll(() => progressNote.textContent()).toBe("第3周：累计实际金额 2,600.00，累计实际销量 30");
    await page.getByLabel("语言").selectOption("en");
    await page.getByRole("button", { name: "Record week" }).waitFor();

    await page.getByRole("link", { name: "← Plans of the month" }).click();
    // The detail page's store rows also name DEMO-02: wait for the list page before looking up its row.
    await page.waitForURL(/#\/plans(\?|$)/);
    await page.getByRole("heading", { level: 1, name: "Business plans" }).waitFor();
    await page.getByRole("row", { name: /DEMO-02/ }).waitFor();
    await page.screenshot({ path: join(resultsDir, "business-plan-list.png"), fullPage: true });
  });

  it("shows last month's closed plan with its review and the changes between its revisions, also in Chinese", async () => {
    const month = await page.locator('input[type="month"]').inputValue();
    const [year, number] = month.split("-").map(Number) as [number, number];
    const lastMonth = number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, "0")}`;
    await page.locator('input[type="month"]').fill(lastMonth);
    await page.getByRole("row", { name: /DEMO-01/ }).getByRole("link").click();
    await expect.poll(() => planStatus().textContent()).toBe("Closed");
    await page.getByRole("heading", { level: 2, name: "Monthly business review (form 10)" }).waitFor();
    const diffRows = page.locator(".diff-table tbody tr");
    await expect.poll(() => diffRows.count()).toBeGreaterThan(3);
    // Issue 11 item 14: labels and formatted numbers, not "targetAmount" and "18000.00".
    expect(await diffRows.filter({ has: page.locator("th", { hasText: /^Target amount$/ }) }).locator("td").allTextContents()).toEqual(["18,000.00", "17,100.00"]);
    expect(await page.locator(".diff-table").textContent()).not.toMatch(/storeTargets|companyTarget/);
    await page.screenshot({ path: join(resultsDir, "business-plan-closed.png"), fullPage: true });

    await page.getByLabel("Language").selectOption("zh-CN");
    await page.getByRole("heading", { level: 2, name: "月度生意回顾（客代10）" }).waitFor();
    await page.screenshot({ path: join(resultsDir, "business-plan-closed-zh.png"), fullPage: true });
    await page.getByLabel("语言").selectOption("en");
  });
});
