// Runs turbo with its telemetry off, on every platform (an env prefix in package.json
// would not work in Windows shells). Arguments pass through: node scripts/turbo.mjs run test
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const bin = require.resolve("turbo/bin/turbo");
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
});
process.exit(result.status ?? 1);
