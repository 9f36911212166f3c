import { toA1 } from "@zsyz/ledger";
import type { PlanCell, PlanValue, StyleName } from "./WorkbookPlan.js";

/** What to put in one cell besides its position. */
export interface CellInput {
  value: PlanValue;
  formula?: string;
  numFmt?: string;
  style?: StyleName;
}

/** Collects the cells of one sheet, by position, and hands them back row-major. */
export class SheetBuilder {
  // One array per row: building a 300,000-row detail sheet must not sort ten million keys.
  private readonly rows: Array<Array<PlanCell | undefined> | undefined> = [];
  private maxCol = -1;

  /** Sets a cell (0-based row and column). */
  set(row: number, col: number, input: CellInput): void {
    const cell: PlanCell = { row, col, address: toA1(row, col), value: input.value };
    if (input.formula !== undefined) cell.formula = input.formula;
    if (input.numFmt !== undefined) cell.numFmt = input.numFmt;
    if (input.style !== undefined) cell.style = input.style;
    (this.rows[row] ??= [])[col] = cell;
    if (col > this.maxCol) this.maxCol = col;
  }

  /** The cells, row-major, and the used size. */
  build(): { cells: PlanCell[]; rowCount: number; columnCount: number } {
    const cells: PlanCell[] = [];
    for (const row of this.rows) {
      if (!row) continue;
      for (const cell of row) if (cell) cells.push(cell);
    }
    return { cells, rowCount: this.rows.length, columnCount: this.maxCol + 1 };
  }
}
