import { defineConfig } from "vitest/config";

// These tests write and read real .xlsx files; on a loaded 2-core machine (turbo runs
// every workspace at once) a few take longer than vitest's 5 s default.
export default defineConfig({
  test: {
    testTimeout: 30_000,
  },
});
