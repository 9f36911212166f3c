import type { WorkbookPlan } from "@zsyz/indicators";
import { type DeflateRawAsync, recyclePiece, streamPlanAsync } from "@zsyz/xlsx";
import { existsSync } from "node:fs";
import { open } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { crc32, createDeflateRaw, type DeflateRaw } from "node:zlib";
import type { DeflateJob, DeflateReply } from "./deflateWorker.js";
import { DEFLATE_LEVEL } from "./deflateLevel.js";
import { writeAtomically } from "./writeFileAtomic.js";

/**
 * For a small workbook (and when run from the TypeScript source, without the worker's
 * bundle): native zlib compresses the pieces the pure writer hands over (several times faster
 * than fflate in JavaScript; packages/xlsx/README.md has the figures) in libuv's thread pool
 * while the writer generates the next pieces: one zlib stream per zip entry, so one thread
 * compresses beside the writer (on two cores the writer keeps its own) and no piece pays for
 * a compressor of its own (a county's 项目明细 is ~500 pieces). Each piece's promise gives the
 * bytes compressed up to it, so in order they make the entry's one DEFLATE stream.
 */
function deflatePerEntry(): DeflateRawAsync {
  let stream: DeflateRaw | undefined;
  let out: Buffer[] = [];
  return (data, final) => {
    if (stream === undefined) {
      out = [];
      const chunks = out;
      // Output buffers as big as a piece: zlib then compresses a piece in one go in the pool,
      // instead of stopping every 16 KB for this thread (busy writing XML) to take the output.
      stream = createDeflateRaw({ level: DEFLATE_LEVEL, chunkSize: 1 << 18 });
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    }
    const s = stream;
    const chunks = out;
    if (final) stream = undefined;
    return new Promise<Uint8Array>((resolve, reject) => {
      const take = (): void => resolve(Buffer.concat(chunks.splice(0)));
      if (!final) {
        s.write(data, (error) => (error ? reject(error) : take()));
        return;
      }
      s.once("error", reject);
      s.once("end", take);
      s.end(data);
    });
  };
}

// The bundle puts this module in dist/chunks/ and the worker entry in dist/. Run from the
// TypeScript source (no bundle), the entry does not exist and the zlib stream compresses.
const DEFLATE_WORKER = new URL("../deflateWorker.mjs", import.meta.url);

/**
 * Compression in a worker thread of its own: pieces are moved over as they are made (no
 * copy; each comes back with its compressed bytes and is filled again), compressed one after
 * the other with no help from this thread, and their bytes come back in order of the ids.
 * 100 files × 1,000 rows, idle: the writer stood idle ~10 % of the write phase with the
 * stream driven from this thread (it stalls between pieces while this thread writes XML),
 * ~2 % with the worker.
 */
function deflateInWorker(): Compressor {
  const worker = new Worker(DEFLATE_WORKER);
  const waiting = new Map<
    number,
    { resolve: (out: Uint8Array) => void; reject: (e: Error) => void }
  >();
  const failAll = (error: Error): void => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on("message", (reply: DeflateReply) => {
    const job = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ("error" in reply) job?.reject(new Error(reply.error));
    else {
      recyclePiece(reply.data);
      job?.resolve(reply.out);
    }
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`压缩工作簿的工作线程意外退出（代码 ${code}）`)));
  // Started ahead, it must not keep the process alive if the run ends without writing (after
  // the listeners: adding a 'message' listener refs the worker again).
  worker.unref();
  let next = 0;
  return {
    deflateRaw: (data, final) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const id = next;
        next += 1;
        waiting.set(id, { resolve, reject });
        const job: DeflateJob = { id, data, final };
        // Moved, not copied (the CRC is taken before compressing); it comes back with the reply.
        worker.postMessage(job, [data.buffer as ArrayBuffer]);
      }),
    use: () => worker.ref(),
    close: async () => {
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}

/** A compression worker started ahead of the write that uses it (`startCompressor`). */
export interface Compressor {
  deflateRaw: DeflateRawAsync;
  /** Keeps the process alive while the write runs. */
  use: () => void;
  close: () => Promise<void>;
}

/**
 * Starts a compression worker for a county-size write (the caller decides: `isLargeInput`),
 * while the ledgers are still being read: it takes ~150 ms to start, which the writer would
 * otherwise wait for at its first pieces. Undefined when run from the TypeScript source
 * (no worker bundle). It does not keep the process alive until a write uses it.
 */
export function startCompressor(): Compressor | undefined {
  return existsSync(DEFLATE_WORKER) ? deflateInWorker() : undefined;
}

const WRITE_BATCH_BYTES = 1 << 20;

/**
 * Writes a workbook plan to `path` as .xlsx, streaming it chunk by chunk (a county's
 * 项目明细 is never held whole) through a temporary file renamed into place when complete.
 * Pieces are compressed by `compressor` when given (which this ends), else in zlib's pool.
 */
export async function writeWorkbook(
  plan: WorkbookPlan,
  path: string,
  compressor?: Compressor,
): Promise<void> {
  await writeAtomically(path, async (temp) => {
    const file = await open(temp, "wx");
    const pool = compressor;
    pool?.use();
    try {
      // Node's CRC-32 too: fflate's JavaScript one cost ~0.35 s on a 100,000-project county.
      const deflateRaw = pool?.deflateRaw ?? deflatePerEntry();
      // The zip comes in many small chunks (a header, a piece's deflated bytes): written in
      // batches of ~1 MB, one system call each, so this thread rarely waits on the disk.
      let batch: Uint8Array[] = [];
      let bytes = 0;
      for await (const chunk of streamPlanAsync(plan, { deflateRaw, crc32 })) {
        batch.push(chunk);
        bytes += chunk.length;
        if (bytes < WRITE_BATCH_BYTES) continue;
        await file.writev(batch);
        batch = [];
        bytes = 0;
      }
      if (batch.length > 0) await file.writev(batch);
    } finally {
      await pool?.close();
      await file.close();
    }
  });
}
