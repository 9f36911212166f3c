import type { CellRange } from "@zsyz/ledger";

/** A value to write: a string starting with "=" is an en-US formula; null leaves the cell alone. */
export type WriteValue = string | number | boolean | null;

/** A block of values and formulas with its top-left corner (0-based). */
export interface CellBlock {
  top: number;
  left: number;
  rows: readonly (readonly WriteValue[])[];
}

/** A dropdown list over a range. */
export interface ListRule {
  range: CellRange;
  choices: readonly string[];
  /** true: other values are refused; false: Excel warns but keeps them. */
  strict: boolean;
  /** Error alert title and message shown for a value outside the list. */
  title: string;
  message: string;
}

/**
 * One worksheet to create, as plain data. The writer applies it in the order Excel likes:
 * values, then formulas, then formats, tables, validation and panes.
 */
export interface SheetWrite {
  /** Preferred name; the writer appends （2）, （3）… when it is taken, never overwriting. */
  name: string;
  cells: readonly CellBlock[];
  numberFormats?: readonly { range: CellRange; format: string }[];
  /** Widths in characters of the default font. */
  columnWidths?: readonly { column: number; chars: number }[];
  fonts?: readonly { range: CellRange; bold?: boolean; color?: string }[];
  fills?: readonly { range: CellRange; color: string }[];
  wrap?: readonly CellRange[];
  table?: { range: CellRange; name: string; style: string };
  lists?: readonly ListRule[];
  freeze?: { rows: number; columns: number };
}

/** What the writer created, under the names it could use. */
export interface WrittenSheet {
  requested: string;
  sheet: string;
  table?: string;
}
