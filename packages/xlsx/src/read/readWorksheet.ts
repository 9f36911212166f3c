import {
  type CellRange,
  type CellValue,
  type GridCell,
  type GridSheet,
  serialToDate,
} from "@zsyz/ledger";
import { clipMerges } from "./clipMerges.js";
import { columnLetters, MAX_COLUMNS, MAX_ROWS, parseCellRef } from "./parseCellRef.js";
import { readInlineString } from "./readInlineString.js";
import type { StyleTable } from "./readStyles.js";
import { slideFormula } from "./slideFormula.js";
import { XlsxReadError } from "./XlsxReadError.js";
import { CLOSE, OPEN, XmlScanner } from "./XmlScanner.js";

/** Everything one worksheet's cells are resolved against. */
export interface WorksheetContext {
  name: string;
  hidden: boolean;
  sharedStrings: readonly string[];
  styles: StyleTable;
  date1904: boolean;
  maxCells: number;
  /** Relationship ids of this sheet's part; a `<hyperlink>` counts only when its id is here. */
  relationshipIds: ReadonlySet<string>;
}

type Row = Array<GridCell | null>;

// Stands for a `<v>` read as a number in place: any text but "" would do.
const READ_IN_PLACE = "#";

// Shared by every absent row: GridSheet rows are read-only, so one frozen array will do.
const EMPTY_ROW: readonly GridCell[] = Object.freeze([]);

/** Elements with nothing the grid needs; skipped whole, however large. */
const SKIPPED = new Set([
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "sheetViews",
  "cols",
  "headerFooter",
  "drawing",
  "legacyDrawing",
]);

/**
 * Scans one worksheet part (whole, or in pieces cut between rows) into a GridSheet, in the shape exceljs's readGrid gave: rows
 * indexed by row number (ragged, only as long as their last value), merged-over cells
 * empty, hidden rows listed when they hold anything.
 */
export function readWorksheet(xml: string | readonly string[], ctx: WorksheetContext): GridSheet {
  const rows: Array<Row | undefined> = [];
  const rowCounts: number[] = [];
  const hiddenRows = new Set<number>();
  const masters = new Map<string, { formula: string; ref: string }>();
  const merges: CellRange[] = [];
  const hyperlinkRefs: string[] = [];
  const { sharedStrings, styles, date1904 } = ctx;
  let rowIndex = -1;
  let col = -1;
  let cellCount = 0;
  let usedBottom = -1;
  let usedRight = -1;

  // The part in pieces cut after a </row> (ZipParts.readSheetPieces): no cell spans two.
  for (const piece of typeof xml === "string" ? [xml] : xml) {
    const s = new XmlScanner(piece);
    while (s.next()) {
      if (s.kind !== OPEN) continue;
      if (s.is("c")) {
        // r, s and t read in place: a county's ledgers are millions of cells.
        const r = s.attrIndex("r");
        const at = r < 0 ? -1 : s.attrCellRef(r);
        col = at >= 0 ? at % MAX_COLUMNS : col + 1;
        if (rowIndex < 0 || col >= MAX_COLUMNS) {
          s.skipElement();
          continue;
        }
        if (rowIndex > usedBottom) usedBottom = rowIndex;
        if (col > usedRight) usedRight = col;
        if (s.selfClosing) continue;
        // The ref as written, read only for a formula (after the cell's children are scanned).
        const refStart = r < 0 ? -1 : s.valueStart(r);
        const refEnd = r < 0 ? -1 : s.valueEnd(r);
        const refPlain = r < 0 || s.attrIsPlain(r);
        const ti = s.attrIndex("t");
        const t = ti < 0 ? undefined : s.attrIs(ti, "s") ? "s" : s.attrValue(ti);
        const sIndex = s.attrIndex("s");
        const styleIndex = sIndex < 0 ? 0 : s.attrInt(sIndex);
        let v: string | undefined;
        let f: string | undefined;
        let fType: string | undefined;
        let si: string | undefined;
        let fRef: string | undefined;
        let inline: string | undefined;
        // A plain cell's number or shared-string index, read in place (no string for it).
        let number: number | undefined;
        for (let kind = s.next(); kind !== 0; kind = s.next()) {
          if (kind === CLOSE) {
            if (s.is("c")) break;
            continue;
          }
          if (s.is("v")) {
            number =
              f === undefined && fType === undefined && (t === undefined || t === "n" || t === "s")
                ? s.readPlainNumber(t === "s")
                : undefined;
            v = number === undefined ? s.readText() : READ_IN_PLACE;
          } else if (s.is("f")) {
            fType = s.attr("t");
            si = s.attr("si");
            fRef = s.attr("ref");
            f = s.readText();
          } else if (s.is("is")) inline = readInlineString(s);
          else s.skipElement();
        }
        const isFormula = (f !== undefined && f !== "") || fType === "shared";
        if (v === "") v = undefined;
        if (!isFormula && v === undefined && inline === undefined) continue;

        const cell: GridCell = { value: null };
        const numFmt = styleIndex > 0 ? styles.numFmt[styleIndex] : undefined;
        if (numFmt !== undefined && numFmt !== "General") cell.numFmt = numFmt;
        if (isFormula) {
          const address =
            refStart >= 0
              ? s.source(refStart, refEnd, refPlain)
              : `${columnLetters(col)}${rowIndex + 1}`;
          if (fType === "shared" && si !== undefined) {
            if (fRef !== undefined && f) masters.set(si, { formula: f, ref: address });
            else if (!f) {
              const master = masters.get(si);
              f = master ? slideFormula(master.formula, master.ref, address) : "";
            }
          }
          cell.formula = f ?? "";
        }
        if (t === "e") {
          if (v !== undefined) cell.error = v;
        } else if (t === "inlineStr" && !isFormula) cell.value = inline ?? v ?? null;
        else if (number !== undefined && v === READ_IN_PLACE)
          // As toValue reads the text: an index into the shared strings, or the number itself.
          cell.value = t === "s" && !isFormula ? (sharedStrings[number] ?? null) : number;
        else if (v !== undefined) cell.value = toValue(t, v, sharedStrings, isFormula);
        if (typeof cell.value === "number" && styleIndex > 0 && styles.isDate[styleIndex])
          cell.value = serialToDate(cell.value, date1904);

        cellCount += 1;
        if (cellCount > ctx.maxCells)
          throw new XlsxReadError(
            "too_many_cells",
            `sheet ${ctx.name} passes ${ctx.maxCells} cells`,
          );
        const row = (rows[rowIndex] ??= []);
        if (row[col] === undefined) rowCounts[rowIndex] = (rowCounts[rowIndex] ?? 0) + 1;
        row[col] = cell;
      } else if (s.is("row")) {
        const r = Number(s.attr("r"));
        rowIndex = Number.isInteger(r) && r >= 1 && r <= MAX_ROWS ? r - 1 : rowIndex + 1;
        if (rowIndex >= MAX_ROWS) rowIndex = -1;
        col = -1;
        const hidden = s.attr("hidden");
        if (rowIndex >= 0 && (hidden === "1" || hidden === "true")) hiddenRows.add(rowIndex);
      } else if (s.is("mergeCell")) {
        const range = parseRange(s.attr("ref"));
        if (range) merges.push(range);
      } else if (s.is("hyperlink")) {
        const id = s.attr("r:id");
        const ref = s.attr("ref");
        if (id !== undefined && ref !== undefined && ctx.relationshipIds.has(id))
          hyperlinkRefs.push(ref);
      } else if (SKIPPED.has(s.name)) s.skipElement();
    }
  }

  dropHyperlinkFormulas(rows, hyperlinkRefs);
  const clipped = clipMerges(merges, usedBottom, usedRight, ctx.maxCells);
  blankMergedCells(rows, rowCounts, clipped, ctx.maxCells);
  const sheet: GridSheet = { name: ctx.name, rows: fillRows(rows, rowCounts), merges: clipped };
  if (ctx.hidden) sheet.hidden = true;
  const hidden = [...hiddenRows].filter((r) => rows[r] !== undefined).sort((a, b) => a - b);
  if (hidden.length > 0) sheet.hiddenRows = hidden;
  return sheet;
}

function toValue(
  t: string | undefined,
  v: string,
  sharedStrings: readonly string[],
  isFormula: boolean,
): CellValue {
  switch (t) {
    case "s":
      if (isFormula) return parseFloat(v);
      return sharedStrings[parseInt(v, 10)] ?? null;
    case "str":
    case "inlineStr":
      return v;
    case "b":
      return parseInt(v, 10) !== 0;
    case "d": {
      const date = new Date(v.endsWith("Z") || /[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isNaN(date.getTime()) ? v : date;
    }
    default:
      return parseFloat(v);
  }
}

function parseRange(ref: string | undefined): CellRange | undefined {
  if (ref === undefined) return undefined;
  const [a = "", b = a] = ref.split(":");
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (p < 0 || q < 0) return undefined;
  const [r1, c1, r2, c2] = [
    Math.floor(p / MAX_COLUMNS),
    p % MAX_COLUMNS,
    Math.floor(q / MAX_COLUMNS),
    q % MAX_COLUMNS,
  ];
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

// exceljs turns a cell with an external hyperlink into { text, hyperlink }, which readGrid
// reads as its value alone: the formula of such a cell is not reported.
function dropHyperlinkFormulas(rows: Array<Row | undefined>, refs: readonly string[]): void {
  for (const ref of refs) {
    const at = parseCellRef(ref);
    if (at < 0) continue;
    const cell = rows[Math.floor(at / MAX_COLUMNS)]?.[at % MAX_COLUMNS];
    if (cell) delete cell.formula;
  }
}

// As in exceljs, every cell of a merge but its top-left one reads as empty (null), and the
// rows it covers count as present. The budget stops a hostile pile of merges from
// costing more than one sheet's worth of cells.
function blankMergedCells(
  rows: Array<Row | undefined>,
  rowCounts: number[],
  merges: readonly CellRange[],
  budget: number,
): void {
  let left = budget;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r += 1) {
      const width = m.right - m.left + 1;
      if (width > left) return;
      left -= width;
      const row = (rows[r] ??= []);
      for (let c = m.left; c <= m.right; c += 1) {
        if (r === m.top && c === m.left) continue;
        if (row[c] === undefined) rowCounts[r] = (rowCounts[r] ?? 0) + 1;
        row[c] = null;
      }
    }
  }
}

// exceljs fills every gap with null; so do we, except in a row so sparse that filling it
// would cost far more than its cells (one value in column XFD), which keeps its holes.
function fillRows(
  rows: Array<Row | undefined>,
  rowCounts: readonly number[],
): ReadonlyArray<ReadonlyArray<GridCell | null>> {
  const out: Array<ReadonlyArray<GridCell | null>> = new Array<ReadonlyArray<GridCell | null>>(
    rows.length,
  );
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r];
    if (row === undefined) {
      out[r] = EMPTY_ROW;
      continue;
    }
    if (row.length <= 4 * (rowCounts[r] ?? 0) + 64) {
      for (let c = 0; c < row.length; c += 1) if (row[c] === undefined) row[c] = null;
    }
    out[r] = row;
  }
  return out;
}
