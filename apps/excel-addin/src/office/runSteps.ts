import type { XlRequestContext } from "./excelApi.js";

/** One queued write and the request bytes it adds. */
export interface Step {
  bytes: number;
  queue(context: XlRequestContext): void;
}

/**
 * Queues steps into as few syncs as the payload budget allows (Excel on the web refuses
 * requests over 5 MB), suspending calculation in each sync when the host can.
 */
export async function runSteps(
  context: XlRequestContext,
  steps: readonly Step[],
  budget: number,
  suspend: boolean,
): Promise<void> {
  let used = 0;
  let queued = 0;
  for (const step of steps) {
    if (queued > 0 && used + step.bytes > budget) {
      await context.sync();
      used = 0;
      queued = 0;
    }
    if (queued === 0 && suspend) context.workbook.application.suspendApiCalculationUntilNextSync();
    step.queue(context);
    used += step.bytes;
    queued += 1;
  }
  if (queued > 0) await context.sync();
}
