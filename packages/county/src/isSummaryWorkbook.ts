import { DETAIL_SHEET, SUMMARY_SHEET } from "@zsyz/indicators";
import type { GridWorkbook } from "@zsyz/ledger";

/** Whether a workbook is a county summary this tool wrote earlier (it has 指标汇总 and 项目明细). */
export function isSummaryWorkbook(workbook: GridWorkbook): boolean {
  const names = new Set(workbook.sheets.map((s) => s.name));
  return names.has(SUMMARY_SHEET) && names.has(DETAIL_SHEET);
}
