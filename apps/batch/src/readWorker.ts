// Worker entry (bundled as dist/readWorker.mjs): reads and checks the ledger files the main
// thread hands over, one at a time, and posts back plain clonable data (readLedgerSource).
import { type LedgerSourceRead, readLedgerSource } from "@zsyz/county";
import type { IsoDate } from "@zsyz/ledger";
import { parentPort } from "node:worker_threads";
import type { InputFile } from "./findInputs.js";
import { readSource } from "./readSource.js";
import { toError } from "./UsageError.js";

/** One file for a worker to read: its place in the input order, the file, the as-of date. */
export interface ReadJob {
  index: number;
  input: InputFile;
  asOf: IsoDate;
}

/** What a worker posts back: the file read, or a bug's message (bad files are values). */
export type ReadReply =
  { index: number; read: LedgerSourceRead } | { index: number; error: string };

parentPort?.on("message", (job: ReadJob) => {
  void readJob(job).then((reply) => parentPort?.postMessage(reply));
});

async function readJob({ index, input, asOf }: ReadJob): Promise<ReadReply> {
  try {
    return { index, read: readLedgerSource(await readSource(input), asOf) };
  } catch (thrown) {
    const error = toError(thrown);
    return {
      index,
      error: process.env.ZSYZ_DEBUG ? (error.stack ?? error.message) : error.message,
    };
  }
}
