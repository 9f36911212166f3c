import type { CellStyle, SheetPlan, StyleName } from "@zsyz/indicators";
import type { CellRange } from "@zsyz/ledger";
import type { Capabilities } from "./capabilities.js";

/**
 * The part of a sheet plan that the one Office writer lays into cells, for 一键计算's plans and
 * 新建台账's templates alike: values, formulas, number formats, styles, widths, merges, panes.
 */
export type SheetCells = Pick<
  SheetPlan,
  | "name"
  | "cells"
  | "lazyCells"
  | "rowCount"
  | "columnCount"
  | "columns"
  | "frozen"
  | "merges"
  | "rows"
>;

/** The styles a sheet's cells name; a name missing here leaves the cell's format alone. */
export type StyleTable = Partial<Record<StyleName, CellStyle>>;

/** Options of both writers (applyWorkbookPlan, writeNewSheets). */
export interface WriterOptions {
  capabilities: Capabilities;
  /** Request bytes per sync; SYNC_BUDGET_BYTES unless a test wants smaller batches. */
  budgetBytes?: number;
}

/** A dropdown list over a range. */
interface ListRule {
  range: CellRange;
  choices: readonly string[];
  /** true: other values are refused; false: Excel warns but keeps them. */
  strict: boolean;
  /** Error alert title and message shown for a value outside the list. */
  title: string;
  message: string;
}

/** A sheet to insert: its cells as a plan, plus the Excel table and dropdowns only templates have. */
export interface NewSheet extends SheetCells {
  /** Preferred table name; the writer appends 2, 3… when it is taken. */
  table?: { range: CellRange; name: string; style: string };
  lists?: readonly ListRule[];
}

/** Sheets to insert and the styles their cells name: 新建台账's counterpart of a WorkbookPlan. */
export interface NewSheetsPlan {
  sheets: readonly NewSheet[];
  styles: StyleTable;
}

/** What the writer created, under the names it could use. */
export interface WrittenSheet {
  requested: string;
  sheet: string;
  table?: string;
}
