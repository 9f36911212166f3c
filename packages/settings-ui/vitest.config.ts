import { defineConfig } from "vitest/config";

// The forms are tested as staff use them, rendered into happy-dom (no browser to start).
export default defineConfig({
  test: {
    environment: "happy-dom",
    // Turbo runs every workspace's tests at once on 2 cores: the 5 s default is too tight there.
    testTimeout: 30_000,
  },
});
