import type { CellRange, GridSheet } from "@zsyz/ledger";
import {
  planCompletionFill,
  toOfficeFormula,
  type CompletionFillPlan,
  type FillCell,
  type FillError,
} from "@zsyz/indicators";
import type { Capabilities } from "./capabilities.js";
import type { XlRange } from "./excelApi.js";
import type { ExcelHost } from "./host.js";
import { rangeToA1 } from "./address.js";
import { readSheetGrid } from "./readSheetGrid.js";

/** What undoing one fill writes back: the previous formulas (or constants) and formats of exactly its cells. */
export interface FillUndo {
  sheet: string;
  blocks: { range: CellRange; formulas: unknown[][]; numberFormat: unknown[][] }[];
}

/** A fill that ran, with its undo; or why nothing was filled. */
export type FillOutcome =
  { ok: true; plan: CompletionFillPlan; undo: FillUndo } | { ok: false; error: FillError };

/** Vertical runs of filled cells: one range per column and run of consecutive rows. */
function columnBlocks(cells: readonly FillCell[]): { range: CellRange; cells: FillCell[] }[] {
  const byCol = new Map<number, FillCell[]>();
  for (const c of cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c]);
  const blocks: { range: CellRange; cells: FillCell[] }[] = [];
  for (const [col, list] of [...byCol.entries()].sort(([a], [b]) => a - b)) {
    list.sort((a, b) => a.row - b.row);
    let run: FillCell[] = [];
    for (const c of [...list, null]) {
      const last = run[run.length - 1];
      if (c && (!last || c.row === last.row + 1)) {
        run.push(c);
        continue;
      }
      if (last)
        blocks.push({
          range: { top: run[0]!.row, bottom: last.row, left: col, right: col },
          cells: run,
        });
      run = c ? [c] : [];
    }
  }
  return blocks;
}

/** The fill of a sheet's grid; "all" sums every indicator of the table that the ledger can sum. Shared by both hosts. */
export function planFill(
  sheet: GridSheet,
  sumifs: readonly string[] | "all",
): ReturnType<typeof planCompletionFill> {
  const planned = planCompletionFill(sheet, { sumifs: sumifs === "all" ? [] : sumifs });
  if (!planned.ok || sumifs !== "all") return planned;
  const names = planned.plan.groups.filter((g) => g.aggregate !== null).map((g) => g.name);
  return names.length > 0 ? planCompletionFill(sheet, { sumifs: names }) : planned;
}

/**
 * 「填充完成率公式」: reads the sheet, plans the fill (packages/indicators), keeps the previous
 * contents and formats of exactly the cells it will write, then writes formulas and "0.00%".
 * Two syncs after the read, whatever the table's size.
 */
export async function fillCompletion(
  host: ExcelHost,
  options: { sheet: string; sumifs: readonly string[] | "all"; capabilities: Capabilities },
): Promise<FillOutcome> {
  const { sheet } = await readSheetGrid(host, {
    sheet: options.sheet,
    capabilities: options.capabilities,
  });
  const planned = planFill(sheet, options.sumifs);
  if (!planned.ok) return planned;
  const plan = planned.plan;
  const blocks = columnBlocks(plan.cells);
  const undo = await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(options.sheet);
    const before: XlRange[] = blocks.map((b) =>
      ws.getRange(rangeToA1(b.range)).load(["formulas", "numberFormat"]),
    );
    await context.sync();
    const saved: FillUndo = {
      sheet: options.sheet,
      blocks: blocks.map((b, i) => ({
        range: b.range,
        formulas: before[i]!.formulas,
        numberFormat: before[i]!.numberFormat,
      })),
    };
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const b of blocks) {
      const range = ws.getRange(rangeToA1(b.range));
      // Formats first: a "@" (text) cell would keep a formula as text.
      if (b.cells.some((c) => c.numFmt !== undefined))
        range.numberFormat = b.cells.map((c, i) => [
          c.numFmt ?? saved.blocks[blocks.indexOf(b)]!.numberFormat[i]![0],
        ]);
      range.formulas = b.cells.map((c) => [toOfficeFormula(c.formula)]);
    }
    await context.sync();
    // Recalculating is the caller's job after a suspended sync (suspendApiCalculationUntilNextSync).
    context.workbook.application.calculate("Full");
    await context.sync();
    return saved;
  });
  return { ok: true, plan, undo };
}

/** Undoes one fill: writes back the previous formats, then the previous formulas or constants, in one sync. */
export async function undoFill(host: ExcelHost, undo: FillUndo): Promise<void> {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(undo.sheet);
    for (const b of undo.blocks) {
      const range = ws.getRange(rangeToA1(b.range));
      range.numberFormat = b.numberFormat;
      range.formulas = b.formulas;
    }
    await context.sync();
  });
}
