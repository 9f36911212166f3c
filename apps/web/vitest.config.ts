import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    // Turbo runs every workspace's tests at once on 2 cores: the 5 s default is too tight there.
    testTimeout: 30_000,
  },
});
