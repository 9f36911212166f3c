import type { LedgerIssue, LedgerRecord } from "@zsyz/ledger";
import type { WorkbookSource } from "./LedgerSource.js";

/**
 * Whether an issue is on a sheet of the target (or rule) workbook that holds no ledger: such
 * an issue is the county's, never a township's, even when that workbook also holds the
 * ledgers (the task pane's open workbook, where it would otherwise take the unit most of the
 * workbook's projects belong to).
 * @example isCountySheet(targets, records)({ file: "全县.xlsx", sheet: "统计口径" }) → true
 */
export function isCountySheet(
  source: WorkbookSource | null,
  records: readonly LedgerRecord[],
): (issue: Pick<LedgerIssue, "file" | "sheet">) => boolean {
  if (!source || !("workbook" in source)) return () => false;
  const { file } = source.workbook;
  const sheets = new Set(source.workbook.sheets.map((s) => s.name));
  // One pass without building a key per record: a county has 100,000 of them.
  for (const r of records) {
    if (sheets.size === 0) break;
    if (r.file === file) sheets.delete(r.sheet);
  }
  return (issue) => issue.file === file && sheets.has(issue.sheet);
}
