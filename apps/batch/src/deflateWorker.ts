// Worker entry (bundled as dist/deflateWorker.mjs): compresses the pieces of a workbook being
// written, each its own raw DEFLATE run (a sync flush, or the end of the entry on the last),
// while the main thread generates the next ones. Its event loop is free, so it never waits for
// the main thread (busy writing XML) to hand it the next piece, as a zlib stream driven from
// the main thread does.
import { parentPort } from "node:worker_threads";
import { constants, deflateRawSync } from "node:zlib";
import { DEFLATE_LEVEL } from "./deflateLevel.js";

/** One piece to compress. */
export interface DeflateJob {
  id: number;
  data: Uint8Array;
  final: boolean;
}

/**
 * The compressed piece and the piece's own memory handed back (it was moved here), or why it
 * could not be compressed (a bug: zlib does not refuse bytes).
 */
export type DeflateReply =
  { id: number; out: Uint8Array; data: Uint8Array } | { id: number; error: string };

parentPort?.on("message", ({ id, data, final }: DeflateJob) => {
  let reply: DeflateReply;
  try {
    const out = deflateRawSync(data, {
      level: DEFLATE_LEVEL,
      finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    });
    reply = { id, out, data };
  } catch (thrown) {
    reply = { id, error: String(thrown) };
  }
  // The piece goes back without a copy; the output is copied (it may share zlib's pool).
  parentPort?.postMessage(reply, "data" in reply ? [data.buffer as ArrayBuffer] : []);
});
