import {
  MARK_COLORS,
  MARK_SETTING_KEY,
  parseMarkRecord,
  type CellMark,
  type ClearSummary,
  type MarkSummary,
} from "../office/marks.js";
import { readDocText, writeDocText } from "./docText.js";
import type { EtApplication, EtWorksheet } from "./wpsApi.js";
import { toBgr } from "./writeWpsCells.js";

/** xlNone: the cell has no fill. */
const XL_NONE = -4142;

/** One marked cell: our colour (BGR) and the fill it had before (null: none). */
interface WpsMarkedCell {
  cell: string;
  color: number;
  previousFill: number | null;
}

interface WpsMarkRecord {
  sheet: string;
  cells: WpsMarkedCell[];
}

/**
 * 标记问题单元格 in WPS: colours each cell by severity (BGR colours) after clearing earlier marks,
 * and keeps what it changed in the workbook, so clearWpsMarks undoes exactly that. No notes yet.
 */
export function markWpsCells(
  app: EtApplication,
  sheet: string,
  marks: readonly CellMark[],
): MarkSummary {
  const cleared = clearWpsMarks(app);
  const ws = app.ActiveWorkbook.Worksheets.Item(sheet);
  const record: WpsMarkRecord = { sheet, cells: [] };
  for (const mark of marks) {
    const range = ws.Range(mark.cell);
    const previousFill = range.Interior.ColorIndex === XL_NONE ? null : range.Interior.Color;
    const color = toBgr(MARK_COLORS[mark.severity]);
    range.Interior.Color = color;
    record.cells.push({ cell: mark.cell, color, previousFill });
  }
  writeDocText(
    app.ActiveWorkbook.CustomDocumentProperties,
    MARK_SETTING_KEY,
    JSON.stringify(record),
  );
  return {
    cells: record.cells.length,
    notes: 0,
    notesSkipped: 0,
    ...(cleared.damagedRecord ? { damagedRecord: true } : {}),
  };
}

/** Gives every cell still in our colour its old fill back; cells the user recoloured stay. */
export function clearWpsMarks(app: EtApplication): ClearSummary {
  const summary: ClearSummary = { restored: 0, keptUserFill: 0, notesRemoved: 0 };
  const props = app.ActiveWorkbook.CustomDocumentProperties;
  const text = readDocText(props, MARK_SETTING_KEY);
  if (text === null || text === "") return summary;
  const record = parseMarkRecord<WpsMarkRecord>(text);
  if (record === "damaged") {
    writeDocText(props, MARK_SETTING_KEY, "");
    return { ...summary, damagedRecord: true };
  }
  const ws = findMarkedSheet(app, record);
  if (ws === null) {
    writeDocText(props, MARK_SETTING_KEY, "");
    return { ...summary, lostSheet: record.sheet };
  }
  for (const marked of record.cells) {
    const interior = ws.Range(marked.cell).Interior;
    if (interior.ColorIndex !== XL_NONE && interior.Color === marked.color) {
      if (marked.previousFill === null) interior.ColorIndex = XL_NONE;
      else interior.Color = marked.previousFill;
      summary.restored += 1;
    } else summary.keptUserFill += 1;
  }
  writeDocText(props, MARK_SETTING_KEY, "");
  return summary;
}

/** Cells looked at to recognise the marked sheet under another name. */
const SAMPLE = 20;

/**
 * The sheet the record's marks are on. The record names it, but the user may have renamed it
 * since (WPS sheets have no id that outlives a rename): then it is the sheet whose cells still
 * carry our colours where the record put them. Null when no sheet does (the sheet was deleted,
 * or every mark recoloured under another name: nothing of ours is left to undo).
 */
function findMarkedSheet(app: EtApplication, record: WpsMarkRecord): EtWorksheet | null {
  const sheets = app.ActiveWorkbook.Worksheets;
  const sample = record.cells.slice(0, SAMPLE);
  const carriesMarks = (ws: EtWorksheet) =>
    sample.some((marked) => {
      const interior = ws.Range(marked.cell).Interior;
      return interior.ColorIndex !== XL_NONE && interior.Color === marked.color;
    });
  let named: EtWorksheet | null = null;
  try {
    named = sheets.Item(record.sheet);
  } catch {
    // 下标越界: no sheet of that name any more; looked for below by its marks.
    named = null;
  }
  if (named && carriesMarks(named)) return named;
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i);
    if (ws.Name !== record.sheet && carriesMarks(ws)) return ws;
  }
  return named;
}
