import type { WorkbookPlan } from "@zsyz/indicators";
import { rangeToA1 } from "../office/address.js";
import { OWNED_SHEETS_SETTING, type ApplyPlanResult } from "../office/applyWorkbookPlan.js";
import { layOutCells, type ColumnRun } from "../office/buildSheetSteps.js";
import type { SheetCells, StyleTable } from "../office/sheetWrite.js";
import { readDocText, writeDocText } from "./docText.js";
import type { EtApplication, EtValue, EtWorksheet } from "./wpsApi.js";

/** Rows per Formula write: keeps one call's array moderate on a large 项目明细. */
const ROWS_PER_WRITE = 2_000;

/** "#RRGGBB" → the BGR number WPS colours take. */
export function toBgr(hex: string): number {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

function parseOwned(text: string | null): string[] {
  if (text === null) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/**
 * 一键计算's WorkbookPlan written through the WPS object model: the same rules as the Excel
 * writer (never touches a same-named sheet it did not create; the ownership list saved first;
 * number formats before values; the plan's formulas; styles, widths, heights, merges, frozen
 * panes after activating the sheet). Not yet written in WPS: conditional formats, page setup and
 * the chart (the sheets' figures and formulas are complete without them).
 */
export function writeWpsPlan(app: EtApplication, plan: WorkbookPlan): ApplyPlanResult {
  const book = app.ActiveWorkbook;
  const sheets = book.Worksheets;
  const existing: string[] = [];
  for (let i = 1; i <= sheets.Count; i++) existing.push(sheets.Item(i).Name);
  const props = book.CustomDocumentProperties;
  const owned = parseOwned(readDocText(props, OWNED_SHEETS_SETTING));
  const names = plan.sheets.map((s) => s.name);
  const conflicts = names.filter((n) => existing.includes(n) && !owned.includes(n));
  if (conflicts.length > 0) return { ok: false, conflicts };
  writeDocText(props, OWNED_SHEETS_SETTING, JSON.stringify([...new Set([...owned, ...names])]));

  const refreshed = names.filter((n) => existing.includes(n));
  const created = names.filter((n) => !existing.includes(n));
  for (const sheet of plan.sheets) {
    let ws: EtWorksheet;
    if (existing.includes(sheet.name)) {
      ws = sheets.Item(sheet.name);
      ws.UsedRange.Clear();
    } else {
      ws = sheets.Add(null, sheets.Item(sheets.Count));
      ws.Name = sheet.name;
    }
    writeSheet(app, ws, sheet, plan.styles);
  }
  const first = plan.sheets[0];
  if (first) sheets.Item(first.name).Activate();
  return { ok: true, created, refreshed };
}

function writeSheet(
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
    const style = styles[run.format as keyof StyleTable];
    if (!style) continue;
    const range = column(run);
    if (style.bold !== undefined) range.Font.Bold = style.bold;
    if (style.fontColor !== undefined) range.Font.Color = toBgr(style.fontColor);
    if (style.fill !== undefined) range.Interior.Color = toBgr(style.fill);
    if (style.wrap) range.WrapText = true;
  }
  // Plan widths are in characters, which is what ColumnWidth takes.
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
