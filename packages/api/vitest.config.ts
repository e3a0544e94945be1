import { createRequire } from "node:module";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

// swc (not esbuild) so that decorator metadata reaches type-graphql and MikroORM.
export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: "typescript", decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: "es2023",
      },
    }),
  ],
  resolve: {
    // graphql ships CJS (main) and ESM (module) builds; Node gives type-graphql and Apollo the CJS
    // one, so our own imports must get the same copy or instanceof checks on scalars fail.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }],
  },
  test: {
    name: "api",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    // One throwaway embedded PostgreSQL per run; each test file clones the migrated template database.
    globalSetup: ["test/global-setup.ts"],
    // Decorators read reflect-metadata as soon as an entity or GraphQL type module loads.
    setupFiles: ["reflect-metadata"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    passWithNoTests: true,
  },
});
