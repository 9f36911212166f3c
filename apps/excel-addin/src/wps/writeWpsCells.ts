import type { StyleName } from "@zsyz/indicators";
import { rangeToA1 } from "../office/address.js";
import { layOutCells, type ColumnRun } from "../office/buildSheetSteps.js";
import type { SheetCells, StyleTable } from "../office/sheetWrite.js";
import type { EtApplication, EtValue, EtWorksheet } from "./wpsApi.js";

/** Rows per Formula write: keeps one call's array moderate on a large 项目明细. */
const ROWS_PER_WRITE = 2_000;
/** xlContinuous: a solid line. */
const XL_CONTINUOUS = 1;
/** The plan's "thin" border colour, as the Excel writer draws it. */
const BORDER_GREY = "#BFBFBF";

/** "#RRGGBB" → the BGR number WPS colours take. */
export function toBgr(hex: string): number {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/**
 * Lays a sheet's cells into a worksheet through the WPS object model, in the Excel writer's order
 * (buildSheetSteps.ts) and from the same layout (layOutCells): number formats first ("@" on text
 * WPS could parse), values and formulas in row blocks, then per style run bold, font colour,
 * fill, wrap and thin grey borders; column widths (characters, which ColumnWidth takes), row
 * heights, merges, and frozen panes after activating the sheet. Shared by 一键计算 and 新建台账.
 */
export function writeWpsCells(
  app: EtApplication,
  ws: EtWorksheet,
  sheet: SheetCells,
  styles: StyleTable,
): void {
  const laid = layOutCells(sheet);
  const column = (run: ColumnRun) =>
    ws.Range(rangeToA1({ top: run.top, bottom: run.bottom, left: run.col, right: run.col }));
  // Formats first: a string written into a General cell is parsed ("2024-01-05" becomes a date).
  for (const run of [...laid.textFormats, ...laid.otherFormats])
    column(run).NumberFormat = run.format;
  const width = sheet.columnCount;
  for (let top = 0; top < sheet.rowCount && width > 0; top += ROWS_PER_WRITE) {
    const bottom = Math.min(sheet.rowCount, top + ROWS_PER_WRITE) - 1;
    const block: EtValue[][] = [];
    for (let r = top; r <= bottom; r++)
      block.push(
        Array.from(
          { length: width },
          (_, c) => laid.formulas[r]?.[c] ?? laid.values[r]?.[c] ?? null,
        ),
      );
    if (block.every((row) => row.every((v) => v === null))) continue;
    ws.Range(rangeToA1({ top, bottom, left: 0, right: width - 1 })).Formula = block;
  }
  for (const run of laid.styles) {
    const style = styles[run.format as StyleName];
    if (!style) continue;
    const range = column(run);
    if (style.bold !== undefined) range.Font.Bold = style.bold;
    if (style.fontColor !== undefined) range.Font.Color = toBgr(style.fontColor);
    if (style.fill !== undefined) range.Interior.Color = toBgr(style.fill);
    if (style.wrap) range.WrapText = true;
    if (style.border) {
      const borders = range.Borders;
      borders.LineStyle = XL_CONTINUOUS;
      borders.Color = toBgr(BORDER_GREY);
    }
  }
  for (const c of sheet.columns)
    ws.Range(rangeToA1({ top: 0, bottom: 0, left: c.col, right: c.col })).ColumnWidth = c.width;
  for (const r of sheet.rows ?? [])
    ws.Range(
      rangeToA1({ top: r.row, bottom: r.row, left: 0, right: Math.max(0, width - 1) }),
    ).RowHeight = r.height;
  for (const m of sheet.merges) ws.Range(m).Merge(false);
  const { rows, columns } = sheet.frozen;
  if (rows > 0 || columns > 0) {
    // Frozen panes belong to the window showing the active sheet.
    ws.Activate();
    const view = app.ActiveWindow;
    view.FreezePanes = false;
    view.SplitRow = rows;
    view.SplitColumn = columns;
    view.FreezePanes = true;
  }
}
