// Worker thread entry: reads ledger files for loadLedgers, one request at a time.
// exceljs parsing is CPU-bound, so a county's files are read on every core at once.
import { parentPort } from "node:worker_threads";
import type { IsoDate } from "@zsyz/ledger";
import type { InputFile } from "./findInputs.js";
import { readInput } from "./readInput.js";

parentPort?.on("message", (job: { id: number; input: InputFile; asOf: IsoDate }) => {
  readInput(job.input, job.asOf).then(
    (result) => parentPort?.postMessage({ id: job.id, result }),
    (thrown: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        error: thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown),
      }),
  );
});
