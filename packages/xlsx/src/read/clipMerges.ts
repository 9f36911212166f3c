import type { CellRange } from "@zsyz/ledger";

/**
 * Clips merged ranges to the sheet's used area (its cells and the merges' top-left
 * corners), so a merge over a whole column or sheet costs no more than the data it covers.
 */
export function clipMerges(
  merges: readonly CellRange[],
  usedBottom: number,
  usedRight: number,
): CellRange[] {
  return merges.map((m) => ({
    top: m.top,
    left: m.left,
    bottom: Math.min(m.bottom, usedBottom),
    right: Math.min(m.right, usedRight),
  }));
}
