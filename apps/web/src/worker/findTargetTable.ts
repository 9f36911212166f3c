import { isSummaryWorkbook } from "@zsyz/county";
import { type GridWorkbook, readTargets } from "@zsyz/ledger";

/** Names a 任务分解表 usually carries; those files are looked at first. */
export const TARGET_NAME = /任务|目标|分解/;

/**
 * Whether a workbook is a 指标任务分解表, by its headers: a sheet with a unit column and at
 * least one target column (年度签约资金任务…), as `readTargets` finds it. Ledger headers never
 * match (their columns are amounts, not 任务), and our own earlier summary (told as the pipeline
 * tells it), whose 指标汇总 repeats the target columns, is not taken for one.
 */
export function isTargetTable(workbook: GridWorkbook): boolean {
  if (isSummaryWorkbook(workbook)) return false;
  const read = readTargets(workbook);
  return read.targets.length > 0 || read.total !== undefined;
}
