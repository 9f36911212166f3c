// The exceljs writer of a WorkbookPlan: it applies the plan cell by cell and decides
// nothing itself — every formula, format and style comes from packages/indicators.
import { toFileFormula, type CellStyle, type PlanCell, type SheetPlan, type WorkbookPlan } from "@zsyz/indicators";
import ExcelJS from "exceljs";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/** Serialises a workbook plan to .xlsx bytes: formulas with cached values, styles, rules, print setup. */
export async function writePlan(plan: WorkbookPlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "招商台账助手 zsyz";
  wb.created = new Date();
  // Excel, WPS and LibreOffice recalculate every formula when the file is opened.
  wb.calcProperties = { fullCalcOnLoad: true };
  const styles = new Map(Object.entries(plan.styles).map(([name, style]) => [name, toExcelStyle(style)]));
  for (const sheet of plan.sheets) writeSheet(wb, sheet, styles);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan, styles: ReadonlyMap<string, Partial<ExcelJS.Style>>): void {
  const ws = wb.addWorksheet(plan.name, {
    views: [{ state: "frozen", xSplit: plan.frozen.columns, ySplit: plan.frozen.rows }],
    pageSetup: {
      paperSize: 9,
      orientation: plan.print.orientation,
      fitToPage: true,
      fitToWidth: plan.print.fitToWidth,
      fitToHeight: plan.print.fitToHeight,
      ...(plan.print.repeatRows ? { printTitlesRow: `${plan.print.repeatRows.first}:${plan.print.repeatRows.last}` } : {}),
    },
  });
  for (const c of plan.columns) {
    const col = ws.getColumn(c.col + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  }
  for (const cell of plan.cells) writeCell(ws.getCell(cell.row + 1, cell.col + 1), cell, styles);
  for (const range of plan.merges) ws.mergeCells(range);
  for (const rule of plan.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: "expression",
          priority: rule.priority,
          formulae: [toFileFormula(rule.formula)],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } }, font: { color: { argb: argb(rule.fontColor) } } },
        },
      ],
    });
  }
  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;
}

function writeCell(target: ExcelJS.Cell, cell: PlanCell, styles: ReadonlyMap<string, Partial<ExcelJS.Style>>): void {
  if (cell.formula !== undefined) {
    // A cached value lets viewers that do not recalculate still show the right figure.
    const result = cell.value === null ? "" : cell.value;
    target.value = { formula: toFileFormula(cell.formula), result } as ExcelJS.CellFormulaValue;
  } else {
    // Plain values only: a string is written as text even when it starts with "=".
    target.value = cell.value;
  }
  const style = cell.style ? styles.get(cell.style) : undefined;
  if (style) target.style = { ...style };
  if (cell.numFmt) target.numFmt = cell.numFmt;
}

function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = { name: "宋体", size: s.fontSize ?? 11 };
  if (s.bold) font.bold = true;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  out.font = font;
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.border) {
    const side: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  if (s.horizontal || s.vertical || s.wrap) {
    out.alignment = { ...(s.horizontal ? { horizontal: s.horizontal } : {}), ...(s.vertical ? { vertical: s.vertical === "center" ? "middle" : s.vertical } : {}), ...(s.wrap ? { wrapText: true } : {}) };
  }
  return out;
}
