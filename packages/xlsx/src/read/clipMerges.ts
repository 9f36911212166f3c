import type { CellRange } from "@zsyz/ledger";
import { MAX_COLUMNS, MAX_ROWS } from "./parseCellRef.js";

/**
 * Clips merged ranges to the sheet's used area: the bounding box of its cells and of every
 * merge of believable size. A merge reaching the sheet's last row or column (a whole-column,
 * whole-row or whole-sheet merge) or covering more cells than the cell cap does not extend
 * that area, so it costs no more than the data it covers. Ordinary merges, even past the
 * last value (a blank merged footer), stay exactly as written, as exceljs gave them.
 */
export function clipMerges(
  merges: readonly CellRange[],
  cellBottom: number,
  cellRight: number,
  maxCells: number,
): CellRange[] {
  let bottom = cellBottom;
  let right = cellRight;
  for (const m of merges) {
    bottom = Math.max(bottom, m.top);
    right = Math.max(right, m.left);
    const believable =
      m.bottom < MAX_ROWS - 1 &&
      m.right < MAX_COLUMNS - 1 &&
      (m.bottom - m.top + 1) * (m.right - m.left + 1) <= maxCells;
    if (believable) {
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
  }
  return merges.map((m) => ({
    top: m.top,
    left: m.left,
    bottom: Math.min(m.bottom, bottom),
    right: Math.min(m.right, right),
  }));
}
