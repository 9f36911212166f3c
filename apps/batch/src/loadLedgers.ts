import { findDuplicates, type IsoDate, type LedgerIssue, type LedgerRecord } from "@zsyz/ledger";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { InputFile } from "./findInputs.js";
import { type FileOutcome, type InputRead, readInput } from "./readInput.js";

export type { FileOutcome } from "./readInput.js";

/** Every ledger of a run, read and cross-checked, with the row accounting. */
export interface LoadedLedgers {
  files: Array<FileOutcome & { read?: InputRead["read"] }>;
  /** Records that count: every record except suspected duplicates held back. */
  records: LedgerRecord[];
  issues: LedgerIssue[];
  /** Ids of records held back as suspected duplicates. */
  heldBack: string[];
  rows: { read: number; merged: number; rejected: number };
}

/** Options of loadLedgers. */
export interface LoadOptions {
  asOf: IsoDate;
  onFile?: (done: number, total: number, file: string) => void;
}

/**
 * Reads every input file into ledger records — on worker threads when there are several
 * files and the bundled worker is present — keeping the input order; a file that cannot
 * be read is reported and the rest go on. Then the cross-file duplicate check runs.
 */
export async function loadLedgers(
  inputs: readonly InputFile[],
  options: LoadOptions,
): Promise<LoadedLedgers> {
  const reads = await readAll(inputs, options);
  const files: LoadedLedgers["files"] = [];
  const all: LedgerRecord[] = [];
  const issues: LedgerIssue[] = [];
  let rejected = 0;
  for (const r of reads) {
    files.push(r.read ? { ...r.outcome, read: r.read } : r.outcome);
    issues.push(...r.fileIssues);
    if (!r.read) continue;
    all.push(...r.read.records);
    issues.push(...r.read.issues);
    rejected += r.read.rows.rejected;
  }
  const dup = findDuplicates(all);
  issues.push(...dup.issues);
  const held = new Set(dup.heldBack);
  const records = held.size ? all.filter((r) => !held.has(r.id)) : all;
  return {
    files,
    records,
    issues,
    heldBack: dup.heldBack,
    rows: { read: all.length + rejected, merged: records.length, rejected: rejected + held.size },
  };
}

/** The bundled worker script, beside the bundled CLI; absent when running from source. */
const WORKER = fileURLToPath(new URL("./readWorker.mjs", import.meta.url));

async function readAll(inputs: readonly InputFile[], options: LoadOptions): Promise<InputRead[]> {
  const threads = Math.min(availableParallelism(), 4, inputs.length);
  if (threads < 2 || !existsSync(WORKER)) {
    const out: InputRead[] = [];
    for (const [i, input] of inputs.entries()) {
      options.onFile?.(i, inputs.length, input.path);
      out.push(await readInput(input, options.asOf));
    }
    options.onFile?.(inputs.length, inputs.length, "");
    return out;
  }
  const results: InputRead[] = new Array(inputs.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: threads }, () => new Worker(WORKER));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const take = (): void => {
              if (next >= inputs.length) return resolve();
              const id = next++;
              options.onFile?.(done, inputs.length, inputs[id]!.path);
              worker.postMessage({ id, input: inputs[id], asOf: options.asOf });
            };
            worker.on("message", (msg: { id: number; result?: InputRead; error?: string }) => {
              if (msg.error !== undefined || !msg.result)
                return reject(new Error(msg.error ?? "读取线程没有返回结果"));
              results[msg.id] = msg.result;
              done += 1;
              take();
            });
            worker.on("error", reject);
            take();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  options.onFile?.(inputs.length, inputs.length, "");
  return results;
}
