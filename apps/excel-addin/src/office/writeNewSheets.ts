import { AddinError } from "./AddinError.js";
import { rangeToA1 } from "./address.js";
import { buildSheetSteps, sheetHandles, type SheetHandles } from "./buildSheetSteps.js";
import type { Capabilities } from "./capabilities.js";
import type { ExcelHost } from "./host.js";
import { CALL_OVERHEAD_BYTES, SYNC_BUDGET_BYTES, jsonBytes } from "./payload.js";
import { runSteps, type Step } from "./runSteps.js";
import type { NewSheet, NewSheetsPlan, WriterOptions, WrittenSheet } from "./sheetWrite.js";

/** A free name: "项目台账", else "项目台账（2）", "项目台账（3）"… compared without case, as Excel does. */
export function freeName(
  preferred: string,
  taken: readonly string[],
  separator: (n: number) => string,
): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(preferred.toLowerCase())) return preferred;
  for (let n = 2; ; n++) {
    const candidate = `${preferred}${separator(n)}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The names the plan's sheets (and their tables) get beside those already taken: each its
 * own name when free, else with a number; the same in Excel and in WPS.
 */
export function nameNewSheets(
  plan: NewSheetsPlan,
  takenSheets: string[],
  takenTables: string[],
): WrittenSheet[] {
  return plan.sheets.map((s) => {
    const sheet = freeName(s.name, takenSheets, (n) => `（${n}）`);
    takenSheets.push(sheet);
    const out: WrittenSheet = { requested: s.name, sheet };
    if (s.table) {
      out.table = freeName(s.table.name, takenTables, (n) => `${n}`);
      takenTables.push(out.table);
    }
    return out;
  });
}

/**
 * Inserts new worksheets in a bounded number of syncs: one to learn the names in use, then
 * batches of queued writes packed up to the payload budget, calculation suspended in each. The
 * cells go through buildSheetSteps, the same writer as 一键计算's plans; tables and dropdowns
 * follow. Existing sheets and tables are never touched: taken names get a suffix.
 */
export async function writeNewSheets(
  host: ExcelHost,
  plan: NewSheetsPlan,
  options: WriterOptions,
): Promise<WrittenSheet[]> {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load(["items/name"]);
    const tables = context.workbook.tables.load(["items/name"]);
    context.workbook.load(["protection/protected"]);
    await context.sync();
    if (context.workbook.protection.protected) throw new AddinError("workbook_protected");
    const written = nameNewSheets(
      plan,
      sheets.items.map((s) => s.name),
      tables.items.map((t) => t.name),
    );
    // The plan's sheets under the names they could get.
    const renamed = plan.sheets.map((s, i) => ({ ...s, name: written[i]!.sheet }));

    const handles = sheetHandles();
    const steps: Step[] = renamed.map(({ name }) => ({
      bytes: CALL_OVERHEAD_BYTES,
      queue: (ctx) => handles.set(name, ctx.workbook.worksheets.add(name)),
    }));
    steps.push(...buildSheetSteps({ sheets: renamed, styles: plan.styles }, handles, budget));
    renamed.forEach((s, i) =>
      steps.push(...tableAndListSteps(s, written[i]!.table, handles, options.capabilities)),
    );
    const first = written[0];
    if (first)
      steps.push({
        bytes: CALL_OVERHEAD_BYTES,
        queue: () => handles.get(first.sheet).activate(),
      });
    await runSteps(context, steps, budget);
    return written;
  });
}

/** The Excel table (under its free name) and the dropdowns: what only new sheets have. */
function tableAndListSteps(
  sheet: NewSheet,
  tableName: string | undefined,
  handles: SheetHandles,
  caps: Capabilities,
): Step[] {
  const steps: Step[] = [];
  const ws = () => handles.get(sheet.name);
  const table = sheet.table;
  if (table && tableName) {
    steps.push({
      bytes: CALL_OVERHEAD_BYTES * 3,
      queue: () => {
        // A Range object, not an address: an address without a sheet name means the active
        // sheet (TableCollection.add, ExcelApi 1.1/1.3), whatever collection it is called on.
        const t = ws().tables.add(ws().getRange(rangeToA1(table.range)), true);
        t.name = tableName;
        t.style = table.style;
      },
    });
  }
  // Data validation is ExcelApi 1.8: older Excel gets the sheet without dropdowns rather than an error.
  if (!caps.dataValidation) return steps;
  for (const list of sheet.lists ?? []) {
    steps.push({
      bytes: jsonBytes(list) + CALL_OVERHEAD_BYTES * 3,
      queue: () => {
        const validation = ws().getRange(rangeToA1(list.range)).dataValidation;
        validation.clear();
        validation.rule = { list: { inCellDropDown: true, source: list.choices.join(",") } };
        validation.errorAlert = {
          showAlert: true,
          style: list.strict ? "Stop" : "Information",
          title: list.title,
          message: list.message,
        };
      },
    });
  }
  return steps;
}
