import { toA1 } from "@zsyz/ledger";

/** The frozen pane of a sheet view, or nothing when no row or column is frozen. */
export function paneXml(rows: number, columns: number): string {
  if (!rows && !columns) return "";
  const active = rows && columns ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  return `<pane${columns ? ` xSplit="${columns}"` : ""}${rows ? ` ySplit="${rows}"` : ""} topLeftCell="${toA1(rows, columns)}" activePane="${active}" state="frozen"/>`;
}

/** The opening <row> tag of a 0-based row, with its custom height or hidden flag when it has one. */
export function rowOpenXml(
  row: number,
  heights: ReadonlyMap<number, number>,
  hidden = false,
): string {
  const height = heights.get(row);
  return `<row r="${row + 1}"${height === undefined ? "" : ` ht="${height}" customHeight="1"`}${hidden ? ' hidden="1"' : ""}>`;
}
