import { toOfficeFormula } from "@zsyz/indicators";
import { toA1 } from "@zsyz/ledger";
import type { FillOutcome, FillUndo } from "../office/fillCompletion.js";
import { planFill } from "../office/fillCompletion.js";
import { readWpsGrid } from "./readWpsGrid.js";
import type { EtApplication } from "./wpsApi.js";

/**
 * 「填充完成率公式」 in WPS: the same plan as in Excel (planFill), the previous formula or constant
 * and number format of exactly the cells it writes kept for the undo, then formats and formulas.
 */
export function fillWpsCompletion(
  app: EtApplication,
  sheetName: string,
  sumifs: readonly string[] | "all",
): FillOutcome {
  const { sheet } = readWpsGrid(app, sheetName);
  const planned = planFill(sheet, sumifs);
  if (!planned.ok) return planned;
  const ws = app.ActiveWorkbook.Worksheets.Item(sheetName);
  const undo: FillUndo = { sheet: sheetName, blocks: [] };
  for (const cell of planned.plan.cells) {
    const range = ws.Range(cell.address);
    undo.blocks.push({
      range: { top: cell.row, bottom: cell.row, left: cell.col, right: cell.col },
      formulas: [[range.Formula ?? ""]],
      numberFormat: [[range.NumberFormat ?? "General"]],
    });
    // Format first: a cell formatted "@" would keep the formula as text.
    if (cell.numFmt !== undefined) range.NumberFormat = cell.numFmt;
    range.Formula = toOfficeFormula(cell.formula);
  }
  return { ok: true, plan: planned.plan, undo };
}

/** Writes back what fillWpsCompletion replaced: the number format first, then the formula or constant. */
export function undoWpsFill(app: EtApplication, undo: FillUndo): void {
  const ws = app.ActiveWorkbook.Worksheets.Item(undo.sheet);
  for (const block of undo.blocks) {
    const range = ws.Range(toA1(block.range.top, block.range.left));
    range.NumberFormat = String(block.numberFormat[0]?.[0] ?? "General");
    const before = block.formulas[0]?.[0];
    range.Formula =
      typeof before === "number" || typeof before === "boolean" ? before : String(before ?? "");
  }
}
