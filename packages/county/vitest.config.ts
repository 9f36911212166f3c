import { defineConfig } from "vitest/config";

// The package is pure and keeps no module state, so test files can share a worker's
// modules: mathjs then loads once per worker instead of once per file (~2 s each).
export default defineConfig({
  test: {
    isolate: false,
    // Property tests and the sample ledgers run a few seconds on a loaded 2-core machine
    // (turbo runs every workspace at once); the default 5 s made them flaky there.
    testTimeout: 30_000,
  },
});
