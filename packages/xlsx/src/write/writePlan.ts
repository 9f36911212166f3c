import type { WorkbookPlan } from "@zsyz/indicators";
import { collectChunks } from "./collectChunks.js";
import { streamPlan } from "./streamPlan.js";
import type { WriteOptions } from "./WriteOptions.js";

/**
 * Writes a workbook plan as one .xlsx byte array (streamPlan, collected): for plans that fit
 * in memory twice over, such as a browser download.
 * @example new Blob([writePlan(plan)], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
 */
export function writePlan(plan: WorkbookPlan, options: WriteOptions = {}): Uint8Array {
  return collectChunks(streamPlan(plan, options));
}
