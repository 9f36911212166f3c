import { type LedgerIssue, makeIssue } from "./issues.js";
import { toA1 } from "./a1.js";
import { detectHeader } from "./detectHeader.js";
import type { GridSheet, GridWorkbook } from "./grid.js";
import { LEDGER_INDEX } from "./ledgerIndex.js";
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
    const low = findLowHeader(workbook.sheets);
    issues.push(
      low
        ? makeIssue(
            "no_ledger_sheet",
            { file: workbook.file, sheet: low.sheet, cell: toA1(low.row, 0) },
            {
              detail: `工作表“${low.sheet}”第 ${low.row + 1} 行像是表头，但表头必须在前 ${HEADER_SCAN_ROWS} 行内。请删除表头上方多余的空行或说明行`,
            },
          )
        : makeIssue(
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

/** The rows detectHeader scans for a header (its SCAN_ROWS; readLedger.test.ts pins both). */
const HEADER_SCAN_ROWS = 30;

/** How far below the first 30 rows a misplaced header is still looked for, to say where it is. */
const LOW_HEADER_ROWS = 1000;

/**
 * The first header-like row below the rows header detection scans, in a workbook where no
 * ledger header was found: a title block, notes or blank rows pushed it down. Only looked for
 * when the workbook has no ledger, so it costs nothing on the ordinary path.
 */
function findLowHeader(sheets: readonly GridSheet[]): { sheet: string; row: number } | undefined {
  for (const sheet of sheets) {
    const end = Math.min(sheet.rows.length, LOW_HEADER_ROWS);
    for (let start = HEADER_SCAN_ROWS; start < end; start += HEADER_SCAN_ROWS - 1) {
      const window = {
        name: sheet.name,
        rows: sheet.rows.slice(start, start + HEADER_SCAN_ROWS),
        merges: [],
      };
      const found = detectHeader(window, { index: LEDGER_INDEX, anchor: "name", minKeys: 3 });
      if (found) return { sheet: sheet.name, row: start + found.top };
    }
  }
  return undefined;
}
