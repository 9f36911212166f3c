import type { CellRange } from "@zsyz/ledger";

/** One cell as the fake workbook stores it. Formulas are kept as text and never evaluated. */
export interface FakeCell {
  /** Constant value, or the cached result of a formula; "" for an empty cell, as Excel reports it. */
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  /** "#RRGGBB" solid fill; absent means no fill. */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  wrap?: boolean;
  /** Border colour when the cell has thin borders (the fake keeps one border per cell, all edges). */
  border?: string;
}

/** A data-validation rule laid over a rectangle. */
export interface FakeValidation {
  range: CellRange;
  rule: { list?: { inCellDropDown: boolean; source: string } };
  errorAlert?: { message: string; showAlert: boolean; style: string; title: string };
}

/** A cell note. */
interface FakeNote {
  content: string;
  author: string;
}

/** An Excel table. */
export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  range: CellRange;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
}

/** A "use a formula" conditional format as the fake keeps it. */
export interface FakeConditionalFormat {
  range: CellRange;
  formula: string;
  fill?: string;
  fontColor?: string;
  priority: number;
}

/** Page setup as written through PageLayout. */
interface FakePrint {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number };
  titleRows?: string;
}

/** A chart as the fake keeps it: sources as full addresses ("指标汇总!F5:F9"). */
export interface FakeChart {
  name: string;
  type: string;
  title?: string;
  series: { name: string; values?: string; categories?: string }[];
  position?: { from: string; to?: string };
  valueAxisNumberFormat?: string;
}

/** One worksheet of the fake workbook. */
export interface FakeSheet {
  /** Excel's worksheet id: kept through renames, unlike the name. */
  readonly id: string;
  name: string;
  /** Sparse rows of sparse cells. */
  rows: (FakeCell | undefined)[][];
  merges: CellRange[];
  validations: FakeValidation[];
  notes: Map<string, FakeNote>;
  /** Column widths in points by 0-based column; absent means Excel's default 48 pt. */
  columnWidths: Map<number, number>;
  /** Row heights in points set through format.rowHeight, by 0-based row. */
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  freeze: { rows: number; columns: number };
  protected: boolean;
  conditionalFormats: FakeConditionalFormat[];
  print: FakePrint;
  charts: FakeChart[];
  /** The range with filter buttons on its first row (one per sheet, as in Excel); null: none. */
  autoFilter: CellRange | null;
}

/** The whole fake workbook: what tests and the preview inspect after the add-in ran. */
export interface FakeWorkbookState {
  name: string;
  sheets: FakeSheet[];
  activeSheet: string;
  /** What the user selected; several areas are comma-separated ("A1:B2,D4"). */
  selection: { sheet: string; address: string };
  tables: FakeTable[];
  settings: Map<string, unknown>;
  /** 保护工作簿 (structure): adding a sheet fails. */
  structureProtected: boolean;
  /**
   * Whether formulas may show stale results: set by a sync that wrote while calculation was
   * suspended, cleared only by `application.calculate` in a later sync. Office.js leaves the
   * recalculation to the caller after suspendApiCalculationUntilNextSync (Excel.Application
   * reference, ExcelApi 1.6).
   */
  calculationStale: boolean;
}

/** Excel's default column width, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height in points (11-pt 宋体/Calibri). */
export const DEFAULT_ROW_HEIGHT = 15;

let sheetIds = 0;

/** A new, empty worksheet. */
export function createSheet(name: string): FakeSheet {
  sheetIds += 1;
  return {
    id: `{00000000-0001-0000-${String(sheetIds).padStart(4, "0")}-000000000000}`,
    name,
    rows: [],
    merges: [],
    validations: [],
    notes: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    freeze: { rows: 0, columns: 0 },
    protected: false,
    conditionalFormats: [],
    print: {},
    charts: [],
    autoFilter: null,
  };
}

/** The cell at a 0-based position, if anything was ever stored there. */
export function peekCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.rows[row]?.[col];
}

/** The cell at a 0-based position, created empty when missing. */
export function touchCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const cells = (sheet.rows[row] ??= []);
  return (cells[col] ??= { value: "" });
}

/** Whether a cell holds a value or formula (what "used range, values only" counts). */
export function hasContent(cell: FakeCell | undefined): boolean {
  return cell !== undefined && (cell.value !== "" || cell.formula !== undefined);
}

/** Whether a cell holds content or any format (what the full used range counts). */
export function hasAnything(cell: FakeCell | undefined): boolean {
  return (
    hasContent(cell) ||
    (cell !== undefined &&
      (cell.fill !== undefined ||
        cell.numberFormat !== undefined ||
        cell.fontColor !== undefined ||
        cell.bold !== undefined))
  );
}

/** Smallest rectangle around the cells that pass `test`, or undefined for none. */
export function boundsOf(
  sheet: FakeSheet,
  test: (cell: FakeCell | undefined) => boolean,
): CellRange | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (!test(cell)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return bottom < 0 ? undefined : { top, left, bottom, right };
}

/** Whether two rectangles share a cell. */
export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The parts of `a` outside `b`, as up to four rectangles. */
export function subtractRange(a: CellRange, b: CellRange): CellRange[] {
  if (!intersects(a, b)) return [a];
  const out: CellRange[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/** Calls `visit` for every position of a rectangle, row by row. */
export function eachCell(range: CellRange, visit: (row: number, col: number) => void): void {
  for (let r = range.top; r <= range.bottom; r++)
    for (let c = range.left; c <= range.right; c++) visit(r, c);
}

/** A 2D array of a rectangle's cells mapped through `pick`. */
export function mapCells<T>(
  sheet: FakeSheet,
  range: CellRange,
  pick: (cell: FakeCell | undefined) => T,
): T[][] {
  const out: T[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row: T[] = [];
    for (let c = range.left; c <= range.right; c++) row.push(pick(peekCell(sheet, r, c)));
    out.push(row);
  }
  return out;
}

/** The one value `pick` gives every cell of a rectangle, or null when they differ (as Excel reports). */
export function uniformOf<T>(
  sheet: FakeSheet,
  range: CellRange,
  pick: (cell: FakeCell | undefined) => T,
): T | null {
  let first: { v: T } | undefined;
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const v = pick(peekCell(sheet, r, c));
      if (!first) first = { v };
      else if (first.v !== v) return null;
    }
  }
  return first ? first.v : null;
}
