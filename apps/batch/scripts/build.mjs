// Bundles the CLI (and the workspace packages it uses) into one ES module, so `zsyz`
// starts without a TypeScript loader. Runs on `npm ci` through the root `prepare` script.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Chunk names carry a content hash: start clean so stale chunks do not pile up.
rmSync(join(root, "dist"), { recursive: true, force: true });

await build({
  // The workers' entries sit beside the CLI's (src/readSource.ts and src/writeWorkbook.ts
  // find them there).
  entryPoints: {
    zsyz: join(root, "src/cli.ts"),
    readWorker: join(root, "src/readWorker.ts"),
    deflateWorker: join(root, "src/deflateWorker.ts"),
  },
  outdir: join(root, "dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  // One chunk per command, loaded on demand by src/cli.ts.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  // cli-progress (CommonJS) stays in node_modules. mathjs is bundled on purpose: its package
  // entry loads the whole library (~1 s), while the bundle keeps only the parser factories our
  // restricted instance uses, and builds them only for a staff-written indicator. The workspace
  // packages resolve through their package.json exports (TypeScript source).
  external: ["cli-progress"],
  sourcemap: true,
  logLevel: "warning",
});
