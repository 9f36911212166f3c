import type { GridCell, GridSheet } from "./grid.js";
import { dateToIso, serialToIso } from "./parseDate.js";

/** The text a person sees in a cell: numbers as written, dates as ISO, booleans as 是/否. */
export function cellText(cell: GridCell | null | undefined): string {
  if (!cell) return "";
  if (cell.error) return cell.error;
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return isDateFormat(cell.numFmt) ? serialToIso(v) : String(v);
  if (typeof v === "boolean") return v ? "是" : "否";
  return Number.isNaN(v.getTime()) ? "" : dateToIso(v);
}

/** Whether a number format shows a date ("yyyy-mm-dd", "m/d/yy", "yyyy年m月d日"). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  // Asked for every number cell; a workbook has a handful of formats.
  let isDate = DATE_FORMATS.get(numFmt);
  if (isDate === undefined) {
    const f = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    isDate = /[yd]/i.test(f) || /年|月|日/.test(numFmt);
    if (DATE_FORMATS.size >= 1024) DATE_FORMATS.clear();
    DATE_FORMATS.set(numFmt, isDate);
  }
  return isDate;
}

const DATE_FORMATS = new Map<string, boolean>();

/** Whether a cell holds nothing a person would call a value. */
export function isBlankCell(cell: GridCell | null | undefined): boolean {
  if (!cell) return true;
  if (cell.error) return false;
  const v = cell.value;
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Looks up a cell, tolerant of ragged rows. */
export function getCell(sheet: GridSheet, row: number, col: number): GridCell | null | undefined {
  return sheet.rows[row]?.[col];
}

/** Builds a lookup from every cell inside a merged range to the range's top-left cell. */
export function mergeOrigins(
  sheet: GridSheet,
  maxRow: number,
): Map<string, readonly [number, number]> {
  const map = new Map<string, readonly [number, number]>();
  for (const m of sheet.merges) {
    if (m.top > maxRow) continue;
    // Cap the fill: a merge over a whole column must not cost millions of entries.
    for (let r = m.top; r <= Math.min(m.bottom, maxRow); r += 1) {
      for (let c = m.left; c <= Math.min(m.right, m.left + 200); c += 1) {
        if (r !== m.top || c !== m.left) map.set(`${r},${c}`, [m.top, m.left]);
      }
    }
  }
  return map;
}
