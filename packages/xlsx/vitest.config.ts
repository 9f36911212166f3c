import { defineConfig } from "vitest/config";

// Reading and writing whole workbooks takes a few seconds on a loaded 2-core machine
// (turbo tests every workspace at once); the 5 s default is too tight there.
export default defineConfig({
  test: {
    testTimeout: 30_000,
  },
});
