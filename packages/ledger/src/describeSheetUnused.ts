import { toA1 } from "./a1.js";
import { cellText, getCell } from "./cellText.js";
import type { GridSheet } from "./grid.js";
import { type IssueCode, type IssueParams, type LedgerIssue, makeIssue } from "./issues.js";
import { displayText } from "./normalizeText.js";

// Enough of a row's text to recognise it by in 问题清单.
const RAW_LIMIT = 40;

/**
 * The issue of a sheet staff filled but that could not be used at all (no header it knows,
 * such as 重复项目归属, 考评办法 or 达标要求): named at its first filled row, with that row's
 * text as shown in Excel, so staff see what was read instead of a header; `params` say why and
 * what the run did instead. Null when the sheet is blank (as if it were not there).
 * @example describeSheetUnused("汇总.xlsx", sheet, "settings_invalid", { label: "考评办法", detail: "前 10 行中没有找到…" })?.cell === "A1"
 */
export function describeSheetUnused(
  file: string,
  sheet: GridSheet,
  code: IssueCode,
  params: IssueParams,
): LedgerIssue | null {
  for (const [r, row] of sheet.rows.entries()) {
    const texts: { col: number; text: string }[] = [];
    row?.forEach((_, c) => {
      const text = displayText(cellText(getCell(sheet, r, c)));
      if (text !== "") texts.push({ col: c, text });
    });
    const first = texts[0];
    if (!first) continue;
    const raw = texts.map((t) => t.text).join("、");
    return makeIssue(
      code,
      {
        file,
        sheet: sheet.name,
        cell: toA1(r, first.col),
        raw: raw.length > RAW_LIMIT ? `${raw.slice(0, RAW_LIMIT)}…` : raw,
        row: r + 1,
      },
      params,
    );
  }
  return null;
}
