// Writes a plain grid workbook to .xlsx bytes with exceljs: used by `zsyz sample`
// to turn the ledger package's sample grids into real township files.
import type { GridCell, GridWorkbook } from "@zsyz/ledger";
import ExcelJS from "exceljs";

/** Serialises a grid workbook (values, formulas with cached results, errors, merges, hidden rows). */
export async function writeGrid(grid: GridWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible" });
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell) writeCell(ws.getCell(r + 1, c + 1), cell);
      });
    });
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
    ws.columns.forEach((col) => {
      col.width = 14;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function writeCell(target: ExcelJS.Cell, cell: GridCell): void {
  if (cell.error) {
    target.value = cell.formula
      ? { formula: cell.formula, result: { error: cell.error as ExcelJS.CellErrorValue["error"] } }
      : { error: cell.error as ExcelJS.CellErrorValue["error"] };
  } else if (cell.formula !== undefined) {
    const v = cell.value;
    target.value =
      v === null
        ? { formula: cell.formula }
        : ({ formula: cell.formula, result: v } as ExcelJS.CellFormulaValue);
  } else {
    // Text that starts with "=" is written as a string, never as a formula.
    target.value = cell.value;
  }
  if (cell.numFmt) target.numFmt = cell.numFmt;
}
