// The exceljs writer of a WorkbookPlan: it applies the plan cell by cell and decides
// nothing itself — every formula, format and style comes from packages/indicators.
// It uses exceljs's streaming writer: rows go out as they are written (memory stays
// flat with 300,000 projects) and compression runs in Node's native zlib.
import { toFileFormula, type CellStyle, type PlanCell, type SheetPlan, type WorkbookPlan } from "@zsyz/indicators";
import ExcelJS from "exceljs";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/** The bits of exceljs's streaming writer we reach into: its zip, to mark the workbook for recalculation. */
interface ZipAppend {
  zip: { append: (data: unknown, options: { name: string }) => unknown };
}

/** Writes a workbook plan to an .xlsx file: formulas with cached values, styles, rules, print setup. */
export async function writePlan(plan: WorkbookPlan, path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  wb.creator = "招商台账助手 zsyz";
  wb.created = new Date();
  markFullCalcOnLoad(wb as unknown as ZipAppend);
  const styles = new StyleCache(plan);
  for (const sheet of plan.sheets) writeSheet(wb, sheet, styles);
  await wb.commit();
}

/**
 * Excel, WPS and LibreOffice recalculate every formula when the file is opened. The
 * streaming writer has no option for it, so the flag goes into workbook.xml as written.
 */
function markFullCalcOnLoad(wb: ZipAppend): void {
  const zip = wb.zip;
  const append = zip.append.bind(zip);
  zip.append = (data, options) => append(options.name === "/xl/workbook.xml" && typeof data === "string" ? data.replace("<calcPr ", '<calcPr fullCalcOnLoad="1" ') : data, options);
}

function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, plan: SheetPlan, styles: StyleCache): void {
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
  ws.columns = Array.from({ length: plan.columnCount }, (_, col) => {
    const c = plan.columns.find((x) => x.col === col);
    return { width: c?.width ?? 10, hidden: c?.hidden ?? false };
  });
  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;
  // Merges touch their cells, so they go before any row is committed.
  for (const range of plan.merges) ws.mergeCells(range);
  // Cells are row-major: write a row, commit it, move on.
  let current: ExcelJS.Row | undefined;
  for (const cell of plan.cells) {
    if (current && current.number !== cell.row + 1) current.commit();
    if (!current || current.number !== cell.row + 1) current = ws.getRow(cell.row + 1);
    writeCell(current.getCell(cell.col + 1), cell, styles);
  }
  current?.commit();
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
  ws.commit();
}

function writeCell(target: ExcelJS.Cell, cell: PlanCell, styles: StyleCache): void {
  if (cell.formula !== undefined) {
    // A cached value lets viewers that do not recalculate still show the right figure.
    const result = cell.value === null ? "" : cell.value;
    target.value = { formula: toFileFormula(cell.formula), result } as ExcelJS.CellFormulaValue;
  } else {
    // Plain values only: a string is written as text even when it starts with "=".
    target.value = cell.value;
  }
  target.style = styles.resolve(cell.style, cell.numFmt);
}

/**
 * One exceljs style object per (style, number format) pair, shared by every cell that
 * uses it. exceljs remembers the style id of an object it has seen, so sharing turns a
 * per-cell style serialisation into a lookup; shared objects are never mutated.
 */
class StyleCache {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();
  constructor(private readonly plan: WorkbookPlan) {}

  resolve(name: string | undefined, numFmt: string | undefined): Partial<ExcelJS.Style> {
    const key = `${name ?? ""}|${numFmt ?? ""}`;
    let style = this.byKey.get(key);
    if (!style) {
      const base = name ? toExcelStyle(this.plan.styles[name as keyof WorkbookPlan["styles"]]) : {};
      style = numFmt ? { ...base, numFmt } : base;
      this.byKey.set(key, style);
    }
    return style;
  }
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
