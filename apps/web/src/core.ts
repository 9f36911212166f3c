// The page's first script, and the whole of the county Worker: the domain packages and the
// Worker's job. In the page it hands the packages to the second script (main.tsx, the UI),
// whose @zsyz/* imports scripts/build.mjs points here, so their code is in the file once; the
// page starts Workers from this script's own text, where it finds no document and serves runs.
import * as county from "@zsyz/county";
import * as indicators from "@zsyz/indicators";
import * as ledger from "@zsyz/ledger";
import { serveCountyJobs, type WorkerScope } from "./worker/worker.js";

/** Where the UI script finds the packages (scripts/build.mjs maps its imports to it). */
export const CORE_GLOBAL = "__zsyzCore";

if (typeof document === "undefined") {
  serveCountyJobs(self as unknown as WorkerScope);
} else {
  Object.defineProperty(globalThis, CORE_GLOBAL, { value: { county, indicators, ledger } });
}
