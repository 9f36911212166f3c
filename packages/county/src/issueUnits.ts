import type { LedgerIssue, LedgerRecord } from "@zsyz/ledger";
import type { FileOutcome } from "./LedgerSource.js";

/**
 * Which unit each issue belongs to, for 问题清单's 单位 column and 考评得分's deductions: the
 * unit of the project row it is about; else the unit most rows of its sheet belong to (one
 * workbook may hold every township's sheet, as in the task pane); else its file's unit. An
 * issue on a sheet of `countyFile` (the target or rule workbook) that holds no ledger rows is
 * the county's: no unit, even when that workbook holds the ledgers too (the pane's).
 * @example issueUnits(issues, records, files)[0] === "城关镇"
 */
export function issueUnits(
  issues: readonly LedgerIssue[],
  records: readonly LedgerRecord[],
  files: readonly FileOutcome[],
  countyFile?: string,
): string[] {
  if (issues.length === 0) return [];
  const key = (file: string, sheet: string) => `${file}\u0000${sheet}`;
  // Only the rows issues name are remembered: a county has 100,000 records and few issues.
  const named = new Set(issues.map((i) => `${key(i.file, i.sheet)}\u0000${i.row ?? ""}`));
  const byRow = new Map<string, string>();
  const counts = new Map<string, Map<string, number>>();
  // A sheet's records come together: its key is made once per run of them, not per record.
  let lastFile = "";
  let lastSheet = "";
  let sheet = "";
  let units = new Map<string, number>();
  for (const r of records) {
    if (r.file !== lastFile || r.sheet !== lastSheet || sheet === "") {
      [lastFile, lastSheet, sheet] = [r.file, r.sheet, key(r.file, r.sheet)];
      units = counts.get(sheet) ?? new Map<string, number>();
      counts.set(sheet, units);
    }
    if (named.size > 0) {
      const row = `${sheet}\u0000${r.row}`;
      if (named.has(row)) byRow.set(row, r.unit);
    }
    units.set(r.unit, (units.get(r.unit) ?? 0) + 1);
  }
  const bySheet = new Map<string, string>();
  for (const [sheet, units] of counts) {
    let best = "";
    let most = 0;
    for (const [unit, n] of units)
      if (n > most) {
        best = unit;
        most = n;
      }
    bySheet.set(sheet, best);
  }
  const byFile = new Map(files.map((f) => [f.file, f.unit ?? ""]));
  return issues.map((i) => {
    const sheet = key(i.file, i.sheet);
    if (countyFile !== undefined && i.file === countyFile && !counts.has(sheet)) return "";
    return (
      (i.row === undefined ? undefined : byRow.get(`${sheet}\u0000${i.row}`)) ??
      bySheet.get(sheet) ??
      byFile.get(i.file) ??
      ""
    );
  });
}
