import { defineConfig } from "vitest/config";

// Tests import the package by its name (`livemock/client`): the "@livemock/source" export condition
// (package.json, tsconfig.json) resolves it to the TypeScript sources, not to a build in dist/.
// The others are Vite's default server conditions, which a custom list replaces.
const conditions = ["@livemock/source", "module", "node", "development|production"];

export default defineConfig({
  ssr: { resolve: { conditions } },
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    environment: "node",
    // Test files share a worker's module cache: the specs, Ajv and the zod schemas are compiled once
    // per worker instead of once per file (52 s -> 15 s on 2 cores). Tests must not leave global
    // state behind (close servers, MSW interceptors and timers in afterAll).
    isolate: false,
    testTimeout: 20_000,
    // The Redis the shared-store tests use (started here on a free port unless .ci/run exported one).
    globalSetup: ["test/support/redis-global-setup.ts"],
    hookTimeout: 20_000,
  },
});
