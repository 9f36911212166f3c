import type { CellRange, GridCell, GridSheet } from "@zsyz/ledger";
import type { Capabilities } from "./capabilities.js";
import type { XlRange, XlRangeAreas, XlRequestContext, XlWorksheet } from "./excelApi.js";
import type { ExcelHost } from "./host.js";
import { parseRangeA1, rangeToA1 } from "./address.js";
import { SYNC_BUDGET_BYTES, isOversizeFailure, jsonBytes } from "./payload.js";

/** A worksheet read as the ledger package's grid, with the workbook's name as its file. */
export interface SheetGrid {
  file: string;
  sheet: GridSheet;
}

/** Options of readSheetGrid. */
interface ReadSheetOptions {
  /** Sheet to read; the active sheet when absent. */
  sheet?: string;
  capabilities: Capabilities;
  /** Target response size per sync; defaults to a margin under Excel on the web's 5 MB. */
  budgetBytes?: number;
}

// Before the first block arrives nothing is known about the data: assume longish cells; an overshoot is retried in halves.
const FIRST_GUESS_BYTES_PER_CELL = 64;
/** Excel's error values as text ("#DIV/0!"), as the API and the grid spell them. */
export const ERROR_LITERAL =
  /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

/**
 * Reads a worksheet's used range as a grid in a bounded number of syncs: one for its size, then
 * row blocks of values and number formats sized to stay under the payload budget (the count
 * grows only with the data's bytes, never per row). Grid coordinates equal sheet coordinates.
 */
export async function readSheetGrid(
  host: ExcelHost,
  options: ReadSheetOptions,
): Promise<SheetGrid> {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const caps = options.capabilities;
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const ws =
      options.sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(options.sheet);
    ws.load(["name"]);
    context.workbook.load(["name"]);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount", "rowHidden"]);
    await context.sync();
    const file = context.workbook.name;
    if (used.isNullObject) return { file, sheet: { name: ws.name, rows: [], merges: [] } };

    const area: CellRange = {
      top: used.rowIndex,
      left: used.columnIndex,
      bottom: used.rowIndex + used.rowCount - 1,
      right: used.columnIndex + used.columnCount - 1,
    };
    let extras: Extras = { formulas: undefined, visible: undefined };
    const rows: (GridCell | null)[][] = [];
    const merges: CellRange[] = [];
    const pad: null[] = new Array<null>(area.left).fill(null);
    const blocks = { budget, withFormulas: !caps.specialCells, withMerges: caps.mergedAreas };
    await readBlocks(context, ws, area, blocks, {
      // Ride along with the first block; queued again if that sync fails and is retried.
      beforeFirst: () => {
        extras = queueSheetExtras(ws, area, caps, used.rowHidden !== false);
      },
      acceptMerges: (found) => merges.push(...found),
      accept: (top, block) => {
        block.values.forEach((valueRow, i) => {
          const cells = valueRow.map((value, j) =>
            toGridCell(value, block.numberFormat[i]?.[j], block.formulas?.[i]?.[j]),
          );
          rows[top + i] = [...pad, ...cells];
        });
      },
    });
    applyFormulas(rows, extras.formulas);
    const sheet: GridSheet = {
      name: ws.name,
      rows: fillRows(rows, area.bottom + 1),
      merges,
    };
    const hidden = hiddenRows(area, extras.visible);
    if (hidden.length > 0) sheet.hiddenRows = hidden;
    return { file, sheet };
  });
}

interface Extras {
  formulas: XlRangeAreas | undefined;
  visible: XlRangeAreas | undefined;
}

/** Queues the lookups that ride along with the first block: formula cells, visible rows. */
function queueSheetExtras(
  ws: XlWorksheet,
  area: CellRange,
  caps: Capabilities,
  mixedHidden: boolean,
): Extras {
  const whole = ws.getRange(rangeToA1(area));
  const formulas = caps.specialCells
    ? whole
        .getSpecialCellsOrNullObject("Formulas")
        .load(["areas/items/address", "areas/items/formulas"])
    : undefined;
  // Only when some rows are hidden and some not: Excel reports rowHidden as null then.
  const visible =
    caps.specialCells && mixedHidden
      ? whole.getSpecialCellsOrNullObject("Visible").load(["areas/items/address"])
      : undefined;
  return { formulas, visible };
}

interface Block {
  values: unknown[][];
  numberFormat: unknown[][];
  formulas?: unknown[][];
}

/**
 * Rows per merged-area lookup: 512 merged areas is the most one lookup returns (more and it
 * fails, Range.getMergedAreasOrNullObject), so a block's merges are asked for in slices this tall.
 */
const MERGE_SLICE_ROWS = 200;

/**
 * Reads row blocks top to bottom, each sized from the bytes per row seen so far, with the
 * merged areas that start in the block (a lookup returns only merges whose top-left cell is in
 * its range, office-js#3611, so every merge is found exactly once).
 */
async function readBlocks(
  context: XlRequestContext,
  ws: XlWorksheet,
  area: CellRange,
  options: { budget: number; withFormulas: boolean; withMerges: boolean },
  handlers: {
    beforeFirst: () => void;
    accept: (top: number, block: Block) => void;
    acceptMerges: (merges: CellRange[]) => void;
  },
): Promise<void> {
  const columns = area.right - area.left + 1;
  let bytesPerRow = columns * FIRST_GUESS_BYTES_PER_CELL * (options.withFormulas ? 1.5 : 1);
  let mergesInline = options.withMerges;
  let top = area.top;
  while (top <= area.bottom) {
    const count = Math.max(
      1,
      Math.min(area.bottom - top + 1, Math.floor(options.budget / bytesPerRow)),
    );
    if (top === area.top) handlers.beforeFirst();
    const rect = { top, left: area.left, bottom: top + count - 1, right: area.right };
    const range = ws.getRange(rangeToA1(rect));
    range.load(
      options.withFormulas ? ["values", "numberFormat", "formulas"] : ["values", "numberFormat"],
    );
    const mergeLookups = mergesInline ? queueMergeLookups(ws, rect) : [];
    try {
      await context.sync();
    } catch (e) {
      // A block of unusually long cells can still overshoot Excel's limit: halve it and retry.
      if (isOversizeFailure(e, count * bytesPerRow) && count > 1) {
        bytesPerRow = (options.budget / count) * 2;
        continue;
      }
      // A slice with more than 512 merged areas fails the whole sync: read the block again
      // without them, then the merges in slices of their own (mergesInline stays off after).
      if (mergesInline) {
        mergesInline = false;
        continue;
      }
      throw e;
    }
    const block = readBlock(range, options.withFormulas);
    handlers.accept(top, block);
    if (mergesInline) handlers.acceptMerges(mergeLookups.flatMap((m) => areaRanges(m)));
    else if (options.withMerges) handlers.acceptMerges(await readMergesSliced(context, ws, rect));
    bytesPerRow = Math.max(bytesPerRow * 0.5, (jsonBytes(block) / count) * 1.25);
    top += count;
  }
}

function queueMergeLookups(ws: XlWorksheet, rect: CellRange): XlRangeAreas[] {
  const lookups: XlRangeAreas[] = [];
  for (let top = rect.top; top <= rect.bottom; top += MERGE_SLICE_ROWS) {
    const slice = { ...rect, top, bottom: Math.min(rect.bottom, top + MERGE_SLICE_ROWS - 1) };
    lookups.push(
      ws.getRange(rangeToA1(slice)).getMergedAreasOrNullObject().load(["areas/items/address"]),
    );
  }
  return lookups;
}

/** The merges starting in rect, one sync per slice, halving a slice that has too many for Excel. */
async function readMergesSliced(
  context: XlRequestContext,
  ws: XlWorksheet,
  rect: CellRange,
): Promise<CellRange[]> {
  const found: CellRange[] = [];
  const pending: CellRange[] = [rect];
  while (pending.length > 0) {
    const slice = pending.shift()!;
    const lookup = ws.getRange(rangeToA1(slice)).getMergedAreasOrNullObject();
    lookup.load(["areas/items/address"]);
    try {
      await context.sync();
    } catch (e) {
      // One row with more than 512 merges starting in it cannot be read at all: that error shows.
      if (slice.top === slice.bottom) throw e;
      const middle = slice.top + Math.floor((slice.bottom - slice.top) / 2);
      pending.unshift({ ...slice, bottom: middle }, { ...slice, top: middle + 1 });
      continue;
    }
    found.push(...areaRanges(lookup));
  }
  return found;
}

function readBlock(range: XlRange, withFormulas: boolean): Block {
  const block: Block = { values: range.values, numberFormat: range.numberFormat };
  if (withFormulas) block.formulas = range.formulas;
  return block;
}

/** One Excel cell as a grid cell; empty cells become null. */
function toGridCell(value: unknown, numberFormat: unknown, formula?: unknown): GridCell | null {
  const cell: GridCell = { value: null };
  if (typeof formula === "string" && formula.startsWith("=")) cell.formula = formula.slice(1);
  if (typeof value === "string" && ERROR_LITERAL.test(value)) cell.error = value;
  else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    cell.value = value === "" ? null : value;
  if (typeof numberFormat === "string" && numberFormat !== "General" && typeof value === "number")
    cell.numFmt = numberFormat;
  return cell.value === null && cell.formula === undefined && cell.error === undefined
    ? null
    : cell;
}

function applyFormulas(rows: (GridCell | null)[][], formulas: XlRangeAreas | undefined): void {
  if (!formulas || formulas.isNullObject) return;
  for (const area of formulas.areas.items) {
    const at = parseRangeA1(area.address);
    if (!at) continue;
    area.formulas.forEach((formulaRow, i) =>
      formulaRow.forEach((formula, j) => {
        if (typeof formula !== "string" || !formula.startsWith("=")) return;
        const row = rows[at.top + i];
        if (!row) return;
        const existing = row[at.left + j];
        row[at.left + j] = { ...(existing ?? { value: null }), formula: formula.slice(1) };
      }),
    );
  }
}

function areaRanges(areas: XlRangeAreas | undefined): CellRange[] {
  if (!areas || areas.isNullObject) return [];
  return areas.areas.items
    .map((a) => parseRangeA1(a.address))
    .filter((r): r is CellRange => r !== undefined);
}

function hiddenRows(area: CellRange, visible: XlRangeAreas | undefined): number[] {
  if (!visible) return [];
  const shown = new Set<number>();
  for (const r of areaRanges(visible)) for (let row = r.top; row <= r.bottom; row++) shown.add(row);
  const hidden: number[] = [];
  for (let row = area.top; row <= area.bottom; row++) if (!shown.has(row)) hidden.push(row);
  return hidden;
}

function fillRows(rows: (GridCell | null)[][], length: number): (GridCell | null)[][] {
  const out: (GridCell | null)[][] = [];
  for (let r = 0; r < length; r++) out.push(rows[r] ?? []);
  return out;
}
