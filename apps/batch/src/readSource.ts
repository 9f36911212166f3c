import type { LedgerSource, WorkbookSource } from "@zsyz/county";
import type { IsoDate } from "@zsyz/ledger";
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { convertLegacy, explainLegacyFailure } from "./convertLegacy.js";
import type { InputFile } from "./findInputs.js";
import { loadWorkbook, type LoadedWorkbook } from "./loadWorkbook.js";
import { readInWorkers } from "./readInWorkers.js";

/**
 * Reads one input file into what the county pipeline takes: its grid, or the Chinese
 * reason it cannot be used. Never throws for a bad file; never changes it.
 */
export async function readSource(input: InputFile): Promise<WorkbookSource> {
  const loaded = await loadInput(input);
  return loaded.ok
    ? { file: input.path, workbook: loaded.workbook }
    : { file: input.path, failure: loaded.message };
}

async function loadInput(input: InputFile): Promise<LoadedWorkbook> {
  switch (input.kind) {
    case "xlsx":
      return loadWorkbook(input.path);
    case "missing":
      return { ok: false, message: "文件或文件夹不存在。请检查路径是否写对" };
    case "other":
      return {
        ok: false,
        message: "不是 Excel 工作簿（只支持 .xlsx/.xlsm；.xls/.et 需安装 LibreOffice 自动转换）",
      };
    case "legacy": {
      const converted = await convertLegacy(input.path);
      // Encrypted, no LibreOffice, or LibreOffice failed: say which.
      if (!converted) return { ok: false, message: await explainLegacyFailure(input.path) };
      try {
        return await loadWorkbook(converted.path, input.path);
      } finally {
        await converted.cleanup();
      }
    }
  }
}

// The bundle puts this module in dist/chunks/ and the worker entry in dist/. Run from the
// TypeScript source (no bundle), the entry does not exist and files are read in this thread.
const READ_WORKER = new URL("../readWorker.mjs", import.meta.url);

/**
 * The inputs as the pipeline pulls them, in input order; `onFile` reports progress. Given the
 * as-of date and enough to read (`readWorkerCount`), worker threads and this thread read and
 * check the files in parallel (`readInWorkers`) and hand over what `readLedgerSource` made of
 * each; otherwise one file after the other, the next read from disk while the consumer checks
 * the one before, so memory holds two grids at most. `large`: what the caller found `isLargeInput` to say (asked here if not).
 */
export async function* readSources(
  inputs: readonly InputFile[],
  onFile: (done: number, total: number, file: string) => void,
  asOf?: IsoDate,
  large?: boolean,
): AsyncGenerator<LedgerSource> {
  const workers = asOf === undefined ? 0 : await readWorkerCount(inputs, large);
  if (asOf !== undefined && workers > 0 && existsSync(READ_WORKER)) {
    yield* readInWorkers(inputs, asOf, onFile, {
      workers,
      startWorker: () => new Worker(READ_WORKER),
      readHere: readSource,
    });
    return;
  }
  // The next file is opened and read from disk while this one is checked, so this thread does
  // not wait on the disk between files (two grids are held at most).
  const start = (i: number): Promise<WorkbookSource> | undefined => {
    if (i >= inputs.length) return undefined;
    const read = readSource(inputs[i]!);
    // Awaited below; a run that stops early must not leave it unhandled.
    read.catch(() => undefined);
    return read;
  };
  let next = start(0);
  for (const [i, input] of inputs.entries()) {
    onFile(i, inputs.length, input.path);
    const source = await next!;
    next = start(i + 1);
    yield source;
  }
  onFile(inputs.length, inputs.length, "");
}

// Below this many bytes of .xlsx, starting workers (~50 ms each, loading the reader and the
// checks) costs more than reading in parallel saves: a real county of 30 files × 50 rows is
// about 250 KB. Measured on the 2-core build machine (bench/merge.ts).
const MIN_BYTES_FOR_WORKERS = 2 * 2 ** 20;

// This thread takes in every worker's records (~20 ms per 1,000 rows where reading them costs
// ~80 ms), so past about four workers it is the bottleneck; and each worker holds a heap of
// its own: 300 files × 1,000 rows peaked at 976 MB with 3 workers (the budget is 1 GB).
const MAX_WORKERS = 2;

// Cores below which the pool is not started. On two cores it loses: while the worker reads,
// this thread copies in its records and collects their garbage, and zlib's and V8's helper
// threads want the second core too. 100 files × 1,000 rows on the 2-core build machine: 6.9 s
// without the pool against 7.1–7.5 s with it (load ~3.4), 8.1 against 8.9 s idle.
const MIN_CORES_FOR_WORKERS = 3;

/**
 * How many worker threads should read these inputs besides this thread: 0 for a small job or
 * fewer than MIN_CORES_FOR_WORKERS cores, else one per other core up to MAX_WORKERS (this
 * thread reads too, and only the workers' files pay for copying the records across).
 * ZSYZ_READ_WORKERS=N overrides (0: never), for benchmarks and tests.
 */
export async function readWorkerCount(
  inputs: readonly InputFile[],
  large?: boolean,
): Promise<number> {
  const files = inputs.filter((i) => i.kind === "xlsx");
  const forced = process.env.ZSYZ_READ_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), files.length);
  const cores = availableParallelism();
  if (cores < MIN_CORES_FOR_WORKERS || files.length < 2) return 0;
  // Asked only where a pool could start (a 2-core machine never stats the inputs for it).
  return (large ?? (await isLargeInput(files)))
    ? Math.min(cores - 1, MAX_WORKERS, files.length - 1)
    : 0;
}

/**
 * Whether the .xlsx inputs add up to MIN_BYTES_FOR_WORKERS or more: a job worth a worker
 * thread (reading, or compressing the output) rather than a real county's 250 KB.
 */
export async function isLargeInput(inputs: readonly InputFile[]): Promise<boolean> {
  let bytes = 0;
  for (const file of inputs) {
    if (file.kind !== "xlsx") continue;
    bytes += await stat(file.path).then(
      (s) => s.size,
      () => 0,
    );
    if (bytes >= MIN_BYTES_FOR_WORKERS) return true;
  }
  return false;
}
