import { defineConfig } from "vitest/config";

// End-to-end tests run real processes (the CLI, LibreOffice, Chromium): give them time,
// and run files one at a time so two heavy tools never fight over the machine's 2 cores.
export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
