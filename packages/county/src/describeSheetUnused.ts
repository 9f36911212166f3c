import {
  type GridSheet,
  type GridWorkbook,
  type LedgerIssue,
  makeIssue,
  normalizeText,
  toA1,
} from "@zsyz/ledger";

// Enough of a row's text to recognise it by in 问题清单.
const RAW_LIMIT = 40;

/**
 * The issue of a rule sheet that holds something but that the county job could not use at all
 * (no header it knows): named at the first filled row, with that row's text, so staff see what
 * was read instead of a header, why the sheet was not used and what the run did instead. Null
 * when the sheet is blank (as if it were not there).
 * @example describeSheetUnused(workbook, sheet, { label: "考评办法", detail: "前 10 行中没有找到…", then: "考评得分按「设置」…" })?.cell === "A1"
 */
export function describeSheetUnused(
  workbook: GridWorkbook,
  sheet: GridSheet,
  why: { label: string; detail: string; then: string },
): LedgerIssue | null {
  for (const [r, row] of sheet.rows.entries()) {
    const texts: { col: number; text: string }[] = [];
    row?.forEach((cell, col) => {
      const v = cell?.value;
      const text = v === null || v === undefined ? "" : normalizeText(String(v));
      if (text !== "") texts.push({ col, text });
    });
    const first = texts[0];
    if (!first) continue;
    const raw = texts.map((t) => t.text).join("、");
    return makeIssue(
      "settings_invalid",
      {
        file: workbook.file,
        sheet: sheet.name,
        cell: toA1(r, first.col),
        raw: raw.length > RAW_LIMIT ? `${raw.slice(0, RAW_LIMIT)}…` : raw,
        row: r + 1,
      },
      { label: why.label, detail: why.detail, other: why.then },
    );
  }
  return null;
}
