// Builds 招商台账助手.html: one self-contained page that opens by double-click from file://.
// The Worker is bundled first and inlined into the page's bundle as a string (the page starts
// it from a Blob URL); the page's bundle is inlined into index.html with a CSP that allows
// that one script (by hash), inline styles (Fluent UI injects them), Blob workers, and no
// network at all. `--watch` rebuilds on every change under src/ (npm run dev).
/* global Buffer, clearTimeout, console, performance, process, setTimeout -- Node globals */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, watch, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const APP = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(APP, "dist", "招商台账助手.html");
// What staff pass around by USB stick and office chat; the build fails above it.
const SIZE_BUDGET_BYTES = 1.5 * 2 ** 20;

const common = {
  bundle: true,
  format: "iife",
  minify: true,
  write: false,
  target: ["chrome87", "firefox78", "edge88"],
  platform: "browser",
  legalComments: "none",
  charset: "utf8",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
};

async function bundle(entry, define = {}) {
  const result = await esbuild.build({
    ...common,
    entryPoints: [join(APP, entry)],
    jsx: "automatic",
    define: { ...common.define, ...define },
  });
  return result.outputFiles[0].text;
}

/**
 * Makes a script safe inside an inline <script> element. "</script" would end the element
 * early, and "<!--" followed by "<script" would make the real end tag not end it. These only
 * occur inside string, template or regex literals, where "\x3C" and "<\/" mean the same.
 */
function inlineSafe(code) {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<(!--|script)/gi, "\\x3C$1");
}

async function build() {
  const started = performance.now();
  const worker = await bundle("src/worker/worker.ts");
  const page = inlineSafe(
    await bundle("src/main.tsx", { __ZSYZ_WORKER_SOURCE__: JSON.stringify(worker) }),
  );
  const hash = createHash("sha256").update(page, "utf8").digest("base64");
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    "style-src 'unsafe-inline'",
    "worker-src blob:",
    "child-src blob:",
    "img-src data: blob:",
    "font-src data:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const template = readFileSync(join(APP, "index.html"), "utf8");
  const [before, after] = template.split("%SCRIPT%");
  if (after === undefined) throw new Error("index.html has no %SCRIPT% placeholder");
  // The script element's text must be exactly what was hashed: no indentation around it.
  const html = `${before.replace("%CSP%", csp).replace(/\s*$/, "")}${page}${after.replace(/^\s*/, "")}`;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, html);
  const size = Buffer.byteLength(html);
  console.log(
    `${OUT}\n  ${(size / 1024).toFixed(0)} KB (worker ${(worker.length / 1024).toFixed(0)} KB), built in ${(performance.now() - started).toFixed(0)} ms`,
  );
  if (size > SIZE_BUDGET_BYTES)
    throw new Error(`招商台账助手.html is ${size} bytes, over the ${SIZE_BUDGET_BYTES} budget`);
}

await build();
if (process.argv.includes("--watch")) {
  let timer;
  console.log("watching src/ — open dist/招商台账助手.html and reload after each build");
  watch(join(APP, "src"), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => build().catch((e) => console.error(e.message)), 150);
  });
}
