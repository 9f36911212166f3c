// `npm run demo`: checks the bundled sample ledgers with the real CLI and prints what
// it found. Data errors in the samples are planted, so exit code 1 is the expected
// outcome here and the demo itself succeeds.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const zsyz = join(root, "apps/batch/bin/zsyz.js");
const ledgers = join(root, "fixtures/样例/台账");
const result = spawnSync(process.execPath, [zsyz, "check", ledgers, "--as-of", "2024-09-30", "--quiet"], { stdio: "inherit" });
process.exit(result.status === 0 || result.status === 1 ? 0 : (result.status ?? 2));
