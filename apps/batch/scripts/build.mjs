// Bundles the CLI (and the workspace packages it uses) into one ES module, so `zsyz`
// starts without a TypeScript loader. Runs on `npm ci` through the root `prepare` script.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: { zsyz: join(root, "src/cli.ts") },
  outdir: join(root, "dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  // One chunk per command, loaded on demand by src/cli.ts.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  // exceljs, cli-progress and yazl (CommonJS) stay in node_modules. mathjs is bundled on purpose: its
  // package entry loads the whole library (~1 s), while the bundle keeps only the
  // few factories our restricted instances use.
  external: ["exceljs", "cli-progress", "yazl"],
  alias: {
    "@zsyz/ledger": join(root, "../../packages/ledger/src/index.ts"),
    "@zsyz/indicators": join(root, "../../packages/indicators/src/index.ts"),
    "@zsyz/county": join(root, "../../packages/county/src/index.ts"),
  },
  sourcemap: true,
  logLevel: "warning",
});
