import { defineConfig } from "vitest/config";

// The browser test: builds the app if needed, starts the real API server with
// demo data and drives headless Chromium through it. Kept apart from the jsdom
// project because it needs a build, a database and a browser.
export default defineConfig({
  test: {
    name: "web-e2e",
    include: ["e2e/**/*.e2e.test.ts"],
    environment: "node",
    globalSetup: ["e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One server and one browser are plenty for a 2-core machine.
    fileParallelism: false,
  },
});
