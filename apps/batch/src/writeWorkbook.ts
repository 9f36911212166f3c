import type { WorkbookPlan } from "@zsyz/indicators";
import { type DeflateRawAsync, streamPlanAsync } from "@zsyz/xlsx";
import { open } from "node:fs/promises";
import { crc32, createDeflateRaw, type DeflateRaw } from "node:zlib";
import { writeAtomically } from "./writeFileAtomic.js";

/**
 * Native zlib compresses the pieces the pure writer hands over (several times faster than
 * fflate in JavaScript; packages/xlsx/README.md has the figures) in libuv's thread pool while
 * the writer generates the next pieces: one zlib stream per zip entry, so one thread
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
      stream = createDeflateRaw({ level: 3, chunkSize: 1 << 18 });
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

/**
 * Writes a workbook plan to `path` as .xlsx, streaming it chunk by chunk (a county's
 * 项目明细 is never held whole) through a temporary file renamed into place when complete.
 */
export async function writeWorkbook(plan: WorkbookPlan, path: string): Promise<void> {
  await writeAtomically(path, async (temp) => {
    const file = await open(temp, "wx");
    try {
      // Node's CRC-32 too: fflate's JavaScript one cost ~0.35 s on a 100,000-project county.
      const deflateRaw = deflatePerEntry();
      for await (const chunk of streamPlanAsync(plan, { deflateRaw, crc32 }))
        await file.write(chunk);
    } finally {
      await file.close();
    }
  });
}
