// `npm run build:wps`: `vite build`, then this. Writes dist-wps/: zsyz_1.0.0/ (the folder an
// intranet server publishes, or that is copied into jsaddons), zsyz.7z (the offline package) and
// examples/ (publish.xml, jsplugins.xml, oem.ini). See scripts/wpsPackage.ts.
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildWpsPackage } from "./wpsPackage.js";

const APP = fileURLToPath(new URL("..", import.meta.url));

try {
  const started = performance.now();
  const built = await buildWpsPackage({ app: APP, dist: `${APP}dist`, out: `${APP}dist-wps` });
  const kb = (statSync(built.archive).size / 1024).toFixed(0);
  const s = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`wrote ${built.folder}`);
  console.log(`wrote ${built.archive} (${kb} KB, ${s} s)`);
  console.log(`wrote ${built.examples}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
