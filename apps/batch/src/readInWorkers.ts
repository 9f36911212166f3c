import type { LedgerSource, LedgerSourceRead, WorkbookSource } from "@zsyz/county";
import type { IsoDate } from "@zsyz/ledger";
import type { Worker } from "node:worker_threads";
import type { InputFile } from "./findInputs.js";
import type { ReadJob, ReadReply } from "./readWorker.js";

/** How to run the read workers. */
export interface ReadPoolOptions {
  /** How many workers read at once. */
  workers: number;
  /** Starts one worker running readWorker (the bundle's dist/readWorker.mjs). */
  startWorker: () => Worker;
  /** Reads an input in this thread: anything but a plain .xlsx (a conversion runs LibreOffice). */
  readHere: (input: InputFile) => Promise<WorkbookSource>;
}

/**
 * The inputs read and checked by a pool of worker threads, yielded in input order, so the
 * county job sees exactly what reading them one by one gives. At most two files per worker
 * are read ahead of the one the consumer waits for, which bounds memory; `onFile` reports
 * progress in order. Workers end when the generator does, also on an early return.
 */
export async function* readInWorkers(
  inputs: readonly InputFile[],
  asOf: IsoDate,
  onFile: (done: number, total: number, file: string) => void,
  options: ReadPoolOptions,
): AsyncGenerator<LedgerSource> {
  const results = new Map<number, LedgerSourceRead>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  const ahead = options.workers * 2;
  let next = 0;
  let consumed = 0;
  const idle: Worker[] = [];

  const dispatch = (): void => {
    while (idle.length > 0 && next < inputs.length && next < consumed + ahead) {
      const index = next;
      next += 1;
      const input = inputs[index]!;
      if (input.kind !== "xlsx") continue;
      const job: ReadJob = { index, input, asOf };
      idle.pop()!.postMessage(job);
    }
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
    idle.push(worker);
    return worker;
  });

  try {
    dispatch();
    for (const [index, input] of inputs.entries()) {
      onFile(index, inputs.length, input.path);
      if (input.kind !== "xlsx") {
        yield await options.readHere(input);
      } else {
        while (!results.has(index)) {
          if (failure) throw failure;
          await new Promise<void>((resolve) => (wake = resolve));
        }
        const read = results.get(index)!;
        results.delete(index);
        yield read;
      }
      consumed = index + 1;
      dispatch();
    }
    onFile(inputs.length, inputs.length, "");
  } finally {
    for (const worker of pool) worker.removeAllListeners("exit");
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
