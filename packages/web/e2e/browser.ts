import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless Chromium on a fresh profile, with its clock at the server's. */
export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Options of {@link launchBrowser}. */
export interface LaunchOptions {
  /** Where the page's clock starts: the server's clock, so that both agree on today. */
  clock: () => Date;
  locale?: string;
  viewport?: { width: number; height: number };
  /** WebGL through SwiftShader (software rendering; headless Chromium has no GPU), for the route map. */
  webgl?: boolean;
}

// Without a GPU, Chromium offers WebGL only through SwiftShader, and only when told it may.
const webglArgs = ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"];

/**
 * Starts Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) headless on a new profile
 * directory. The page's clock starts at the server's clock (which started at the test clock,
 * BEATPLAN_NOW) and runs from there, so the browser and the API agree on today and on token
 * expiry whatever the machine's date.
 */
export async function launchBrowser(options: LaunchOptions): Promise<TestBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), "beatplan-chromium-"));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    locale: options.locale ?? "en-US",
    viewport: options.viewport ?? { width: 1280, height: 900 },
    // Without the background-networking flags Chromium keeps calling hosts this closed network refuses.
    args: [
      "--headless",
      "--no-sandbox",
      ...(options.webgl ? webglArgs : ["--disable-gpu"]),
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
  await context.clock.install({ time: options.clock() });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
