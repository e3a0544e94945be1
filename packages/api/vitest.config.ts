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
  test: {
    name: "api",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    passWithNoTests: true,
  },
});
