import type { CellRange } from "@zsyz/ledger";
import { runSteps, type Step } from "./runSteps.js";
import {
  needsTextGuard,
  toOfficeFormula,
  type ChartPlan,
  type PlanCell,
  type SheetPlan,
  type WorkbookPlan,
} from "@zsyz/indicators";
import type { Capabilities } from "./capabilities.js";
import type { XlWorksheet } from "./excelApi.js";
import type { ExcelHost } from "./host.js";
import { rangeToA1 } from "./address.js";
import { SYNC_BUDGET_BYTES, jsonBytes } from "./payload.js";
import { charsToPoints } from "./writeNewSheets.js";

/** Document setting listing the sheets this add-in created (JSON array of names). */
export const OWNED_SHEETS_SETTING = "zsyz.addinSheets";

/** Options of applyWorkbookPlan. */
export interface ApplyPlanOptions {
  capabilities: Capabilities;
  budgetBytes?: number;
}

/**
 * What applying a plan did. `conflicts`: sheets of the plan's names that the add-in did not
 * create; nothing was written then, so the user can rename or remove them first.
 */
export type ApplyPlanResult =
  { ok: true; created: string[]; refreshed: string[] } | { ok: false; conflicts: string[] };

const CALL_OVERHEAD_BYTES = 160;
const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
] as const;

/**
 * Writes a WorkbookPlan into the open workbook: creates its sheets, or refreshes them when
 * the add-in created them before (cleared, then rewritten), and never touches a sheet of the
 * same name it did not create. Syncs: one to learn names, one to size refreshed sheets, then
 * writes packed up to the payload budget with calculation suspended — number formats "@" for
 * text, values, formulas, then the other formats, widths and panes.
 */
export async function applyWorkbookPlan(
  host: ExcelHost,
  plan: WorkbookPlan,
  options: ApplyPlanOptions,
): Promise<ApplyPlanResult> {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load(["items/name"]);
    const owned = context.workbook.settings
      .getItemOrNullObject(OWNED_SHEETS_SETTING)
      .load(["value"]);
    await context.sync();
    const ownedNames = owned.isNullObject ? [] : parseOwned(owned.value);
    const existing = new Set(sheets.items.map((s) => s.name));
    const conflicts = plan.sheets
      .map((s) => s.name)
      .filter((n) => existing.has(n) && !ownedNames.includes(n));
    if (conflicts.length > 0) return { ok: false, conflicts };

    const refreshed = plan.sheets.map((s) => s.name).filter((n) => existing.has(n));
    const created = plan.sheets.map((s) => s.name).filter((n) => !existing.has(n));
    const handles = new Map<string, XlWorksheet>();
    const used = refreshed.map((name) => {
      const ws = context.workbook.worksheets.getItem(name);
      handles.set(name, ws);
      // Charts are shapes, which clearing cells leaves behind: the old ones are deleted too.
      return {
        name,
        range: ws.getUsedRangeOrNullObject().load(["address"]),
        charts: ws.charts.load(["items/name"]),
      };
    });
    if (used.length > 0) await context.sync();

    const ws = (name: string): XlWorksheet => {
      const h = handles.get(name);
      if (!h) throw new Error(`sheet ${name} used before it was added`);
      return h;
    };
    const steps: Step[] = [];
    for (const u of used) {
      for (const chart of u.charts.items)
        steps.push({ bytes: CALL_OVERHEAD_BYTES, queue: () => chart.delete() });
      if (u.range.isNullObject) continue;
      const address = u.range.address;
      steps.push({
        bytes: CALL_OVERHEAD_BYTES,
        queue: () =>
          ws(u.name)
            .getRange(address.slice(address.lastIndexOf("!") + 1))
            .clear("All"),
      });
    }
    for (const name of created)
      steps.push({
        bytes: CALL_OVERHEAD_BYTES,
        queue: (ctx) => void handles.set(name, ctx.workbook.worksheets.add(name)),
      });
    const laid = plan.sheets.map((s) => layOut(s));
    laid.forEach((l) => steps.push(...formatRunSteps(l.name, l.textFormats, ws, budget)));
    laid.forEach((l) => steps.push(...gridSteps(l.name, l.values, "values", ws, budget)));
    laid.forEach((l) => steps.push(...gridSteps(l.name, l.formulas, "formulas", ws, budget)));
    laid.forEach((l) => steps.push(...formatRunSteps(l.name, l.otherFormats, ws, budget)));
    plan.sheets.forEach((s) =>
      steps.push(
        ...styleSteps(
          s,
          laid.find((l) => l.name === s.name)!,
          plan,
          ws,
        ),
      ),
    );
    plan.sheets.forEach((s) => steps.push(...ruleAndPrintSteps(s, ws, options.capabilities)));
    for (const chart of plan.charts) steps.push(chartStep(chart, ws));
    const all = [...new Set([...ownedNames, ...plan.sheets.map((s) => s.name)])];
    steps.push({
      bytes: jsonBytes(all) + CALL_OVERHEAD_BYTES,
      queue: (ctx) => void ctx.workbook.settings.add(OWNED_SHEETS_SETTING, JSON.stringify(all)),
    });
    const first = plan.sheets[0];
    if (first) steps.push({ bytes: CALL_OVERHEAD_BYTES, queue: () => ws(first.name).activate() });
    await runSteps(context, steps, budget, options.capabilities.suspendCalculation);
    return { ok: true, created, refreshed };
  });
}

function parseOwned(value: unknown): string[] {
  if (typeof value !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    // A damaged list owns nothing: the add-in then refuses to overwrite, the safe side.
    return [];
  }
}

/** A run of one number format down a column: rows top..bottom of column col. */
interface FormatRun {
  col: number;
  top: number;
  bottom: number;
  format: string;
}

/** A sheet's cells as write-ready 2-D arrays (null: leave alone) and format runs. */
interface LaidOut {
  name: string;
  values: (string | number | boolean | null)[][];
  formulas: (string | null)[][];
  /** "@" runs, written before values so that ledger text stays text. */
  textFormats: FormatRun[];
  otherFormats: FormatRun[];
  styles: (string | undefined)[][];
}

function layOut(sheet: SheetPlan): LaidOut {
  const rows = sheet.rowCount;
  const cols = sheet.columnCount;
  const grid = <T>(v: T): T[][] => Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
  const values = grid<string | number | boolean | null>(null);
  const formulas = grid<string | null>(null);
  const formats = grid<string | undefined>(undefined);
  const styles = grid<string | undefined>(undefined);
  const cells: Iterable<PlanCell> = sheet.lazyCells ? sheet.lazyCells() : sheet.cells;
  for (const c of cells) {
    const row = values[c.row];
    if (!row) continue;
    if (c.formula !== undefined) formulas[c.row]![c.col] = toOfficeFormula(c.formula);
    else row[c.col] = c.value;
    const guard = typeof c.value === "string" && c.formula === undefined && needsTextGuard(c.value);
    formats[c.row]![c.col] = guard ? "@" : c.numFmt;
    styles[c.row]![c.col] = c.style;
  }
  const runs = columnRuns(formats);
  return {
    name: sheet.name,
    values,
    formulas,
    textFormats: runs.filter((r) => r.format === "@"),
    otherFormats: runs.filter((r) => r.format !== "@"),
    styles,
  };
}

function columnRuns(formats: (string | undefined)[][]): FormatRun[] {
  const runs: FormatRun[] = [];
  const cols = formats[0]?.length ?? 0;
  for (let col = 0; col < cols; col++) {
    let open: FormatRun | null = null;
    for (let row = 0; row <= formats.length; row++) {
      const f = formats[row]?.[col];
      if (open && f === open.format && row === open.bottom + 1) {
        open.bottom = row;
        continue;
      }
      if (open) runs.push(open);
      open = f === undefined ? null : { col, top: row, bottom: row, format: f };
    }
  }
  return runs;
}

/** Row blocks of a 2-D array sized to the budget; blocks holding only nulls are skipped. */
function gridSteps(
  name: string,
  grid: readonly (readonly unknown[])[],
  kind: "values" | "formulas",
  ws: (n: string) => XlWorksheet,
  budget: number,
): Step[] {
  const steps: Step[] = [];
  const width = grid[0]?.length ?? 0;
  if (width === 0) return steps;
  const perRow = Math.max(1, jsonBytes(grid) / Math.max(1, grid.length));
  const chunk = Math.max(1, Math.floor(budget / 2 / perRow));
  for (let top = 0; top < grid.length; top += chunk) {
    const part = grid.slice(top, top + chunk);
    if (part.every((row) => row.every((v) => v === null))) continue;
    const range: CellRange = { top, left: 0, bottom: top + part.length - 1, right: width - 1 };
    steps.push({
      bytes: jsonBytes(part) + CALL_OVERHEAD_BYTES,
      queue: () => {
        const target = ws(name).getRange(rangeToA1(range));
        if (kind === "values") target.values = part as unknown[][];
        else target.formulas = part as unknown[][];
      },
    });
  }
  return steps;
}

function formatRunSteps(
  name: string,
  runs: readonly FormatRun[],
  ws: (n: string) => XlWorksheet,
  budget: number,
): Step[] {
  const steps: Step[] = [];
  for (const run of runs) {
    const perRow = jsonBytes([[run.format]]);
    const chunk = Math.max(1, Math.floor(budget / 2 / perRow));
    for (let top = run.top; top <= run.bottom; top += chunk) {
      const bottom = Math.min(run.bottom, top + chunk - 1);
      const grid = Array.from({ length: bottom - top + 1 }, () => [run.format]);
      steps.push({
        bytes: jsonBytes(grid) + CALL_OVERHEAD_BYTES,
        queue: () => {
          ws(name).getRange(
            rangeToA1({ top, bottom, left: run.col, right: run.col }),
          ).numberFormat = grid;
        },
      });
    }
  }
  return steps;
}

/** Bold, font colour and fill of the plan's styles (runs per column), column widths, frozen panes. */
function styleSteps(
  sheet: SheetPlan,
  laid: LaidOut,
  plan: WorkbookPlan,
  ws: (n: string) => XlWorksheet,
): Step[] {
  const steps: Step[] = [];
  for (const run of columnRuns(laid.styles)) {
    const style = plan.styles[run.format as keyof WorkbookPlan["styles"]];
    if (
      !style ||
      (style.bold === undefined &&
        style.fontColor === undefined &&
        style.fill === undefined &&
        !style.border &&
        !style.wrap)
    )
      continue;
    const address = rangeToA1({ top: run.top, bottom: run.bottom, left: run.col, right: run.col });
    steps.push({
      bytes: CALL_OVERHEAD_BYTES * (style.border ? 9 : 4),
      queue: () => {
        const format = ws(sheet.name).getRange(address).format;
        if (style.bold !== undefined) format.font.bold = style.bold;
        if (style.fontColor !== undefined) format.font.color = style.fontColor;
        if (style.fill !== undefined) format.fill.color = style.fill;
        if (style.wrap) format.wrapText = true;
        if (style.border) {
          // The plan's "thin" border: every edge of every cell, in the light grey the batch writer uses.
          // Inside edges only exist when the run has more than one row.
          for (const edge of run.bottom > run.top ? BORDER_EDGES : BORDER_EDGES.slice(0, 4)) {
            const border = format.borders.getItem(edge);
            border.style = "Continuous";
            border.color = "#BFBFBF";
          }
        }
      },
    });
  }
  for (const c of sheet.columns) {
    steps.push({
      bytes: CALL_OVERHEAD_BYTES,
      queue: () => {
        ws(sheet.name).getRange(
          rangeToA1({ top: 0, bottom: 0, left: c.col, right: c.col }),
        ).format.columnWidth = charsToPoints(c.width);
      },
    });
  }
  for (const m of sheet.merges) {
    steps.push({
      bytes: CALL_OVERHEAD_BYTES,
      queue: () => ws(sheet.name).getRange(m).merge(false),
    });
  }
  const { rows, columns } = sheet.frozen;
  if (rows > 0) {
    steps.push({
      bytes: CALL_OVERHEAD_BYTES,
      queue: () => {
        if (columns === 0) ws(sheet.name).freezePanes.freezeRows(rows);
        else
          ws(sheet.name).freezePanes.freezeAt(
            rangeToA1({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 }),
          );
      },
    });
  }
  return steps;
}

/**
 * Conditional formats (ExcelApi 1.6, the same set as calculation suspension) and page setup
 * (ExcelApi 1.9, the same set as special cells); left out on older Excel, which lacks them.
 */
function ruleAndPrintSteps(
  sheet: SheetPlan,
  ws: (n: string) => XlWorksheet,
  caps: Capabilities,
): Step[] {
  const steps: Step[] = [];
  if (caps.suspendCalculation) {
    for (const rule of sheet.conditionalFormats) {
      steps.push({
        bytes: jsonBytes(rule) + CALL_OVERHEAD_BYTES * 5,
        queue: () => {
          const cf = ws(sheet.name).getRange(rule.range).conditionalFormats.add("Custom");
          cf.custom.rule.formula = toOfficeFormula(rule.formula);
          cf.custom.format.fill.color = rule.fill;
          cf.custom.format.font.color = rule.fontColor;
          // The plan counts from 1 (applied first); Excel from 0.
          cf.priority = rule.priority - 1;
        },
      });
    }
  }
  if (caps.specialCells) {
    const print = sheet.print;
    steps.push({
      bytes: CALL_OVERHEAD_BYTES * 4,
      queue: () => {
        const layout = ws(sheet.name).pageLayout;
        layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        layout.paperSize = print.paperSize;
        layout.zoom = {
          horizontalFitToPages: print.fitToWidth,
          verticalFitToPages: print.fitToHeight,
        };
        if (print.repeatRows)
          layout.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
      },
    });
  }
  return steps;
}

/** "'指标汇总'!$F$5:$F$9" → the sheet and the local address. */
function splitRef(ref: string): { sheet: string; address: string } {
  const bang = ref.lastIndexOf("!");
  return {
    sheet: ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"),
    address: ref.slice(bang + 1).replace(/\$/g, ""),
  };
}

/** The plan's clustered column chart: first series from its values, the others added, categories, title, axis, place. */
function chartStep(chart: ChartPlan, ws: (n: string) => XlWorksheet): Step {
  return {
    bytes: jsonBytes(chart) + CALL_OVERHEAD_BYTES * (4 + 3 * chart.series.length),
    queue: () => {
      const at = (ref: string) => {
        const { sheet, address } = splitRef(ref);
        return ws(sheet).getRange(address);
      };
      const [first, ...rest] = chart.series;
      if (!first) return;
      const c = ws(chart.sheet).charts.add("ColumnClustered", at(first.values), "Columns");
      c.title.text = chart.title;
      const head = c.series.getItemAt(0);
      head.name = first.name;
      head.setXAxisValues(at(chart.categories));
      for (const s of rest) {
        const added = c.series.add(s.name);
        added.setValues(at(s.values));
        added.setXAxisValues(at(chart.categories));
      }
      c.axes.valueAxis.numberFormat = chart.valueAxisNumFmt;
      c.setPosition(chart.anchor.from, chart.anchor.to);
    },
  };
}
