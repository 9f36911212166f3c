import type { CellRange, GridCell, GridSheet } from "@zsyz/ledger";
import { parseRangeA1, rangeToA1 } from "../office/address.js";
import { ERROR_LITERAL, type SheetGrid } from "../office/readSheetGrid.js";
import { normaliseValues } from "./normaliseValues.js";
import type { EtApplication, EtRange, EtValue, EtWorksheet } from "./wpsApi.js";

/** The worksheet of that name, or the active one. */
export function worksheetOf(app: EtApplication, sheet?: string): EtWorksheet {
  return sheet === undefined ? app.ActiveSheet : app.ActiveWorkbook.Worksheets.Item(sheet);
}

/**
 * Reads a worksheet's used range as the ledger package's grid through the WPS object model:
 * values and formulas in one call each (Value2: dates as serials), number formats per column
 * (cell by cell only for the numbers of a column whose formats differ), merged areas and hidden
 * rows by halving blocks (calls follow the merges and hidden runs, not the rows). Grid
 * coordinates equal sheet coordinates.
 */
export function readWpsGrid(app: EtApplication, sheet?: string): SheetGrid {
  const file = app.ActiveWorkbook.Name;
  const ws = worksheetOf(app, sheet);
  const name = ws.Name;
  const used = ws.UsedRange;
  const area: CellRange = {
    top: used.Row - 1,
    left: used.Column - 1,
    bottom: used.Row - 1 + used.Rows.Count - 1,
    right: used.Column - 1 + used.Columns.Count - 1,
  };
  const rowsCount = area.bottom - area.top + 1;
  const colsCount = area.right - area.left + 1;
  const values = normaliseValues(used.Value2, rowsCount, colsCount);
  const formulas = normaliseValues(used.Formula, rowsCount, colsCount);
  const formats = columnFormats(ws, area, values);
  const rows: (GridCell | null)[][] = [];
  for (let r = 0; r < area.top; r++) rows.push([]);
  values.forEach((valueRow, i) => {
    const cells: (GridCell | null)[] = new Array<null>(area.left).fill(null);
    valueRow.forEach((value, j) =>
      cells.push(toGridCell(value, formulas[i]?.[j], formats[j]?.(i))),
    );
    rows.push(cells);
  });
  const grid: GridSheet = { name, rows, merges: mergesOf(ws, used, area) };
  const hidden = hiddenRows(ws, used, area);
  if (hidden.length > 0) grid.hiddenRows = hidden;
  if (values.every((r) => r.every((v) => v === null)) && grid.merges.length === 0)
    return { file, sheet: { name, rows: [], merges: [] } };
  return { file, sheet: grid };
}

/** Per column, the number format of row i of the area: one call per column, more only when they differ. */
function columnFormats(
  ws: EtWorksheet,
  area: CellRange,
  values: EtValue[][],
): ((i: number) => string | undefined)[] {
  const out: ((i: number) => string | undefined)[] = [];
  for (let c = area.left; c <= area.right; c++) {
    const column = ws.Range(rangeToA1({ ...area, left: c, right: c }));
    const uniform = column.NumberFormat;
    if (uniform !== null) {
      out.push(() => uniform);
      continue;
    }
    const j = c - area.left;
    const cache = new Map<number, string | undefined>();
    out.push((i) => {
      if (typeof values[i]?.[j] !== "number") return undefined;
      if (!cache.has(i)) cache.set(i, column.Cells(i + 1, 1).NumberFormat ?? undefined);
      return cache.get(i);
    });
  }
  return out;
}

/**
 * VBA's error values (CVErr) as the HRESULT numbers a variant carries them in. Whether WPS hands a
 * JS add-in these numbers or the "#DIV/0!" text is unconfirmed: both are read as errors.
 */
const CVERR: Readonly<Record<number, string>> = {
  [-2146826281]: "#DIV/0!",
  [-2146826246]: "#N/A",
  [-2146826259]: "#NAME?",
  [-2146826288]: "#NULL!",
  [-2146826252]: "#NUM!",
  [-2146826265]: "#REF!",
  [-2146826273]: "#VALUE!",
};

function toGridCell(
  value: EtValue,
  formula: EtValue,
  numberFormat: string | undefined,
): GridCell | null {
  const cell: GridCell = { value: null };
  // Formula gives a text constant back as itself, so text that merely starts with "=" (ledger
  // text kept as text) reads the same through Value2 and Formula; a real formula does not.
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value)
    cell.formula = formula.slice(1);
  const error =
    typeof value === "string" && ERROR_LITERAL.test(value)
      ? value
      : typeof value === "number"
        ? CVERR[value]
        : undefined;
  if (error !== undefined) cell.error = error;
  else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    cell.value = value;
  if (numberFormat !== undefined && numberFormat !== "General" && typeof value === "number")
    cell.numFmt = numberFormat;
  return cell.value === null && cell.formula === undefined && cell.error === undefined
    ? null
    : cell;
}

/**
 * Merged areas, found by halving: a block whose MergeCells is false has none and costs two calls;
 * a mixed one (null) is split in two, rows first; a block of merged cells only (true) gives the
 * merge area of its top-left cell, and the rest of the block is looked at again. The calls follow
 * the merges (a few dozen for a merged title and two-row header), not the rows: checking row by
 * row cost over 4,000 calls on a 2,000-row ledger, each a crossing into WPS.
 */
function mergesOf(ws: EtWorksheet, used: EtRange, area: CellRange): CellRange[] {
  const found = new Map<string, CellRange>();
  const visit = (block: CellRange, range: EtRange) => {
    const state = range.MergeCells;
    if (state === false) return;
    if (state === true) {
      const merged = parseRangeA1(range.MergeArea.Address(false, false));
      if (!merged) return;
      found.set(rangeToA1(merged), merged);
      for (const rest of outside(block, merged)) visit(rest, ws.Range(rangeToA1(rest)));
      return;
    }
    for (const half of halves(block)) visit(half, ws.Range(rangeToA1(half)));
  };
  visit(area, used);
  return [...found.values()];
}

/** A block in two, across its rows when it has more than one, else across its columns. */
function halves(block: CellRange): CellRange[] {
  if (block.bottom > block.top) {
    const middle = block.top + Math.floor((block.bottom - block.top) / 2);
    return [
      { ...block, bottom: middle },
      { ...block, top: middle + 1 },
    ];
  }
  if (block.right > block.left) {
    const middle = block.left + Math.floor((block.right - block.left) / 2);
    return [
      { ...block, right: middle },
      { ...block, left: middle + 1 },
    ];
  }
  // One cell cannot be partly merged; nothing more to split.
  return [];
}

/** The parts of `block` outside `cut` (which may reach beyond it): up to four rectangles. */
function outside(block: CellRange, cut: CellRange): CellRange[] {
  const top = Math.max(block.top, cut.top);
  const bottom = Math.min(block.bottom, cut.bottom);
  const parts: CellRange[] = [
    { ...block, bottom: Math.min(block.bottom, cut.top - 1) },
    { ...block, top: Math.max(block.top, cut.bottom + 1) },
    { top, bottom, left: block.left, right: Math.min(block.right, cut.left - 1) },
    { top, bottom, left: Math.max(block.left, cut.right + 1), right: block.right },
  ];
  return parts.filter((p) => p.top <= p.bottom && p.left <= p.right);
}

/** Hidden rows, found by halving as merges are: the calls follow runs of hidden rows, not the rows. */
function hiddenRows(ws: EtWorksheet, used: EtRange, area: CellRange): number[] {
  const hidden: number[] = [];
  const visit = (block: CellRange, range: EtRange) => {
    const state = range.EntireRow.Hidden;
    if (state === false) return;
    if (state === true) {
      for (let r = block.top; r <= block.bottom; r++) hidden.push(r);
      return;
    }
    if (block.bottom === block.top) return;
    const middle = block.top + Math.floor((block.bottom - block.top) / 2);
    for (const half of [
      { ...block, bottom: middle },
      { ...block, top: middle + 1 },
    ])
      visit(half, ws.Range(rangeToA1(half)));
  };
  visit(area, used);
  return hidden;
}
