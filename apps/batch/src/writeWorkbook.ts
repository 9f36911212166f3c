import type { WorkbookPlan } from "@zsyz/indicators";
import { type DeflateRaw, streamPlan } from "@zsyz/xlsx";
import { open } from "node:fs/promises";
import { constants, crc32, deflateRawSync } from "node:zlib";
import { writeAtomically } from "./writeFileAtomic.js";

// Native zlib compresses the pieces the pure writer hands over (several times faster than
// fflate in JavaScript; packages/xlsx/README.md has the figures). Each piece is its own
// raw DEFLATE run ending in a sync flush, so the pieces concatenate into one stream.
const deflateRaw: DeflateRaw = (data, final) =>
  deflateRawSync(data, {
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
      for (const chunk of streamPlan(plan, { deflateRaw, crc32 })) await file.write(chunk);
    } finally {
      await file.close();
    }
  });
}
