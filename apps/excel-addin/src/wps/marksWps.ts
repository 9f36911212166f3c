import {
  MARK_COLORS,
  MARK_SETTING_KEY,
  type CellMark,
  type ClearSummary,
  type MarkSummary,
} from "../office/marks.js";
import { readDocText, writeDocText } from "./docText.js";
import type { EtApplication } from "./wpsApi.js";
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
  clearWpsMarks(app);
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
  return { cells: record.cells.length, notes: 0, notesSkipped: 0 };
}

/** Gives every cell still in our colour its old fill back; cells the user recoloured stay. */
export function clearWpsMarks(app: EtApplication): ClearSummary {
  const summary: ClearSummary = { restored: 0, keptUserFill: 0, notesRemoved: 0 };
  const props = app.ActiveWorkbook.CustomDocumentProperties;
  const text = readDocText(props, MARK_SETTING_KEY);
  if (text === null) return summary;
  const record = JSON.parse(text) as WpsMarkRecord;
  const ws = app.ActiveWorkbook.Worksheets.Item(record.sheet);
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
