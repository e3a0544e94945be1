import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webRoot } from "./build-web.ts";
import { testLastCompleteMonth, testMonth } from "@beatplan/domain/testing";
import { launchBrowser, type TestBrowser } from "./browser.ts";
import { startBeatplanServer, type RunningServer } from "./start-server.ts";

const screenshotPath = join(webRoot, "test-results", "customers.png");

let server: RunningServer;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  server = await startBeatplanServer();
  browser = await launchBrowser({ clock: server.clock });
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the admin app in Chromium against the real server", () => {
  it("signs in, lists, searches and opens a customer", async () => {
    await page.goto(server.url);

    await page.getByLabel("Email").fill("admin@beatplan.test");
    await page.getByLabel("Password").fill("beatplan-demo");
    await page.getByRole("button", { name: "Sign in" }).click();

    const table = page.getByRole("table");
    await table.waitFor();
    const totalText = await page.locator(".customer-total").textContent();
    const total = Number((totalText ?? "").replace(/\D/g, ""));
    // Demo data: 20 customers in Demo-T1 plus 3 generated territories of 400.
    expect(total).toBeGreaterThan(25);
    expect(await table.locator("tbody tr").count()).toBe(25);

    await page.getByRole("button", { name: "Next page" }).click();
    await page.getByText("Page 2").waitFor();
    await page.getByRole("button", { name: "Previous" }).click();
    await page.getByText("Page 1").waitFor();

    await mkdir(join(webRoot, "test-results"), { recursive: true });
    await page.screenshot({ path: join(webRoot, "test-results", "customer-list.png"), fullPage: true });

    await page.getByRole("searchbox", { name: "Search code or name" }).fill("DEMO-01");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/search=DEMO-01/);
    await expect.poll(() => table.locator("tbody tr").count()).toBe(1);
    await page.getByRole("link", { name: "DEMO-01" }).click();

    await page.getByRole("heading", { level: 1, name: /DEMO-01/ }).waitFor();
    for (const section of ["Basic data", "Monthly sales", "Credit profile", "Operating profile", "Contacts", "Stores"]) {
      await page.getByRole("heading", { level: 2, name: section }).waitFor();
    }
    const chart = page.getByRole("img", { name: /Sales amount per month for/ });
    await chart.waitFor();
    expect(await chart.locator("rect").count()).toBe(12);

    await page.screenshot({ path: screenshotPath, fullPage: true });
  });

  it("imports a sales CSV: a bad row is reported at its line, a good file is counted", async () => {
    await page.getByRole("link", { name: "Sales import" }).click();
    const picker = page.getByLabel("CSV file");

    await picker.setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`customerCode,month,volume,amount,ourShare\nDEMO-01,${testMonth},10,1000,0.3\nNO-SUCH-CUSTOMER,${testMonth},1,1,\n`),
    });
    await page.getByRole("button", { name: "Import bad.csv" }).click();
    const rejected = page.getByRole("alert");
    await rejected.waitFor();
    expect(await rejected.locator("li").allTextContents()).toEqual(['Line 3: No customer has the code "NO-SUCH-CUSTOMER".']);

    await picker.setInputFiles({
      name: "good.csv",
      mimeType: "text/csv",
      // Semicolons and the header names the CLI accepts: the browser sends the file to the same import.
      buffer: Buffer.from(`customer_code;month;qty;amount;share\nDEMO-01;${testMonth};10;1000;0.3\nDEMO-02;${testLastCompleteMonth};12;1500.50;\n`),
    });
    await page.getByRole("button", { name: "Import good.csv" }).click();
    // The demo sales end with the last complete month: the current month is new, the previous one is replaced.
    await page.getByText("Import finished: 1 month inserted, 1 month updated.").waitFor();
  });

  it("switches to Chinese and keeps the choice after a reload", async () => {
    await page.getByLabel("Language").selectOption("zh-CN");
    await page.getByRole("link", { name: "客户", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "客户" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "客户" }).waitFor();
    await page.getByRole("table").waitFor();
    await page.screenshot({ path: join(webRoot, "test-results", "customer-list-zh.png") });
    await page.getByLabel("语言").selectOption("en");
  });

  it("returns to the login screen with a message when the token is rejected", async () => {
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem("beatplan.session") ?? "{}") as { user?: unknown };
      localStorage.setItem("beatplan.session", JSON.stringify({ token: "not-a-valid-token", user: stored.user }));
    });
    await page.reload();

    await page.getByText("Your session has expired or is no longer valid. Please sign in again.").waitFor();
    expect(await page.getByRole("button", { name: "Sign in" }).isVisible()).toBe(true);
  });
});
