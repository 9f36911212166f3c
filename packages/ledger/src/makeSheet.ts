import { columnLetter, parseA1 } from "./a1.js";
import type { CellRange, CellValue, GridCell, GridSheet } from "./grid.js";

/** Options of makeSheet: merged ranges in A1 form ("F3:G3"), hidden rows, number formats. */
export interface MakeSheetOptions {
  merges?: readonly string[];
  hidden?: boolean;
  /** 1-based row numbers hidden in the host. */
  hiddenRows?: readonly number[];
  /** Number format by A1 address. */
  numFmt?: Readonly<Record<string, string>>;
}

/**
 * Builds a grid sheet from plain values: the quick way to write fixtures and tests.
 * A value may be a GridCell for formulas and errors.
 * @example makeSheet("台账", [["项目名称", "签约资金"], ["A项目", 100]], { merges: ["A1:B1"] })
 */
export function makeSheet(
  name: string,
  values: ReadonlyArray<ReadonlyArray<CellValue | GridCell | undefined>>,
  options: MakeSheetOptions = {},
): GridSheet {
  const rows = values.map((row, r) =>
    row.map((v, c): GridCell | null => {
      if (v === undefined || v === null) return null;
      const cell: GridCell = isCell(v) ? { ...v } : { value: v };
      const fmt = options.numFmt?.[`${columnLetter(c)}${r + 1}`];
      if (fmt) cell.numFmt = fmt;
      return cell;
    }),
  );
  const sheet: GridSheet = { name, rows, merges: (options.merges ?? []).map(parseRange) };
  if (options.hidden) sheet.hidden = true;
  if (options.hiddenRows) sheet.hiddenRows = options.hiddenRows.map((r) => r - 1);
  return sheet;
}

function isCell(v: CellValue | GridCell): v is GridCell {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "value" in v;
}

/** Parses "F3:G4" into a 0-based range. */
export function parseRange(a1: string): CellRange {
  const [from, to = from] = a1.split(":");
  const a = parseA1(from ?? "");
  const b = parseA1(to ?? "");
  if (!a || !b) throw new Error(`not an A1 range: ${a1}`);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
