import {
  toOfficeFormula,
  type ChartPlan,
  type SheetPlan,
  type WorkbookPlan,
} from "@zsyz/indicators";
import { splitSheetRef } from "./address.js";
import { buildSheetSteps, sheetHandles, type SheetHandles } from "./buildSheetSteps.js";
import { AddinError } from "./AddinError.js";
import type { Capabilities } from "./capabilities.js";
import type { ExcelHost } from "./host.js";
import { OWNED_SHEETS_SETTING, parseOwnedSheets } from "./ownedSheets.js";
import { CALL_OVERHEAD_BYTES, SYNC_BUDGET_BYTES, jsonBytes } from "./payload.js";
import { runSteps, type Step } from "./runSteps.js";
import type { WriterOptions } from "./sheetWrite.js";

/**
 * What applying a plan did. `conflicts`: sheets of the plan's names that the add-in did not
 * create; nothing was written then, so the user can rename or remove them first.
 */
export type ApplyPlanResult =
  { ok: true; created: string[]; refreshed: string[] } | { ok: false; conflicts: string[] };

/**
 * Writes a WorkbookPlan into the open workbook: creates its sheets, or refreshes them when
 * the add-in created them before (cleared, then rewritten), and never touches a sheet of the
 * same name it did not create. Syncs: one to learn names, one to size refreshed sheets, then
 * writes packed up to the payload budget with calculation suspended: the cells through
 * buildSheetSteps (shared with writeNewSheets), then conditional formats, page setup, filter
 * buttons and charts.
 */
export async function applyWorkbookPlan(
  host: ExcelHost,
  plan: WorkbookPlan,
  options: WriterOptions,
): Promise<ApplyPlanResult> {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load(["items/name"]);
    context.workbook.load(["protection/protected"]);
    const owned = context.workbook.settings
      .getItemOrNullObject(OWNED_SHEETS_SETTING)
      .load(["value"]);
    await context.sync();
    const ownedNames = owned.isNullObject ? [] : parseOwnedSheets(owned.value);
    const existing = new Set(sheets.items.map((s) => s.name));
    const conflicts = plan.sheets
      .map((s) => s.name)
      .filter((n) => existing.has(n) && !ownedNames.includes(n));
    if (conflicts.length > 0) return { ok: false, conflicts };

    const refreshed = plan.sheets.map((s) => s.name).filter((n) => existing.has(n));
    const created = plan.sheets.map((s) => s.name).filter((n) => !existing.has(n));
    // Refused before any write: Excel would take the ownership list, then fail on the first sheet.
    if (created.length > 0 && context.workbook.protection.protected)
      throw new AddinError("workbook_protected");
    const handles = sheetHandles();
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

    // The ownership list is saved in the first write, before any sheet exists: a run that fails
    // half-way leaves sheets this add-in wrote, and the next 一键计算 must refresh them rather than
    // refuse them as "conflicts".
    const all = [...new Set([...ownedNames, ...plan.sheets.map((s) => s.name)])];
    const steps: Step[] = [
      {
        bytes: jsonBytes(all) + CALL_OVERHEAD_BYTES,
        queue: (ctx) => void ctx.workbook.settings.add(OWNED_SHEETS_SETTING, JSON.stringify(all)),
      },
    ];
    for (const u of used) {
      for (const chart of u.charts.items)
        steps.push({ bytes: CALL_OVERHEAD_BYTES, queue: () => chart.delete() });
      // The filter buttons of the last run go too: this run's may cover other rows, or none.
      if (options.capabilities.specialCells)
        steps.push({
          bytes: CALL_OVERHEAD_BYTES,
          queue: () => handles.get(u.name).autoFilter.remove(),
        });
      if (u.range.isNullObject) continue;
      const address = u.range.address;
      steps.push({
        bytes: CALL_OVERHEAD_BYTES,
        queue: () =>
          handles
            .get(u.name)
            .getRange(address.slice(address.lastIndexOf("!") + 1))
            .clear("All"),
      });
    }
    for (const name of created)
      steps.push({
        bytes: CALL_OVERHEAD_BYTES,
        queue: (ctx) => handles.set(name, ctx.workbook.worksheets.add(name)),
      });
    steps.push(...buildSheetSteps(plan, handles, budget));
    for (const sheet of plan.sheets)
      steps.push(...ruleAndPrintSteps(sheet, handles, options.capabilities));
    for (const chart of plan.charts)
      steps.push(chartStep(chart, handles, options.capabilities.dataValidation));
    const first = plan.sheets[0];
    if (first)
      steps.push({ bytes: CALL_OVERHEAD_BYTES, queue: () => handles.get(first.name).activate() });
    await runSteps(context, steps, budget);
    return { ok: true, created, refreshed };
  });
}

/**
 * Conditional formats (ExcelApi 1.6, below the manifest minimum), page setup and filter buttons
 * (ExcelApi 1.9, the same set as special cells; left out on older Excel, which lacks it).
 */
function ruleAndPrintSteps(sheet: SheetPlan, handles: SheetHandles, caps: Capabilities): Step[] {
  const steps: Step[] = [];
  for (const rule of sheet.conditionalFormats) {
    steps.push({
      bytes: jsonBytes(rule) + CALL_OVERHEAD_BYTES * 5,
      queue: () => {
        const cf = handles.get(sheet.name).getRange(rule.range).conditionalFormats.add("Custom");
        cf.custom.rule.formula = toOfficeFormula(rule.formula);
        cf.custom.format.fill.color = rule.fill;
        cf.custom.format.font.color = rule.fontColor;
        // The plan counts from 1 (applied first); Excel from 0.
        cf.priority = rule.priority - 1;
      },
    });
  }
  if (caps.specialCells) {
    const print = sheet.print;
    steps.push({
      bytes: CALL_OVERHEAD_BYTES * 4,
      queue: () => {
        const layout = handles.get(sheet.name).pageLayout;
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
    const filter = sheet.autoFilter;
    if (filter)
      steps.push({
        bytes: CALL_OVERHEAD_BYTES,
        queue: () => handles.get(sheet.name).autoFilter.apply(filter),
      });
  }
  return steps;
}

/**
 * The plan's clustered column chart: first series from its values, the others added (ExcelApi
 * 1.7), categories, title, place, and the value axis's number format where Excel has it (1.8).
 */
function chartStep(chart: ChartPlan, handles: SheetHandles, axisFormat: boolean): Step {
  return {
    bytes: jsonBytes(chart) + CALL_OVERHEAD_BYTES * (4 + 3 * chart.series.length),
    queue: () => {
      const at = (ref: string) => {
        const { sheet, address } = splitSheetRef(ref);
        return handles.get(sheet).getRange(address);
      };
      const [first, ...rest] = chart.series;
      if (!first) return;
      const c = handles.get(chart.sheet).charts.add("ColumnClustered", at(first.values), "Columns");
      c.title.text = chart.title;
      const head = c.series.getItemAt(0);
      head.name = first.name;
      head.setXAxisValues(at(chart.categories));
      for (const s of rest) {
        const added = c.series.add(s.name);
        added.setValues(at(s.values));
        added.setXAxisValues(at(chart.categories));
      }
      if (axisFormat) c.axes.valueAxis.numberFormat = chart.valueAxisNumFmt;
      c.setPosition(chart.anchor.from, chart.anchor.to);
    },
  };
}
