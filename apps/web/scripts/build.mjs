// Builds 招商台账助手.html: one self-contained page that opens by double-click from file://.
// Two inline scripts: the core (src/core.ts: the domain packages and the Worker's job; the page
// starts the Worker from a Blob of its text) and the UI (src/main.tsx), whose imports of the
// domain packages read the core's, so their code is in the file once. A CSP allows those two
// scripts (by hash), inline styles (Fluent UI injects them), Blob workers, and no network at all.
// `--watch` rebuilds on every change under src/ (npm run dev).
/* global Buffer, clearTimeout, console, performance, process, setTimeout -- Node globals */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const APP = join(dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = join(APP, "..", "..");
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

// As src/core.ts has it: the global the page's core leaves the packages on, by package name.
const CORE_GLOBAL = "__zsyzCore";

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** Every package of the repository's workspaces (root package.json: "dir/*" or "dir"), by name. */
function workspacePackages() {
  const byName = new Map();
  for (const pattern of readJson(join(ROOT, "package.json")).workspaces) {
    const dirs = pattern.endsWith("/*")
      ? readdirSync(join(ROOT, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => join(ROOT, pattern.slice(0, -2), d.name))
      : [join(ROOT, pattern)];
    for (const dir of dirs) {
      const file = join(dir, "package.json");
      if (existsSync(file)) byName.set(readJson(file).name, readJson(file));
    }
  }
  return byName;
}

const dependencies = (pkg) => ({ ...pkg.dependencies, ...pkg.peerDependencies });

/**
 * The domain packages the core can hold: the workspace packages the app depends on, directly or
 * through one of them (@zsyz/settings-ui's), that need no React, so they run in the Worker too.
 * From package.json, so a new package cannot be left out.
 */
function corePackages() {
  const workspace = workspacePackages();
  const reached = new Set();
  const visit = (pkg) => {
    for (const name of Object.keys(dependencies(pkg)))
      if (workspace.has(name) && !reached.has(name)) {
        reached.add(name);
        visit(workspace.get(name));
      }
  };
  visit(readJson(join(APP, "package.json")));
  return [...reached].filter((name) => !("react" in dependencies(workspace.get(name)))).sort();
}

/**
 * Points the UI's imports of the domain packages at the core script's global, and notes in
 * `used` which ones it pointed, for the core to put there.
 */
function fromCore(packages, used) {
  const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const filter = new RegExp(`^(${packages.map(escape).join("|")})$`);
  return {
    name: "zsyz-from-core",
    setup(build) {
      build.onResolve({ filter }, (args) => {
        used.add(args.path);
        return { path: args.path, namespace: "zsyz-core" };
      });
      build.onLoad({ filter: /.*/, namespace: "zsyz-core" }, (args) => ({
        contents: `module.exports = globalThis.${CORE_GLOBAL}[${JSON.stringify(args.path)}];`,
        loader: "js",
      }));
    },
  };
}

async function bundle(entry, plugins = []) {
  const result = await esbuild.build({
    ...common,
    ...(typeof entry === "string" ? { entryPoints: [join(APP, entry)] } : { stdin: entry }),
    jsx: "automatic",
    plugins,
  });
  return result.outputFiles[0].text;
}

/**
 * The core's entry: src/core.ts started with exactly the packages the UI imports from it, so
 * each is on the global it reads and no other is kept whole there.
 */
function coreEntry(used) {
  const names = [...used].sort();
  return {
    contents: [
      'import { startCore } from "./core.ts";',
      ...names.map((name, i) => `import * as p${i} from ${JSON.stringify(name)};`),
      `startCore({ ${names.map((name, i) => `${JSON.stringify(name)}: p${i}`).join(", ")} });`,
    ].join("\n"),
    resolveDir: join(APP, "src"),
    sourcefile: "core-entry.ts",
    loader: "ts",
  };
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

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
  const used = new Set();
  const page = inlineSafe(await bundle("src/main.tsx", [fromCore(corePackages(), used)]));
  const core = inlineSafe(await bundle(coreEntry(used)));
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(core)} ${sha256(page)}`,
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
  const [head, between, tail] = template.split(/%CORE%|%SCRIPT%/);
  if (tail === undefined) throw new Error("index.html lacks the %CORE% and %SCRIPT% placeholders");
  // Each script element's text must be exactly what was hashed: no indentation around it.
  const trim = (s) => s.replace(/^\s*/, "").replace(/\s*$/, "");
  const html = `${head.replace("%CSP%", csp).replace(/\s*$/, "")}${core}${trim(between)}${page}${tail.replace(/^\s*/, "")}`;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, html);
  const size = Buffer.byteLength(html);
  console.log(
    `${OUT}\n  ${(size / 1024).toFixed(0)} KB (core and Worker ${(Buffer.byteLength(core) / 1024).toFixed(0)} KB: ${[...used].sort().join(", ")}), built in ${(performance.now() - started).toFixed(0)} ms`,
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
