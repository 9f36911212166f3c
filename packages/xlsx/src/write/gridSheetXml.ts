import type { CellRange, GridCell, GridSheet } from "@zsyz/ledger";
import { dateToSerial, toA1 } from "@zsyz/ledger";
import { escapeText, escapeXml } from "./escapeXml.js";
import { NS_MAIN, NS_REL, XML_HEAD } from "./namespaces.js";
import type { SharedStrings } from "./SharedStrings.js";
import type { StyleTable } from "./StyleTable.js";
import { rowOpenXml } from "./sheetXmlParts.js";

/** Width of every used column of a grid sheet, as the sample ledgers have always had it. */
const GRID_COLUMN_WIDTH = 14;
const NO_HEIGHTS = new Map<number, number>();

const rangeA1 = (m: CellRange): string => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;

/** The worksheet XML of a plain grid sheet: values, formulas with cached results, errors, merges, hidden rows. */
export function gridSheetXml(
  sheet: GridSheet,
  ctx: { selected: boolean; styles: StyleTable; strings: SharedStrings },
): string {
  const width = sheet.rows.reduce((n, r) => Math.max(n, r.length), 0);
  const hidden = new Set(sheet.hiddenRows ?? []);
  const rowCount = [...hidden].reduce((n, r) => Math.max(n, r + 1), sheet.rows.length);
  const parts: string[] = [];
  for (let r = 0; r < rowCount; r += 1) {
    const cells = (sheet.rows[r] ?? [])
      .map((cell, c) => (cell ? cellXml(toA1(r, c), cell, ctx.styles, ctx.strings) : ""))
      .join("");
    if (cells || hidden.has(r))
      parts.push(`${rowOpenXml(r, NO_HEIGHTS, hidden.has(r))}${cells}</row>`);
  }
  const last = width > 0 && rowCount > 0 ? toA1(rowCount - 1, width - 1) : "A1";
  const cols = width
    ? `<cols><col min="1" max="${width}" width="${GRID_COLUMN_WIDTH}" customWidth="1"/></cols>`
    : "";
  const merges = sheet.merges.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${rangeA1(m)}"/>`).join("")}</mergeCells>`
    : "";
  return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="A1:${last}"/><sheetViews><sheetView workbookViewId="0"${ctx.selected ? ' tabSelected="1"' : ""}/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${parts.join("")}</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

function cellXml(ref: string, cell: GridCell, styles: StyleTable, strings: SharedStrings): string {
  const v = cell.value;
  // A Date without a format would show as a bare serial number.
  const numFmt = cell.numFmt ?? (v instanceof Date ? "yyyy-mm-dd" : undefined);
  const s = styles.xf(undefined, numFmt);
  const attr = s ? ` s="${s}"` : "";
  const f =
    cell.formula === undefined ? "" : `<f>${escapeText(cell.formula.replace(/^=/, ""))}</f>`;
  if (cell.error !== undefined)
    return `<c r="${ref}"${attr} t="e">${f}<v>${escapeXml(cell.error)}</v></c>`;
  const num = v instanceof Date ? dateToSerial(v) : v;
  if (typeof num === "number" && Number.isFinite(num))
    return `<c r="${ref}"${attr}>${f}<v>${num}</v></c>`;
  if (typeof num === "boolean") return `<c r="${ref}"${attr} t="b">${f}<v>${num ? 1 : 0}</v></c>`;
  if (typeof num === "string")
    // Without a formula a string is text, even when it starts with "=".
    return f
      ? `<c r="${ref}"${attr} t="str">${f}<v>${escapeXml(num)}</v></c>`
      : `<c r="${ref}"${attr} t="s"><v>${strings.id(num)}</v></c>`;
  // A formula without a cached result: readers see the formula and no value.
  if (f) return `<c r="${ref}"${attr}>${f}</c>`;
  return attr ? `<c r="${ref}"${attr}/>` : "";
}
