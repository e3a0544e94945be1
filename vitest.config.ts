import { defineConfig } from "vitest/config";

// One test command for the whole workspace: each package is a vitest project.
export default defineConfig({
  test: {
    projects: ["packages/domain", "packages/api", "packages/web", "packages/web/vitest.e2e.config.ts"],
    reporters: ["default", "./scripts/vitest-summary-reporter.ts"],
  },
});
