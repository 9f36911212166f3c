import type { PaneHost } from "../host/PaneHost.js";
import { applyWorkbookPlan } from "./applyWorkbookPlan.js";
import { MISSING_CAPABILITY_NOTES, detectCapabilities, type Capabilities } from "./capabilities.js";
import { fillCompletion, undoFill } from "./fillCompletion.js";
import type { ExcelHost } from "./host.js";
import { clearMarks, markCells } from "./marks.js";
import { readSheetGrid } from "./readSheetGrid.js";
import { runSelfCheck } from "./selfCheck.js";
import {
  insertTextAtSelection,
  readWorkbookSettings,
  writeWorkbookSettings,
} from "./settingsStore.js";
import { readWorkbookInfo, selectCell } from "./workbookInfo.js";
import { writeNewSheets } from "./writeNewSheets.js";

/**
 * The pane's host on Excel: each use case through the Office.js adapter of this folder, with
 * the capabilities asked once (or given, by tests that pretend to be another Excel).
 */
export function excelPaneHost(
  excel: ExcelHost,
  capabilities: Capabilities = detectCapabilities(excel),
): PaneHost {
  const options = { capabilities };
  return {
    name: "Excel",
    capabilities,
    capabilityNotes: MISSING_CAPABILITY_NOTES,
    readWorkbookInfo: () => readWorkbookInfo(excel),
    readSheet: (sheet) =>
      readSheetGrid(excel, sheet === undefined ? options : { sheet, capabilities }),
    selectCell: (sheet, address) => selectCell(excel, sheet, address),
    markCells: (sheet, marks) => markCells(excel, sheet, marks, options),
    clearMarks: () => clearMarks(excel, options),
    writeNewSheets: (plan) => writeNewSheets(excel, plan, options),
    applyWorkbookPlan: (plan) => applyWorkbookPlan(excel, plan, options),
    fillCompletion: (sheet, sumifs) => fillCompletion(excel, { sheet, sumifs, capabilities }),
    undoFill: (undo) => undoFill(excel, undo),
    readSettings: () => readWorkbookSettings(excel),
    writeSettings: (settings) => writeWorkbookSettings(excel, settings),
    insertText: (text) => insertTextAtSelection(excel, text),
    selfCheck: () => runSelfCheck(excel, capabilities),
  };
}
