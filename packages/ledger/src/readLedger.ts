import { type LedgerIssue, makeIssue } from "./issues.js";
import type { GridWorkbook } from "./grid.js";
import { readLedgerSheet } from "./readLedgerSheet.js";
import type { LedgerRead, ReadOptions, SheetRead } from "./result.js";

/**
 * Reads a township workbook: every sheet with a ledger header is read (cover and 说明
 * sheets are skipped); hidden sheets are read only when no visible one is a ledger.
 * Never throws for bad data: what cannot be used is an issue.
 * @example readLedger({ file: "城关镇.xlsx", sheets: [sheet] }, { asOf: "2024-09-30" })
 */
export function readLedger(workbook: GridWorkbook, options: ReadOptions): LedgerRead {
  const asOf = options.asOf;
  const ctx = { file: workbook.file, asOf };
  const visible: SheetRead[] = [];
  const hidden: SheetRead[] = [];
  for (const sheet of workbook.sheets) {
    const read = readLedgerSheet(sheet, ctx);
    if (read) (sheet.hidden ? hidden : visible).push(read);
  }
  const sheets = visible.length > 0 ? visible : hidden;
  const issues: LedgerIssue[] = sheets.flatMap((s) => s.issues);
  if (visible.length > 0) {
    for (const s of hidden)
      issues.push(
        makeIssue(
          "hidden_sheet",
          { file: workbook.file, sheet: s.sheet, cell: "" },
          { detail: String(s.rows.records) },
        ),
      );
  }
  if (sheets.length === 0) {
    const names = workbook.sheets.map((s) => `“${s.name}”`).join("、");
    issues.push(
      makeIssue(
        "no_ledger_sheet",
        { file: workbook.file, sheet: workbook.sheets[0]?.name ?? "", cell: "" },
        { detail: names ? `查看了工作表 ${names}` : "工作簿中没有工作表" },
      ),
    );
  }
  const records = sheets.flatMap((s) => s.records);
  const rejected = sheets.reduce((n, s) => n + s.rows.rejected, 0);
  const skipped = sheets.reduce((n, s) => n + s.rows.skipped, 0);
  return {
    file: workbook.file,
    sheets,
    records,
    issues,
    rows: { read: records.length + rejected, records: records.length, rejected, skipped },
  };
}
