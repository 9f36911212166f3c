import type { Settings, SettingsError, WorkbookPlan } from "@zsyz/indicators";
import type { ApplyPlanResult } from "../office/applyWorkbookPlan.js";
import type { Capabilities, Capability } from "../office/capabilities.js";
import type { FillOutcome, FillUndo } from "../office/fillCompletion.js";
import type { CellMark, ClearSummary, MarkSummary } from "../office/marks.js";
import type { SheetGrid } from "../office/readSheetGrid.js";
import type { SelfCheckReport } from "../office/selfCheck.js";
import type { NewSheetsPlan, WrittenSheet } from "../office/sheetWrite.js";
import type { WorkbookInfo } from "../office/workbookInfo.js";

/**
 * What the pane's use cases need from the spreadsheet program, one method per thing a button
 * does: Excel (office/excelPaneHost.ts, through Office.js) and WPS 表格 (wps/wpsPaneHost.ts,
 * through the WPS 加载项 object model) each implement it, and the React pane sees only this.
 * Everything crossing it is plain data: grids, plans, marks, settings.
 */
export interface PaneHost {
  /** The program, as the pane names it ("Excel", "WPS 表格"). */
  readonly name: string;
  /** What this program can do; a missing capability disables its buttons with a notice. */
  readonly capabilities: Capabilities;
  /** What the pane says about each missing capability, in this program's terms. */
  readonly capabilityNotes: Record<Capability, string>;
  readWorkbookInfo(): Promise<WorkbookInfo>;
  /** A sheet (the active one when absent) as the ledger package's grid. */
  readSheet(sheet?: string): Promise<SheetGrid>;
  selectCell(sheet: string, address: string): Promise<void>;
  markCells(sheet: string, marks: readonly CellMark[]): Promise<MarkSummary>;
  clearMarks(): Promise<ClearSummary>;
  writeNewSheets(plan: NewSheetsPlan): Promise<WrittenSheet[]>;
  applyWorkbookPlan(plan: WorkbookPlan): Promise<ApplyPlanResult>;
  fillCompletion(sheet: string, sumifs: readonly string[] | "all"): Promise<FillOutcome>;
  undoFill(undo: FillUndo): Promise<void>;
  readSettings(): Promise<{ settings: Settings; errors: SettingsError[] }>;
  writeSettings(settings: Settings): Promise<void>;
  /** Writes text into the selection's top-left cell, as text; returns that cell's address. */
  insertText(text: string): Promise<string>;
  selfCheck(): Promise<SelfCheckReport>;
}
