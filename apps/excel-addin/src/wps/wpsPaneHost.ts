import {
  DEFAULT_SETTINGS,
  parseSettings,
  serializeSettings,
  type Settings,
  type WorkbookPlan,
} from "@zsyz/indicators";
import type { PaneHost } from "../host/PaneHost.js";
import { quoteSheetName } from "../office/address.js";
import { AddinError } from "../office/AddinError.js";
import type { Capabilities, Capability } from "../office/capabilities.js";
import type { FillUndo } from "../office/fillCompletion.js";
import type { CellMark } from "../office/marks.js";
import type { NewSheetsPlan } from "../office/sheetWrite.js";
import { SETTINGS_KEY } from "../office/settingsStore.js";
import { readDocText, writeDocText } from "./docText.js";
import { fillWpsCompletion, undoWpsFill } from "./fillWpsCompletion.js";
import { clearWpsMarks, markWpsCells } from "./marksWps.js";
import { readWpsGrid, worksheetOf } from "./readWpsGrid.js";
import { selfCheckWps } from "./selfCheckWps.js";
import { WPS_PROGRAM, toWpsError } from "./toWpsError.js";
import { bindWorkbook, type WpsWorkbookId } from "./workbookBinding.js";
import type { EtApplication, EtRange } from "./wpsApi.js";
import { createPartsBoard, type PartsBoard } from "./partsBoard.js";
import { writeWpsNewSheets } from "./writeWpsNewSheets.js";
import { writeWpsPlan } from "./writeWpsPlan.js";

/**
 * What the WPS host does: every button; marks are colours only (no cell notes yet). A part a WPS
 * build refuses (a table, dropdowns, rules, page setup, a chart) is left out with a note in the
 * button's result rather than disabling the button (partNotes.ts).
 */
const WPS_CAPABILITIES: Capabilities = {
  base: true,
  dataValidation: true,
  specialCells: true,
  mergedAreas: true,
  notes: false,
};

/** Why a button is off in WPS: not a version limit, an unfinished part of this add-in. */
const WPS_NOTES: Record<Capability, string> = {
  base: "无法读取工作表。",
  dataValidation: "这个 WPS 版本不能设置下拉列表：「新建台账」的表不带下拉选项。",
  specialCells: "校验时无法识别隐藏行和公式单元格。",
  mergedAreas: "校验时无法读取合并单元格。",
  notes: "「标记问题单元格」在 WPS 版只涂色、不加批注。",
};

/** How the WPS host is set up: where it posts left-out parts, and the workbook it acts on. */
export interface WpsHostOptions {
  board?: PartsBoard;
  /** The workbook this pane acts on; absent: the first one it acts on. */
  workbook?: WpsWorkbookId;
  /** Offered as a button when another workbook is active: the pane works on that one instead. */
  follow?: (workbook: WpsWorkbookId) => void;
}

/**
 * The pane's host in WPS 表格: the same use cases as excelPaneHost, through the synchronous WPS
 * 加载项 object model (wpsApi.ts). Each method runs to the end in one go (WPS has no batches),
 * after checking that its workbook is still the active one (workbookBinding.ts); whatever WPS
 * throws reaches the pane as the AddinError Excel's adapter would raise (toWpsError.ts). What a
 * write leaves out because this WPS build refuses it is posted on `board` for the pane.
 */
export function wpsPaneHost(app: EtApplication, options: WpsHostOptions = {}): PaneHost {
  const board = options.board ?? createPartsBoard();
  const check = bindWorkbook(app, options.workbook ?? null, options.follow);
  /** Runs one button's work on the bound workbook; every failure becomes an AddinError. */
  const act =
    <A extends unknown[], T>(work: (...args: A) => T) =>
    async (...args: A): Promise<Awaited<T>> => {
      try {
        check();
        return await work(...args);
      } catch (e) {
        throw toWpsError(e);
      }
    };
  return {
    name: "WPS 表格",
    capabilities: WPS_CAPABILITIES,
    capabilityNotes: WPS_NOTES,
    readWorkbookInfo: act(() => {
      const sheets = app.ActiveWorkbook.Worksheets;
      const names: string[] = [];
      for (let i = 1; i <= sheets.Count; i++) names.push(sheets.Item(i).Name);
      return { sheets: names, active: app.ActiveSheet.Name };
    }),
    readSheet: act((sheet?: string) => readWpsGrid(app, sheet)),
    selectCell: act((sheet: string, address: string) => {
      const ws = worksheetOf(app, sheet);
      // Range.Select works only on the active sheet.
      ws.Activate();
      ws.Range(address).Select();
    }),
    markCells: act((sheet: string, marks: readonly CellMark[]) => markWpsCells(app, sheet, marks)),
    clearMarks: act(() => clearWpsMarks(app)),
    writeNewSheets: act((plan: NewSheetsPlan) => {
      const written = writeWpsNewSheets(app, plan);
      board.post("新建台账", written.notes);
      return written;
    }),
    applyWorkbookPlan: act((plan: WorkbookPlan) => {
      const applied = writeWpsPlan(app, plan);
      board.post("一键计算", applied.notes);
      return applied;
    }),
    fillCompletion: act((sheet: string, sumifs: readonly string[] | "all") =>
      fillWpsCompletion(app, sheet, sumifs),
    ),
    undoFill: act((undo: FillUndo) => undoWpsFill(app, undo)),
    readSettings: act(() => {
      const text = readDocText(app.ActiveWorkbook.CustomDocumentProperties, SETTINGS_KEY);
      if (text === null) return { settings: DEFAULT_SETTINGS, errors: [] };
      const parsed = parseSettings(text);
      return parsed.ok
        ? { settings: parsed.settings, errors: [] }
        : { settings: DEFAULT_SETTINGS, errors: parsed.errors };
    }),
    writeSettings: act((settings: Settings) =>
      writeDocText(
        app.ActiveWorkbook.CustomDocumentProperties,
        SETTINGS_KEY,
        serializeSettings(settings),
      ),
    ),
    insertText: act((text: string) => {
      // A chart or picture the user clicked is the selection then, with no cells to write into.
      const selection: Partial<EtRange> = app.Selection;
      if (typeof selection.Cells !== "function")
        throw new AddinError("no_cell_selected", { program: WPS_PROGRAM });
      const cell = selection.Cells(1, 1);
      cell.NumberFormat = "@";
      cell.Value2 = text;
      return `${quoteSheetName(app.ActiveSheet.Name)}!${cell.Address(false, false)}`;
    }),
    selfCheck: act(() => selfCheckWps(app)),
  };
}
