// The workbook as data. Both writers (the .xlsx writer of @zsyz/xlsx, used by the CLI and
// the web page, and the Office.js writer of the add-in) apply it mechanically; neither
// decides a formula, format or style of its own.
//
// Conventions every writer relies on:
// - Rows and columns are 0-based in `row`/`col`; `address` is the same cell in A1 form.
// - `formula` is en-US with A1 references and quoted sheet names, WITHOUT a leading "=".
//   Office.js: `range.formulas = [[toOfficeFormula(f)]]`; in a file: `<f>toFileFormula(f)</f>`
//   with `<v>value</v>` (toFileFormula adds the `_xlfn.` prefix newer functions need in a file).
// - `value` of a formula cell is the engine's result for it; null means the formula yields ""
//   (an empty rate). A cell without `formula` holds `value` as is: a string is always text,
//   even when it starts with "=" or looks like a number (see needsTextGuard).
// - Dates are Excel serial numbers with a date `numFmt`.

/** A cell value as written: text, number, yes/no or empty. */
export type PlanValue = string | number | boolean | null;

/** Names of the shared cell styles; each is defined once in `WorkbookPlan.styles`. */
export type StyleName =
  | "title"
  | "label"
  | "input"
  | "header"
  | "text"
  | "number"
  | "derived"
  | "total"
  | "note"
  | "paragraph";

/** A cell style: all fields optional; colours are "#RRGGBB". */
export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  /** Thin border on all four sides. */
  border?: "thin";
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
}

/** One cell to write. */
export interface PlanCell {
  row: number;
  col: number;
  address: string;
  value: PlanValue;
  formula?: string;
  /** Excel number format code ("0.00%", "yyyy-mm-dd", "@" for text). */
  numFmt?: string;
  style?: StyleName;
}

/** Width (in characters) and visibility of one column. */
export interface ColumnPlan {
  col: number;
  width: number;
  hidden?: boolean;
}

/**
 * A formula rule over a range: `formula` is written for the range's top-left cell (relative
 * references move with each cell, as in Excel's "use a formula" rule).
 */
export interface ConditionalFormatPlan {
  range: string;
  formula: string;
  fill: string;
  fontColor: string;
  /** 1 is applied first. */
  priority: number;
}

/** Page setup: A4 landscape, one page wide, header rows repeated on every page. */
export interface PrintPlan {
  paperSize: "A4";
  orientation: "landscape";
  fitToWidth: 1;
  /** 0: as many pages tall as needed. */
  fitToHeight: 0;
  /** 1-based rows repeated at the top of each page ("$4:$4" in Excel terms). */
  repeatRows?: { first: number; last: number };
}

/** A row taller than the default, in points (header rows whose text wraps onto several lines). */
export interface RowPlan {
  /** 0-based. */
  row: number;
  height: number;
}

/**
 * Columns whose formulas on rows `firstRow`..`lastRow` (0-based, inclusive) are the formula
 * of `firstRow` with its relative row references moved down by the row offset, as Excel's
 * fill-down makes them. A file writer may store them once, as shared formulas; every cell
 * still carries its own `formula` text, so writers that ignore this field lose nothing.
 */
export interface SharedFormulaPlan {
  columns: number[];
  firstRow: number;
  lastRow: number;
}

/** One worksheet. `cells` are sparse and row-major. */
export interface SheetPlan {
  name: string;
  cells: PlanCell[];
  /** Rows and columns in use, for writers that fill 2-D blocks. */
  rowCount: number;
  columnCount: number;
  columns: ColumnPlan[];
  /** Rows and columns frozen at the top-left. */
  frozen: { rows: number; columns: number };
  /** Merged ranges in A1 form ("A1:F1"). */
  merges: string[];
  conditionalFormats: ConditionalFormatPlan[];
  print: PrintPlan;
  /**
   * For very large sheets (项目明细 of a whole county): when present, `cells` is empty and
   * the writer iterates this instead, in the same row-major order, so the sheet is never
   * held in memory all at once. Writers that need arrays may collect it: each cell is an
   * object of its own.
   */
  lazyCells?: () => Iterable<PlanCell>;
  /**
   * With `lazyCells`, the same cells a row at a time (rows in order, each row's cells left to
   * right): the array and its cells are handed out again for the next row, changed in place,
   * so each row is valid only until the next is asked for. A file writer takes a county's
   * 项目明细 this way: one step per row rather than per cell.
   */
  lazyRows?: () => Iterable<readonly PlanCell[]>;
  /** Range with filter buttons on its first row, when the sheet has one. */
  autoFilter?: string;
  /** Rows that need a height of their own, in row order; the others keep the default. */
  rows?: RowPlan[];
  /** Per-row formula columns that are one formula filled down (shared formulas in a file). */
  sharedFormulas?: SharedFormulaPlan;
}

/** A clustered column chart, for the add-in: categories and series as absolute references. */
export interface ChartPlan {
  sheet: string;
  type: "clusteredColumn";
  title: string;
  categories: string;
  series: { name: string; values: string }[];
  /** Cells of the chart's top-left and bottom-right corners. */
  anchor: { from: string; to: string };
  valueAxisNumFmt: string;
}

/** The whole workbook: sheets in tab order, the style table, the one as-of cell, charts. */
export interface WorkbookPlan {
  sheets: SheetPlan[];
  styles: Record<StyleName, CellStyle>;
  /** The single cell holding the as-of date (截至日期) every date-dependent formula refers to. */
  asOfCell: { sheet: string; address: string };
  /** The cell holding time progress (时序进度), computed from the as-of cell. */
  timeProgressCell: { sheet: string; address: string };
  charts: ChartPlan[];
}
