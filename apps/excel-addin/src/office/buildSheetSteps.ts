import { needsTextGuard, toOfficeFormula, type PlanCell, type StyleName } from "@zsyz/indicators";
import type { CellRange } from "@zsyz/ledger";
import { rangeToA1 } from "./address.js";
import type { XlWorksheet } from "./excelApi.js";
import { CALL_OVERHEAD_BYTES, jsonBytes } from "./payload.js";
import type { Step } from "./runSteps.js";
import type { SheetCells, StyleTable } from "./sheetWrite.js";

/** Worksheet handles by name, filled by the steps that add or fetch the sheets. */
export interface SheetHandles {
  set(name: string, sheet: XlWorksheet): void;
  /** Throws for a sheet no earlier step provided: a bug in the writer's step order. */
  get(name: string): XlWorksheet;
}

/** An empty handle registry for one Excel.run. */
export function sheetHandles(): SheetHandles {
  const handles = new Map<string, XlWorksheet>();
  return {
    set: (name, sheet) => void handles.set(name, sheet),
    get: (name) => {
      const handle = handles.get(name);
      if (!handle) throw new Error(`sheet ${name} used before it was added`);
      return handle;
    },
  };
}

/** Excel column width in points for a width in characters of the default 11-pt font. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** The sheets and the style table their cells name: a WorkbookPlan or a NewSheetsPlan. */
interface CellsPlan {
  sheets: readonly SheetCells[];
  styles: StyleTable;
}

/**
 * The writes of every sheet's cells, in the order Excel wants them across all sheets: number
 * formats first ("@" on every text that Excel could parse, so it stays text; dates and amounts),
 * then values, formulas, and per sheet styles, widths, merges and frozen panes. Each step is
 * sized for runSteps' payload budget and can split itself if Excel still finds it too large.
 */
export function buildSheetSteps(plan: CellsPlan, handles: SheetHandles, budget: number): Step[] {
  const laid = plan.sheets.map(layOutCells);
  const steps: Step[] = [];
  // Excel parses a string written through `values` as typed input — "2024-01-05" becomes a
  // date, "0012" the number 12, "-某" a formula (office-js#229) — unless the cell is already
  // text-formatted; so every format goes in before any value.
  for (const l of laid) steps.push(...formatRunSteps(l.name, l.textFormats, handles, budget));
  for (const l of laid) steps.push(...formatRunSteps(l.name, l.otherFormats, handles, budget));
  for (const l of laid) steps.push(...gridSteps(l.name, l.values, "values", handles, budget));
  for (const l of laid) steps.push(...gridSteps(l.name, l.formulas, "formulas", handles, budget));
  plan.sheets.forEach((sheet, i) =>
    steps.push(...styleSteps(sheet, laid[i]!.styles, plan.styles, handles)),
  );
  return steps;
}

const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
] as const;

/** A run of one format or style name down a column: rows top..bottom of column col. */
export interface ColumnRun {
  col: number;
  top: number;
  bottom: number;
  format: string;
}

/** A sheet's cells as write-ready 2-D arrays (null: leave alone) and runs down each column. */
export interface LaidOut {
  name: string;
  values: (string | number | boolean | null)[][];
  formulas: (string | null)[][];
  /** "@" runs, written before values so that ledger text stays text. */
  textFormats: ColumnRun[];
  otherFormats: ColumnRun[];
  styles: ColumnRun[];
}

/** A sheet's cells laid out for a writer: value and formula grids, format and style runs. Shared with the WPS writer. */
export function layOutCells(sheet: SheetCells): LaidOut {
  const rows = sheet.rowCount;
  const cols = sheet.columnCount;
  const grid = <T>(v: T): T[][] => Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
  const values = grid<string | number | boolean | null>(null);
  const formulas = grid<string | null>(null);
  const formats = grid<string | undefined>(undefined);
  const styles = grid<string | undefined>(undefined);
  const cells: Iterable<PlanCell> = sheet.lazyCells ? sheet.lazyCells() : sheet.cells;
  for (const c of cells) {
    const row = values[c.row];
    if (!row) continue;
    if (c.formula !== undefined) formulas[c.row]![c.col] = toOfficeFormula(c.formula);
    else row[c.col] = c.value;
    // Text that Excel could parse must be "@"; other text without a format of its own gets "@"
    // too, so a text column is one run (one write) instead of runs broken at every guarded cell.
    const guard =
      typeof c.value === "string" &&
      c.formula === undefined &&
      (mayBeParsed(c.value) || c.numFmt === undefined);
    formats[c.row]![c.col] = guard ? "@" : c.numFmt;
    styles[c.row]![c.col] = c.style;
  }
  const runs = columnRuns(formats);
  return {
    name: sheet.name,
    values,
    formulas,
    textFormats: runs.filter((r) => r.format === "@"),
    otherFormats: runs.filter((r) => r.format !== "@"),
    styles: columnRuns(styles),
  };
}

/**
 * Whether Excel could read a string as something else: the plan's guard (formula prefixes,
 * numbers, dates, booleans), and more broadly any text with a digit (年月日 dates, times,
 * currency, "1e5") or an error literal ("#N/A"). Plain Chinese names never need it.
 */
function mayBeParsed(text: string): boolean {
  return needsTextGuard(text) || /\d/.test(text) || /^\s*#/.test(text);
}

function columnRuns(names: (string | undefined)[][]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  const cols = names[0]?.length ?? 0;
  for (let col = 0; col < cols; col++) {
    let open: ColumnRun | null = null;
    for (let row = 0; row <= names.length; row++) {
      const f = names[row]?.[col];
      if (open && f === open.format && row === open.bottom + 1) {
        open.bottom = row;
        continue;
      }
      if (open) runs.push(open);
      open = f === undefined ? null : { col, top: row, bottom: row, format: f };
    }
  }
  return runs;
}

/**
 * Row blocks of a 2-D array sized to the budget. Null rows at a block's ends are left out
 * (a template's grid is a few rows of data over hundreds of formatted rows); blocks of nulls only
 * are skipped.
 */
function gridSteps(
  name: string,
  grid: readonly (readonly unknown[])[],
  kind: "values" | "formulas",
  handles: SheetHandles,
  budget: number,
): Step[] {
  const steps: Step[] = [];
  const width = grid[0]?.length ?? 0;
  if (width === 0) return steps;
  const hasData = (row: readonly unknown[] | undefined) => row?.some((v) => v !== null) ?? false;
  const perRow = Math.max(1, jsonBytes(grid) / Math.max(1, grid.length));
  const chunk = Math.max(1, Math.floor(budget / 2 / perRow));
  for (let start = 0; start < grid.length; start += chunk) {
    let top = start;
    let bottom = Math.min(grid.length, start + chunk) - 1;
    while (top <= bottom && !hasData(grid[top])) top++;
    while (bottom > top && !hasData(grid[bottom])) bottom--;
    if (top > bottom) continue;
    steps.push(gridStep(name, grid, { top, bottom, width, kind }, handles));
  }
  return steps;
}

/** One block of rows top..bottom of a grid, written in one call; splits into two halves. */
function gridStep(
  name: string,
  grid: readonly (readonly unknown[])[],
  block: { top: number; bottom: number; width: number; kind: "values" | "formulas" },
  handles: SheetHandles,
): Step {
  const { top, bottom, width, kind } = block;
  const part = grid.slice(top, bottom + 1);
  const range: CellRange = { top, left: 0, bottom, right: width - 1 };
  return {
    bytes: jsonBytes(part) + CALL_OVERHEAD_BYTES,
    queue: () => {
      const target = handles.get(name).getRange(rangeToA1(range));
      if (kind === "values") target.values = part as unknown[][];
      else target.formulas = part as unknown[][];
    },
    split: () => {
      if (bottom === top) return undefined;
      const middle = top + Math.floor((bottom - top) / 2);
      return [
        gridStep(name, grid, { ...block, bottom: middle }, handles),
        gridStep(name, grid, { ...block, top: middle + 1 }, handles),
      ];
    },
  };
}

function formatRunSteps(
  name: string,
  runs: readonly ColumnRun[],
  handles: SheetHandles,
  budget: number,
): Step[] {
  const steps: Step[] = [];
  for (const run of runs) {
    const perRow = jsonBytes([[run.format]]);
    const chunk = Math.max(1, Math.floor(budget / 2 / perRow));
    for (let top = run.top; top <= run.bottom; top += chunk)
      steps.push(
        formatStep(name, { ...run, top, bottom: Math.min(run.bottom, top + chunk - 1) }, handles),
      );
  }
  return steps;
}

/** One run's number format, written in one call; splits into two halves. */
function formatStep(name: string, run: ColumnRun, handles: SheetHandles): Step {
  const grid = Array.from({ length: run.bottom - run.top + 1 }, () => [run.format]);
  return {
    bytes: jsonBytes(grid) + CALL_OVERHEAD_BYTES,
    queue: () => {
      handles
        .get(name)
        .getRange(
          rangeToA1({ top: run.top, bottom: run.bottom, left: run.col, right: run.col }),
        ).numberFormat = grid;
    },
    split: () => {
      if (run.bottom === run.top) return undefined;
      const middle = run.top + Math.floor((run.bottom - run.top) / 2);
      return [
        formatStep(name, { ...run, bottom: middle }, handles),
        formatStep(name, { ...run, top: middle + 1 }, handles),
      ];
    },
  };
}

/** Bold, font colour, fill, wrap and borders of the named styles (runs per column), widths, merges, frozen panes. */
function styleSteps(
  sheet: SheetCells,
  runs: readonly ColumnRun[],
  table: StyleTable,
  handles: SheetHandles,
): Step[] {
  const steps: Step[] = [];
  const ws = () => handles.get(sheet.name);
  for (const run of runs) {
    const style = table[run.format as StyleName];
    if (
      !style ||
      (style.bold === undefined &&
        style.fontColor === undefined &&
        style.fill === undefined &&
        !style.border &&
        !style.wrap)
    )
      continue;
    const address = rangeToA1({ top: run.top, bottom: run.bottom, left: run.col, right: run.col });
    steps.push({
      bytes: CALL_OVERHEAD_BYTES * (style.border ? 9 : 4),
      queue: () => {
        const format = ws().getRange(address).format;
        if (style.bold !== undefined) format.font.bold = style.bold;
        if (style.fontColor !== undefined) format.font.color = style.fontColor;
        if (style.fill !== undefined) format.fill.color = style.fill;
        if (style.wrap) format.wrapText = true;
        if (style.border) {
          // The plan's "thin" border: every edge of every cell, in the light grey the batch writer uses.
          // Inside edges only exist when the run has more than one row.
          for (const edge of run.bottom > run.top ? BORDER_EDGES : BORDER_EDGES.slice(0, 4)) {
            const border = format.borders.getItem(edge);
            border.style = "Continuous";
            border.color = "#BFBFBF";
          }
        }
      },
    });
  }
  for (const c of sheet.columns) {
    steps.push({
      bytes: CALL_OVERHEAD_BYTES,
      queue: () => {
        ws().getRange(
          rangeToA1({ top: 0, bottom: 0, left: c.col, right: c.col }),
        ).format.columnWidth = charsToPoints(c.width);
      },
    });
  }
  // Header rows tall enough for their wrapped text (the plan's heights are in points).
  for (const r of sheet.rows ?? []) {
    steps.push({
      bytes: CALL_OVERHEAD_BYTES,
      queue: () => {
        const right = Math.max(0, sheet.columnCount - 1);
        ws().getRange(rangeToA1({ top: r.row, bottom: r.row, left: 0, right })).format.rowHeight =
          r.height;
      },
    });
  }
  for (const m of sheet.merges) {
    steps.push({ bytes: CALL_OVERHEAD_BYTES, queue: () => ws().getRange(m).merge(false) });
  }
  const { rows, columns } = sheet.frozen;
  if (rows > 0) {
    steps.push({
      bytes: CALL_OVERHEAD_BYTES * 2,
      queue: () => {
        // Frozen panes belong to the window's view of the active sheet (office-js#3148): the
        // sheet is activated first, or the freeze lands on whichever sheet the user is looking at.
        // The writers activate the sheet to show last.
        const target = ws();
        target.activate();
        if (columns === 0) target.freezePanes.freezeRows(rows);
        else
          target.freezePanes.freezeAt(
            target.getRange(rangeToA1({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 })),
          );
      },
    });
  }
  return steps;
}
