// The one module that turns an exceljs workbook into the ledger package's plain grid.
// The normal Workbook API is used on purpose: the streaming reader drops merged
// cells and shared formulas, both common in township ledgers.
import type { CellValue, GridCell, GridSheet, GridWorkbook } from "@zsyz/ledger";
import ExcelJS from "exceljs";

type ExcelCell = ExcelJS.Cell;

/** exceljs keeps merges in a private map of ranges; its public model getter serialises every row. */
interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Reads .xlsx bytes into a grid workbook named `file`. Throws what exceljs throws on a broken file. */
export async function readGrid(bytes: Uint8Array, file: string): Promise<GridWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { file, sheets: workbook.worksheets.map(toGridSheet) };
}

function toGridSheet(ws: ExcelJS.Worksheet): GridSheet {
  const rows: Array<Array<GridCell | null>> = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Array<GridCell | null> = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = toGridCell(cell);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
    if (row.hidden) hiddenRows.push(rowNumber - 1);
  });
  const merges = Object.values(
    (ws as unknown as { _merges: Record<string, MergeRange> })._merges ?? {},
  ).map((m) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
  const sheet: GridSheet = { name: ws.name, rows: Array.from(rows, (r) => r ?? []), merges };
  if (ws.state === "hidden" || ws.state === "veryHidden") sheet.hidden = true;
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  return sheet;
}

function toGridCell(cell: ExcelCell): GridCell | null {
  // Cells covered by a merge repeat the master's value in exceljs; the grid keeps them empty.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const out: GridCell = { value: null };
  const fmt = cell.numFmt;
  if (fmt && fmt !== "General") out.numFmt = fmt;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && !(v instanceof Date)) {
    if ("error" in v) {
      out.error = String(v.error);
      return out;
    }
    if ("formula" in v || "sharedFormula" in v) {
      const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
      out.formula = f.formula ?? cell.formula ?? f.sharedFormula ?? "";
      const result = f.result;
      if (result && typeof result === "object" && !(result instanceof Date) && "error" in result)
        out.error = String(result.error);
      else out.value = plain(result);
      return out;
    }
    if ("richText" in v) {
      out.value = v.richText.map((t) => t.text).join("");
      return out;
    }
    if ("hyperlink" in v) {
      out.value = plain((v as ExcelJS.CellHyperlinkValue).text);
      return out;
    }
    out.value = cell.text;
    return out;
  }
  out.value = plain(v);
  return out;
}

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date)
    return v;
  return String(v);
}
