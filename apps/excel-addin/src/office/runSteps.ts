import type { XlRequestContext } from "./excelApi.js";
import { isOversizeFailure } from "./payload.js";

/** One queued write and the request bytes it adds. */
export interface Step {
  bytes: number;
  queue(context: XlRequestContext): void;
  /** The same write as smaller steps, for a retry after Excel refused it as too large. */
  split?(): Step[] | undefined;
}

/**
 * Queues steps into as few syncs as the payload budget allows (Excel on the web refuses
 * requests over 5 MB), with calculation suspended in each, then recalculates once.
 *
 * - A batch Excel refuses as too large ran not at all, so it is queued again with half the
 *   budget; a single step that is still too large is split (row blocks in halves) if it can be.
 * - "Once set, it is the developer's responsibility to re-calc the workbook"
 *   (Application.suspendApiCalculationUntilNextSync, ExcelApi 1.6): a last sync, not suspended,
 *   asks for a full recalculation (Application.calculate, ExcelApi 1.1), so formulas written
 *   while suspended never show stale results.
 */
export async function runSteps(
  context: XlRequestContext,
  steps: readonly Step[],
  budget: number,
): Promise<void> {
  const pending = [...steps];
  let limit = budget;
  while (pending.length > 0) {
    const batch: Step[] = [];
    let used = 0;
    while (pending.length > 0 && (batch.length === 0 || used + pending[0]!.bytes <= limit)) {
      const step = pending.shift()!;
      batch.push(step);
      used += step.bytes;
    }
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const step of batch) step.queue(context);
    try {
      await context.sync();
    } catch (e) {
      if (!isOversizeFailure(e, used)) throw e;
      if (batch.length > 1) {
        pending.unshift(...batch);
        limit = Math.max(1, Math.floor(used / 2));
        continue;
      }
      const parts = batch[0]!.split?.();
      if (!parts || parts.length < 2) throw e;
      pending.unshift(...parts);
    }
  }
  // Full: every formula is marked dirty and recalculated, whatever the suspended writes left.
  context.workbook.application.calculate("Full");
  await context.sync();
}
