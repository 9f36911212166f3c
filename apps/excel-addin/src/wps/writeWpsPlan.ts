import type { ChartPlan, ConditionalFormatPlan, PrintPlan, WorkbookPlan } from "@zsyz/indicators";
import { parseRangeA1, rangeToA1, splitSheetRef } from "../office/address.js";
import type { ApplyPlanResult } from "../office/applyWorkbookPlan.js";
import { OWNED_SHEETS_SETTING, parseOwnedSheets } from "../office/ownedSheets.js";
import { readDocText, writeDocText } from "./docText.js";
import type { EtApplication, EtWorksheet } from "./wpsApi.js";
import { PartNotes } from "./partNotes.js";
import { refuseProtectedStructure } from "./refuseProtectedStructure.js";
import { toBgr, writeWpsCells } from "./writeWpsCells.js";

/** xlExpression: a "use a formula" conditional format. */
const XL_EXPRESSION = 2;
/** xlLandscape, xlPortrait. */
const ORIENTATION = { landscape: 2, portrait: 1 } as const;
/** xlPaperA4. */
const PAPER = { A4: 9 } as const;
/** xlColumnClustered. */
const XL_COLUMN_CLUSTERED = 51;
/** xlValue: the value axis. */
const XL_VALUE = 2;
/** xlCalculationManual. */
const XL_MANUAL = -4135;

/** 一键计算's result in WPS: the Excel writer's, plus what this WPS build could not do. */
export type WpsApplyResult = ApplyPlanResult & { notes?: string[] };

/**
 * 一键计算's WorkbookPlan written through the WPS object model, as applyWorkbookPlan.ts writes it
 * in Excel: never touches a same-named sheet it did not create; the ownership list saved first;
 * a refreshed sheet loses its old cells, rules and charts; then each sheet's cells
 * (writeWpsCells), its conditional formats, page setup and filter buttons, and the plan's charts.
 * A part this WPS build refuses (rules, page setup, filter, chart) is left out with a note; the figures and formulas
 * are written regardless.
 */
export function writeWpsPlan(app: EtApplication, plan: WorkbookPlan): WpsApplyResult {
  const book = app.ActiveWorkbook;
  const sheets = book.Worksheets;
  const existing: string[] = [];
  for (let i = 1; i <= sheets.Count; i++) existing.push(sheets.Item(i).Name);
  const props = book.CustomDocumentProperties;
  const owned = parseOwnedSheets(readDocText(props, OWNED_SHEETS_SETTING));
  const names = plan.sheets.map((s) => s.name);
  const conflicts = names.filter((n) => existing.includes(n) && !owned.includes(n));
  if (conflicts.length > 0) return { ok: false, conflicts };
  if (names.some((n) => !existing.includes(n))) refuseProtectedStructure(book);
  writeDocText(props, OWNED_SHEETS_SETTING, JSON.stringify([...new Set([...owned, ...names])]));

  const left = writeWithCalculationPaused(app, () => writeSheets(app, plan, existing)).lines();
  const created = names.filter((n) => !existing.includes(n));
  const refreshed = names.filter((n) => existing.includes(n));
  return left.length > 0
    ? { ok: true, created, refreshed, notes: left }
    : { ok: true, created, refreshed };
}

/**
 * Runs the writes with calculation manual, as the Excel writer suspends it: otherwise WPS would
 * recalculate the whole workbook after each block of formulas. The user's mode comes back after,
 * and one Calculate() leaves every formula showing its value even when that mode is manual. A
 * build without Application.Calculation writes with calculation as it is.
 */
function writeWithCalculationPaused<T>(app: EtApplication, write: () => T): T {
  let previous: number | null = null;
  try {
    previous = app.Calculation;
    app.Calculation = XL_MANUAL;
  } catch {
    // Not a failure of the write: WPS then recalculates as it goes, slower but correct.
    previous = null;
  }
  try {
    return write();
  } finally {
    if (previous !== null) {
      app.Calculation = previous;
      app.Calculate();
    }
  }
}

/** Each sheet of the plan created or refreshed, its cells, rules and page setup; then the charts. */
function writeSheets(
  app: EtApplication,
  plan: WorkbookPlan,
  existing: readonly string[],
): PartNotes {
  const sheets = app.ActiveWorkbook.Worksheets;
  const notes = new PartNotes();
  const chartSheets = new Set(plan.charts.map((c) => c.sheet));
  const handles = new Map<string, EtWorksheet>();
  for (const sheet of plan.sheets) {
    let ws: EtWorksheet;
    if (existing.includes(sheet.name)) {
      ws = sheets.Item(sheet.name);
      clearOwnSheet(
        ws,
        { rules: sheet.conditionalFormats.length > 0, charts: chartSheets.has(sheet.name) },
        notes,
      );
    } else {
      ws = sheets.Add(null, sheets.Item(sheets.Count));
      ws.Name = sheet.name;
    }
    handles.set(sheet.name, ws);
    writeWpsCells(app, ws, sheet, plan.styles);
    if (sheet.conditionalFormats.length > 0)
      notes.try("rules", sheet.name, () => addRules(ws, sheet.conditionalFormats));
    notes.try("page", sheet.name, () => setUpPage(ws, sheet.print));
    const filter = sheet.autoFilter;
    // A refreshed sheet loses last run's buttons even when this run has none.
    if (filter !== undefined || existing.includes(sheet.name))
      notes.try("filter", sheet.name, () => setFilter(ws, filter));
  }
  for (const chart of plan.charts) {
    const ws = handles.get(chart.sheet);
    if (ws) notes.try("chart", chart.sheet, () => addChart(ws, chart, handles));
  }
  const first = plan.sheets[0];
  if (first) sheets.Item(first.name).Activate();
  return notes;
}

/**
 * A sheet of ours being refreshed: its cells go, and the rules and charts the plan puts on it
 * (Clear leaves charts behind, and a new run must not stack a second set).
 */
function clearOwnSheet(
  ws: EtWorksheet,
  has: { rules: boolean; charts: boolean },
  notes: PartNotes,
): void {
  const used = ws.UsedRange;
  const name = ws.Name;
  if (has.rules) notes.try("oldRules", name, () => used.FormatConditions.Delete());
  if (has.charts)
    notes.try("oldCharts", name, () => {
      const charts = ws.ChartObjects();
      for (let i = charts.Count; i >= 1; i--) charts.Item(i).Delete();
    });
  used.Clear();
}

/**
 * The plan's formula rules. VBA, and WPS after it, reads a rule's relative references from the
 * active cell, so the range's top-left cell is selected before each rule (the plan writes each
 * formula for that cell); the selection goes back to A1 after.
 */
export function addRules(ws: EtWorksheet, rules: readonly ConditionalFormatPlan[]): void {
  ws.Activate();
  for (const rule of rules) {
    const range = ws.Range(rule.range);
    const corner = parseRangeA1(rule.range);
    if (corner) ws.Range(rangeToA1({ ...corner, bottom: corner.top, right: corner.left })).Select();
    const cf = range.FormatConditions.Add(XL_EXPRESSION, undefined, `=${rule.formula}`);
    cf.Interior.Color = toBgr(rule.fill);
    cf.Font.Color = toBgr(rule.fontColor);
    cf.Priority = rule.priority;
  }
  ws.Range("A1").Select();
}

/**
 * The sheet's filter buttons over `range`, or none: Range.AutoFilter() with no arguments toggles
 * them, so the sheet's old ones are switched off first (AutoFilterMode = False).
 */
export function setFilter(ws: EtWorksheet, range: string | undefined): void {
  if (ws.AutoFilterMode) ws.AutoFilterMode = false;
  if (range !== undefined) ws.Range(range).AutoFilter();
}

/** A4 landscape, one page wide and as many tall as needed, header rows repeated. */
export function setUpPage(ws: EtWorksheet, print: PrintPlan): void {
  const page = ws.PageSetup;
  page.Orientation = ORIENTATION[print.orientation];
  page.PaperSize = PAPER[print.paperSize];
  // FitToPages count only with Zoom off; a tall page count of false means "as many as needed".
  page.Zoom = false;
  page.FitToPagesWide = print.fitToWidth;
  page.FitToPagesTall = print.fitToHeight === 0 ? false : print.fitToHeight;
  if (print.repeatRows)
    page.PrintTitleRows = `$${print.repeatRows.first}:$${print.repeatRows.last}`;
}

/**
 * The plan's clustered column chart over the cells from `anchor.from` to `anchor.to`: series
 * added one by one from ranges (an empty chart first, whatever the selection holds), title,
 * the value axis's number format.
 */
export function addChart(
  ws: EtWorksheet,
  chart: ChartPlan,
  handles: ReadonlyMap<string, EtWorksheet>,
): void {
  const at = (ref: string) => {
    const { sheet, address } = splitSheetRef(ref);
    return (handles.get(sheet) ?? ws).Range(address);
  };
  const from = ws.Range(chart.anchor.from);
  const to = ws.Range(chart.anchor.to);
  const left = from.Left;
  const top = from.Top;
  const frame = ws
    .ChartObjects()
    .Add(left, top, to.Left + to.Width - left, to.Top + to.Height - top);
  const c = frame.Chart;
  c.ChartType = XL_COLUMN_CLUSTERED;
  const series = c.SeriesCollection();
  for (let i = series.Count; i >= 1; i--) series.Item(i).Delete();
  for (const s of chart.series) {
    const added = series.NewSeries();
    added.Name = s.name;
    added.Values = at(s.values);
    added.XValues = at(chart.categories);
  }
  c.HasTitle = true;
  c.ChartTitle.Text = chart.title;
  c.Axes(XL_VALUE).TickLabels.NumberFormat = chart.valueAxisNumFmt;
}
