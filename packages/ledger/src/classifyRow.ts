import { cellText, isBlankCell } from "./cellText.js";
import type { GridCell } from "./grid.js";
import { normalizeText } from "./normalizeText.js";
import { isPlaceholder } from "./parseMoney.js";

/** What a row below the header is. Only "project" and "nameless" rows are project rows. */
export type RowKind =
  "blank" | "totals" | "subtotal" | "footer" | "heading" | "project" | "nameless";

/** The columns classification needs to know about. */
export interface RowLayout {
  nameCol: number;
  seqCol?: number;
  /** Columns holding money or dates: text there makes a row more than a heading. */
  valueCols: ReadonlySet<number>;
  /** Returns how many header keys the texts of a row match (a repeated header row). */
  countHeaderWords: (texts: readonly string[]) => number;
}

const TOTALS = /^(合计|总计|共计|总合计|全县合计|全区合计|全镇合计|累计合计)/;
const SUBTOTAL = /^(小计|分计)/;
const FOOTER =
  /^(填报人|审核人|填报日期|填表人|填表日期|制表人|制表|审核|负责人|单位负责人|主要负责人|分管领导|联系人|联系电话|报送日期|填报单位|注[:：]|说明[:：]|备注[:：])/;
const HEADING =
  /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[部类批]|(新签约?|续建|在谈|签约|在建|开工|竣工|投产|结转)(类)?项目[:：]?$)/;

/**
 * Tells a project row from totals, subtotal, footer, blank and heading rows.
 * @example classifyRow(["合计", "", 1200], layout) === "totals"
 */
export function classifyRow(
  cells: ReadonlyArray<GridCell | null | undefined>,
  layout: RowLayout,
  mergedAcross: boolean,
): RowKind {
  const filled: Array<[number, string]> = [];
  cells.forEach((cell, col) => {
    if (!isBlankCell(cell)) filled.push([col, normalizeText(cellText(cell))]);
  });
  if (filled.length === 0) return "blank";
  const written = normalizeText(cellText(cells[layout.nameCol]));
  // "—" or "/" in the name column is no name: the row would count as a project nobody can identify.
  const name = isPlaceholder(written) ? "" : written;
  const lead = filled.slice(0, 3).map(([, t]) => t);
  if (lead.some((t) => TOTALS.test(t)) || TOTALS.test(name)) return "totals";
  if (lead.some((t) => SUBTOTAL.test(t)) || SUBTOTAL.test(name)) return "subtotal";
  const first = filled[0]?.[1] ?? "";
  if (FOOTER.test(name) || (name === "" && filled.some(([, t]) => FOOTER.test(t)))) return "footer";
  // A repeated header row has a header word in the name column; checking that one cell
  // first keeps this off the path of ordinary project rows.
  if (
    layout.countHeaderWords([name]) === 1 &&
    layout.countHeaderWords(filled.map(([, t]) => t)) >= 3
  )
    return "heading";
  if (isColumnNumbering(filled)) return "heading";
  const hasValues = filled.some(([col]) => layout.valueCols.has(col));
  if (!hasValues && HEADING.test(first) && (filled.length <= 2 || mergedAcross)) return "heading";
  if (
    !hasValues &&
    filled.length === 1 &&
    name === "" &&
    (mergedAcross || filled[0]?.[0] === layout.seqCol)
  )
    return "heading";
  return name === "" ? "nameless" : "project";
}

/** A "栏次" row under the header: 1, 2, 3 … (or 甲, 乙, 丙) across the columns. */
function isColumnNumbering(filled: ReadonlyArray<[number, string]>): boolean {
  if (filled.length < 4) return false;
  const gan = "甲乙丙丁戊己庚辛壬癸";
  return filled.every(([, t], i) => t === String(i + 1) || t === gan[i]);
}
