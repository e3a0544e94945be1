import { defineConfig } from "vitest/config";

// Component tests in jsdom; the browser end-to-end test has its own project
// (vitest.e2e.config.ts) because it needs a build, a server and Chromium.
export default defineConfig({
  test: {
    name: "web",
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "jsdom",
    setupFiles: ["src/testing/setup.ts"],
  },
});
