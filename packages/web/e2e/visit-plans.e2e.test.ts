import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webRoot } from "./build-web.ts";
import { launchBrowser, type TestBrowser } from "./browser.ts";
import { startBeatplanServer, type RunningServer } from "./start-server.ts";

const screensDir = join(webRoot, "test-results", "visit-plans");

let server: RunningServer;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  server = await startBeatplanServer();
  browser = await launchBrowser({ clock: server.clock, webgl: true, viewport: { width: 1400, height: 1000 } });
  page = browser.page;
  await mkdir(screensDir, { recursive: true });
  console.info(`visit-plan screenshots: ${screensDir}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Reads the progress bar every 50 ms until the job is done: what the user saw move. */
async function watchProgress(): Promise<{ fractions: number[]; statuses: string[] }> {
  const seen = { fractions: [] as number[], statuses: [] as string[] };
  const bar = page.getByRole("progressbar", { name: "Share of the solve time used" });
  const status = page.locator(".visit-job-status");
  await bar.waitFor();
  for (let attempt = 0; attempt < 600; attempt++) {
    const [value, text] = await Promise.all([bar.getAttribute("value"), status.textContent()]);
    seen.fractions.push(Number(value));
    seen.statuses.push(text ?? "");
    if (text === "Done" || text === "Failed" || text === "Cancelled") break;
    await page.waitForTimeout(50);
  }
  return seen;
}

describe("visit plans in Chromium against the real server", () => {
  it("generates Demo-T1's plan with live progress and shows the worked example's cycle in the calendar", async () => {
    await page.goto(server.url);
    await page.getByLabel("Email").fill("manager.demo-t1@beatplan.test");
    await page.getByLabel("Password").fill("beatplan-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Visit plans" }).click();
    await page.getByLabel("Territory", { exact: true }).selectOption("Demo-T1");
    await page.getByLabel("Solve time (seconds)").fill("3");
    await page.getByRole("button", { name: "Generate plan" }).click();

    const progress = await watchProgress();
    expect(progress.statuses.at(-1)).toBe("Done");
    // The bar moved while the solver ran: pushed over the subscription, not only at the end.
    expect(progress.statuses).toContain("Running");
    expect(progress.fractions.some((fraction) => fraction > 0 && fraction < 1)).toBe(true);
    expect(progress.fractions.at(-1)).toBe(1);
    await page.getByText(/Best cost so far: [\d,.]+/).waitFor();

    // Worked example B: two weeks of Mon–Sat; A customers every day, B twice a week, C once.
    const calendar = page.locator("table.visit-calendar");
    await calendar.waitFor();
    expect(await calendar.locator("thead th").allTextContents()).toEqual(["Day", "Week 1", "Week 2"]);
    expect(await calendar.locator("tbody th").allTextContents()).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
    const perCell = await calendar.locator("tbody td").evaluateAll((cells) => cells.map((cell) => cell.querySelectorAll(".visit-stops li").length));
    expect(perCell).toHaveLength(12);
    expect(perCell.reduce((sum, count) => sum + count, 0)).toBe(90);
    // A every working day: each cell lists DEMO-01 … DEMO-05.
    const aPerCell = await calendar.locator("tbody td").evaluateAll((cells) => cells.map((cell) => [...cell.querySelectorAll(".visit-stops li")].filter((item) => /^DEMO-0[1-5]$/.test(item.getAttribute("data-customer") ?? "")).length));
    expect(aPerCell).toEqual(Array.from({ length: 12 }, () => 5));
    const counts = Object.fromEntries(
      await page.locator("table.visit-counts tbody tr").evaluateAll((rows) => rows.map((row) => [row.getAttribute("data-customer"), Number(row.lastElementChild?.textContent)])),
    ) as Record<string, number>;
    for (let number = 1; number <= 20; number++) {
      const code = `DEMO-${String(number).padStart(2, "0")}`;
      expect(counts[code], code).toBe(number <= 5 ? 12 : number <= 10 ? 4 : 1);
    }
    // Every day fits: no red load bar, and the plan says so.
    expect(await calendar.locator('.load-bar[data-over="true"]').count()).toBe(0);
    await page.getByText("Every visit fits every working day.").waitFor();
    // The demo starts with an active plan for Demo-T1: the new one says how many of its visits moved.
    await page.getByText(/^(No visit moved|1 visit moved|\d+ visits moved) against the active plan\.$/).waitFor();
    // Keyboard: the map button of a day is reachable and its label names the day.
    const wednesday = calendar.getByRole("button", { name: /^Show the route of Wed, week 1 .* on the map$/ });
    await wednesday.focus();
    await page.screenshot({ path: join(screensDir, "calendar.png"), fullPage: true });

    // The route map of that day: GeoJSON only, drawn by WebGL (SwiftShader), no tile server.
    await page.keyboard.press("Enter");
    const canvas = page.locator(".route-map-canvas");
    await expect.poll(() => canvas.getAttribute("data-rendered-stops"), { timeout: 20_000 }).not.toBeNull();
    const wednesdayStops = perCell[4]!;
    expect(Number(await canvas.getAttribute("data-rendered-stops"))).toBe(wednesdayStops);
    expect(Number(await canvas.getAttribute("data-rendered-routes"))).toBeGreaterThanOrEqual(1);
    // The demo rep's start (their work profile) is drawn too.
    expect(await canvas.getAttribute("data-rendered-start")).toBe("1");
    expect(await page.locator(".route-map-number").allTextContents()).toEqual(Array.from({ length: wednesdayStops }, (_, index) => String(index + 1)));
    // The canvas holds drawn pixels beyond the plain background.
    const drawn = await page.locator(".route-map-canvas canvas").evaluate((element) => {
      const source = element as HTMLCanvasElement;
      const copy = document.createElement("canvas");
      copy.width = source.width;
      copy.height = source.height;
      const context = copy.getContext("2d")!;
      context.drawImage(source, 0, 0);
      const pixels = context.getImageData(0, 0, copy.width, copy.height).data;
      let coloured = 0;
      for (let index = 0; index < pixels.length; index += 4) {
        const [red, green, blue] = [pixels[index]!, pixels[index + 1]!, pixels[index + 2]!];
        if (Math.abs(red - 0xee) + Math.abs(green - 0xf1) + Math.abs(blue - 0xf4) > 60) coloured++;
      }
      return coloured;
    });
    expect(drawn).toBeGreaterThan(500);
    await page.locator(".visit-map").scrollIntoViewIfNeeded();
    await page.locator(".visit-map").screenshot({ path: join(screensDir, "map.png") });

    // The print-friendly route sheet of that day lists its stops in order.
    await calendar.getByRole("link", { name: /^Print-friendly route sheet of Wed, week 1 / }).click();
    const sheet = page.locator("table.route-sheet-table");
    await sheet.waitFor();
    expect(await sheet.locator("tbody tr td:first-child").allTextContents()).toEqual(Array.from({ length: wednesdayStops }, (_, index) => String(index + 1)));
    await page.screenshot({ path: join(screensDir, "route-sheet.png"), fullPage: true });
    await page.goBack();
    await calendar.waitFor();

    // Dragging an A customer onto a day it is already visited on is refused, shown in that day's cell.
    const cell = (week: number, weekday: number) => calendar.locator(`td[data-week="${week}"][data-weekday="${weekday}"]`);
    await cell(1, 1).locator('li[data-customer="DEMO-01"]').dragTo(cell(1, 2).locator(".visit-day"));
    await expect.poll(() => cell(1, 2).getByRole("alert").textContent()).toMatch(/^Not moved: /);
    expect(await cell(1, 1).locator('li[data-customer="DEMO-01"]').count()).toBe(1);

    // With the keyboard: pick a C customer's visit up and put it on Wednesday of week 1.
    const cVisit = calendar.locator("td:not([data-weekday='3']) li").filter({ has: page.locator(".class-badge-c") }).first();
    const cCode = (await cVisit.getAttribute("data-customer"))!;
    await cVisit.getByRole("button").focus();
    await page.keyboard.press("Enter");
    await cell(1, 3).getByRole("button", { name: `Move ${cCode} here` }).focus();
    await page.keyboard.press("Enter");
    await cell(1, 3).locator(`li[data-customer="${cCode}"]`).waitFor();
    expect(await calendar.locator(`li[data-customer="${cCode}"]`).count()).toBe(1);
    expect(await cell(1, 3).locator(`li[data-customer="${cCode}"] .visit-stop-locked`).count()).toBe(1);

    // Activation writes the planned visits and makes the plan the territory's active one.
    await page.getByRole("button", { name: "Activate plan" }).click();
    await page.getByText(/^Active: \d+ planned visits written for the coming weeks\.$/).waitFor();
    await expect.poll(() => page.locator(".visit-plan-status").textContent()).toBe("Active");
    await page.screenshot({ path: join(screensDir, "activated.png"), fullPage: true });
  });
});
