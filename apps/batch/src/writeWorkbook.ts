import type { WorkbookPlan } from "@zsyz/indicators";
import { type DeflateRawAsync, streamPlanAsync } from "@zsyz/xlsx";
import { open } from "node:fs/promises";
import { promisify } from "node:util";
import { constants, crc32, deflateRaw as zlibDeflateRaw } from "node:zlib";
import { writeAtomically } from "./writeFileAtomic.js";

const deflateInPool = promisify(zlibDeflateRaw);

// Native zlib compresses the pieces the pure writer hands over (several times faster than
// fflate in JavaScript; packages/xlsx/README.md has the figures), in libuv's thread pool while
// the writer generates the next pieces. Each piece is its own raw DEFLATE run ending in a sync
// flush, so the pieces concatenate into one stream.
const deflateRaw: DeflateRawAsync = (data, final) =>
  deflateInPool(data, {
    level: 3,
    finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
  });

/**
 * Writes a workbook plan to `path` as .xlsx, streaming it chunk by chunk (a county's
 * 项目明细 is never held whole) through a temporary file renamed into place when complete.
 */
export async function writeWorkbook(plan: WorkbookPlan, path: string): Promise<void> {
  await writeAtomically(path, async (temp) => {
    const file = await open(temp, "wx");
    try {
      // Node's CRC-32 too: fflate's JavaScript one cost ~0.35 s on a 100,000-project county.
      for await (const chunk of streamPlanAsync(plan, { deflateRaw, crc32 }))
        await file.write(chunk);
    } finally {
      await file.close();
    }
  });
}
