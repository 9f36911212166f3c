// The page's first script, and the whole of the county Worker: the domain packages and the
// Worker's job. scripts/build.mjs makes its entry: startCore with the domain packages the UI
// (main.tsx, the second script) imports, which the build points here, so their code is in the
// file once; the page starts Workers from this script's own text, where it finds no document
// and serves runs.
import { serveCountyJobs, type WorkerScope } from "./worker/worker.js";

/** Where the UI script finds the packages, by package name (scripts/build.mjs maps its imports to it). */
export const CORE_GLOBAL = "__zsyzCore";

/**
 * Runs the core: in a Worker, serves county runs; in the page, leaves the packages the UI
 * imports on the global it reads them from.
 * @example startCore({ "@zsyz/county": county, "@zsyz/ledger": ledger })
 */
export function startCore(packages: Readonly<Record<string, unknown>>): void {
  if (typeof document === "undefined") serveCountyJobs(self as unknown as WorkerScope);
  else Object.defineProperty(globalThis, CORE_GLOBAL, { value: packages });
}
