import type { CodegenConfig } from "@graphql-codegen/cli";

// The schema is emitted by the API from its code; the web app types every
// operation against that file so an API change shows up as a type error here.
const config: CodegenConfig = {
  schema: process.env.BEATPLAN_SCHEMA ?? "../api/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*", "!src/**/*.test.{ts,tsx}"],
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          Decimal: "string",
          Month: "string",
          Date: "string",
          DateTime: "string",
        },
      },
    },
  },
};

export default config;
