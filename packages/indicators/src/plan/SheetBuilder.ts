import { toA1 } from "@zsyz/ledger";
import type { PlanCell, PlanValue, StyleName } from "./WorkbookPlan.js";

/** What to put in one cell besides its position. */
export interface CellInput {
  value: PlanValue;
  formula?: string;
  numFmt?: string;
  style?: StyleName;
}

/** Collects the cells of one sheet, keyed by position, and hands them back row-major. */
export class SheetBuilder {
  private readonly cells = new Map<number, PlanCell>();
  private maxRow = -1;
  private maxCol = -1;

  /** Sets a cell (0-based row and column). */
  set(row: number, col: number, input: CellInput): void {
    const cell: PlanCell = { row, col, address: toA1(row, col), value: input.value };
    if (input.formula !== undefined) cell.formula = input.formula;
    if (input.numFmt !== undefined) cell.numFmt = input.numFmt;
    if (input.style !== undefined) cell.style = input.style;
    this.cells.set(row * 16384 + col, cell);
    this.maxRow = Math.max(this.maxRow, row);
    this.maxCol = Math.max(this.maxCol, col);
  }

  /** The cells, row-major, and the used size. */
  build(): { cells: PlanCell[]; rowCount: number; columnCount: number } {
    const cells = [...this.cells.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
    return { cells, rowCount: this.maxRow + 1, columnCount: this.maxCol + 1 };
  }
}
