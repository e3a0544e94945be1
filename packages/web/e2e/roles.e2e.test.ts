import { SignJWT } from "jose";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type TestBrowser } from "./browser.ts";
import { startBeatplanServer, type RunningServer } from "./start-server.ts";

const password = "beatplan-demo";

let server: RunningServer;
let browser: TestBrowser;
let page: Page;

/** An HS256 sign-in token as the API issues it for the user's session, valid for `seconds` from the server's clock. */
function shortLivedToken(userId: string, sessionId: string, secret: string, seconds: number): Promise<string> {
  const issuedAt = Math.floor(server.clock().getTime() / 1000);
  return new SignJWT({ sid: sessionId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(userId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + seconds)
    .sign(new TextEncoder().encode(secret));
}

async function signIn(email: string, secret = password): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(secret);
  // Waits for the API's answer, so that consecutive attempts are counted one after another.
  const answered = page.waitForResponse((response) => response.url().endsWith("/graphql") && (response.request().postData() ?? "").includes("mutation Login"));
  await page.getByRole("button", { name: "Sign in" }).click();
  await answered;
}

async function customerTotal(): Promise<number> {
  await page.getByRole("table").waitFor();
  return Number(((await page.locator(".customer-total").textContent()) ?? "").replace(/\D/g, ""));
}

async function signOut(): Promise<void> {
  await page.getByRole("button", { name: "Log out" }).click();
  await page.getByText("You have been signed out.").waitFor();
}

beforeAll(async () => {
  server = await startBeatplanServer();
  browser = await launchBrowser({ clock: server.clock });
  page = browser.page;
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("each role sees its own part in Chromium", () => {
  it("shows the Demo-T1 rep only their 20 customers", async () => {
    await signIn("rep.demo-t1@beatplan.test");
    expect(await customerTotal()).toBe(20);
    const codes = await page.locator("tbody tr td:first-child").allTextContents();
    expect(codes).toHaveLength(20);
    expect(codes.every((code) => /^DEMO-\d\d$/.test(code.trim()))).toBe(true);
    expect(await page.getByRole("link", { name: "Sales import" }).count()).toBe(0);
    await signOut();
  });

  it("shows a manager the territory they manage", async () => {
    await signIn("manager.demo-t1@beatplan.test");
    expect(await customerTotal()).toBe(20);
    const territories = new Set(await page.locator("tbody tr td:nth-child(5)").allTextContents());
    expect([...territories].every((name) => name.includes("Demo-T1"))).toBe(true);
    expect(await page.getByRole("link", { name: "Sales import" }).count()).toBe(1);
    await signOut();

    await signIn("manager.sh-pd@beatplan.test");
    expect(await customerTotal()).toBe(400);
    const codes = await page.locator("tbody tr td:first-child").allTextContents();
    expect(codes.every((code) => code.trim().startsWith("SH-PD-"))).toBe(true);
    await signOut();
  });

  it("shows a rep another rep's customer of their territory with credit data and personal data withheld", async () => {
    await signIn("rep.2.sh-pd@beatplan.test");
    expect(await customerTotal()).toBe(400);
    await page.getByRole("searchbox", { name: "Search code or name" }).fill("SH-PD-0001");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "SH-PD-0001" }).click();
    await page.getByRole("heading", { level: 1, name: /SH-PD-0001/ }).waitFor();
    await page.getByText(/^Withheld: credit data is visible only to admins/).waitFor();
    await page.getByText(/^Phone, birthday and interests are withheld/).waitFor();
    await page.getByRole("link", { name: "Customers", exact: true }).click();
    await signOut();
  });

  it("returns to the login screen with a message when the session expires", async () => {
    await signIn("rep.demo-t1@beatplan.test");
    await customerTotal();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("beatplan.session") ?? "{}") as { token: string; user: { id: string } });
    const uuid = Buffer.from(stored.user.id, "base64").toString("utf8").split(":")[1] ?? "";
    // The same session as the real sign-in, which stays open: only the token's expiry differs.
    const sessionId = (JSON.parse(Buffer.from(stored.token.split(".")[1] ?? "", "base64url").toString("utf8")) as { sid: string }).sid;
    const token = await shortLivedToken(uuid, sessionId, server.authSecret, 4);
    await page.evaluate((shortLived) => {
      const stored = JSON.parse(localStorage.getItem("beatplan.session") ?? "{}") as { user?: unknown };
      localStorage.setItem("beatplan.session", JSON.stringify({ token: shortLived, user: stored.user }));
    }, token);
    await page.reload();
    expect(await customerTotal()).toBe(20);

    await page.getByText("Your session has expired or is no longer valid. Please sign in again.").waitFor({ timeout: 15_000 });
    expect(await page.getByRole("button", { name: "Sign in" }).isVisible()).toBe(true);
    // The API refuses the token too, not only the browser.
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ me { email } }" }),
    });
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe("the sign-in token has expired; sign in again");
  });

  it("says a password is wrong, and that the account is locked after five failures", async () => {
    await signIn("rep.4.sh-ja@beatplan.test", "wrong-password");
    await page.getByText("Email or password is incorrect.").waitFor();
    for (let attempt = 2; attempt <= 5; attempt += 1) await signIn("rep.4.sh-ja@beatplan.test", `wrong-password-${attempt}`);
    await signIn("rep.4.sh-ja@beatplan.test");
    await page.getByText("Too many failed sign-ins. Please wait 15 minutes and try again.").waitFor();
  });
});
