import { type LedgerSourceRead, readLedgerSource, type WorkbookSource } from "@zsyz/county";
import type { IsoDate } from "@zsyz/ledger";
import type { Worker } from "node:worker_threads";
import type { InputFile } from "./findInputs.js";
import type { ReadJob, ReadReply } from "./readWorker.js";

// Files a worker holds at once: the one it reads and the next.
const JOBS_PER_WORKER = 2;

/** How to run the read workers. */
export interface ReadPoolOptions {
  /** How many workers read besides this thread. */
  workers: number;
  /** Starts one worker running readWorker (the bundle's dist/readWorker.mjs). */
  startWorker: () => Worker;
  /** Reads an input in this thread (anything but a plain .xlsx always is: a conversion runs LibreOffice). */
  readHere: (input: InputFile) => Promise<WorkbookSource>;
}

/**
 * The inputs read and checked by worker threads and by this thread at once, yielded in input
 * order as `readLedgerSource` makes them, so the county job sees exactly what reading them one
 * by one gives. Workers take files from the front; this thread takes them from the back
 * whenever the file it must yield next is not back yet, so it never waits while there is
 * work, and only the workers' files pay for the copy between threads. The records are kept
 * by the county job anyway, so reading ahead costs no memory it would not use. `onFile`
 * reports progress in order. Workers end when the generator does, also on an early return.
 */
export async function* readInWorkers(
  inputs: readonly InputFile[],
  asOf: IsoDate,
  onFile: (done: number, total: number, file: string) => void,
  options: ReadPoolOptions,
): AsyncGenerator<LedgerSourceRead> {
  const results = new Map<number, LedgerSourceRead>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  // Files [front, back) are nobody's yet; workers take the front, this thread the back.
  let front = 0;
  let back = inputs.length;
  const here = new Set<number>();
  // A worker slot per job it may hold: each worker gets its next file before it finishes the
  // one it is reading, so it never waits for this thread (busy reading a file of its own) to
  // come round to the event loop and hand it one. Measured: a lone worker sat idle ~30 % of
  // the reading phase with one job at a time.
  const idle: Worker[] = [];

  const dispatch = (): void => {
    while (idle.length > 0 && front < back) {
      const index = front;
      front += 1;
      const input = inputs[index]!;
      if (input.kind !== "xlsx") {
        here.add(index);
        continue;
      }
      const job: ReadJob = { index, input, asOf };
      idle.pop()!.postMessage(job);
    }
  };
  const readHere = async (index: number): Promise<void> => {
    results.set(index, readLedgerSource(await options.readHere(inputs[index]!), asOf));
  };
  const pool = Array.from({ length: options.workers }, () => {
    const worker = options.startWorker();
    worker.on("message", (reply: ReadReply) => {
      if ("error" in reply) failure ??= new Error(reply.error);
      else results.set(reply.index, reply.read);
      idle.push(worker);
      dispatch();
      notify();
    });
    worker.on("error", (error) => {
      failure ??= error;
      notify();
    });
    worker.on("exit", (code) => {
      failure ??= new Error(`读取台账的工作线程意外退出（代码 ${code}）`);
      notify();
    });
    for (let slot = 0; slot < JOBS_PER_WORKER; slot += 1) idle.push(worker);
    return worker;
  });

  try {
    dispatch();
    for (const [index, input] of inputs.entries()) {
      onFile(index, inputs.length, input.path);
      if (here.has(index)) await readHere(index);
      while (!results.has(index)) {
        if (failure) throw failure;
        if (front < back) {
          back -= 1;
          await readHere(back);
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
        }
      }
      const read = results.get(index)!;
      results.delete(index);
      yield read;
    }
    onFile(inputs.length, inputs.length, "");
  } finally {
    for (const worker of pool) worker.removeAllListeners("exit");
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
