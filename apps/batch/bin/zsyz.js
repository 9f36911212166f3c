#!/usr/bin/env node
// Launcher for the bundled CLI; `npm ci` builds it through the root `prepare` script.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const bundle = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "zsyz.mjs");
if (!existsSync(bundle)) {
  process.stderr.write("zsyz 尚未构建：请在仓库根目录运行 npm ci（或 npm run build）后再试。\n");
  process.exit(2);
}
await import(pathToFileURL(bundle).href);
