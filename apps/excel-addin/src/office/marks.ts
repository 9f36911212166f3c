import type { Severity } from "@zsyz/ledger";
import type { Capabilities } from "./capabilities.js";
import type { XlNote, XlRange, XlWorksheet } from "./excelApi.js";
import type { ExcelHost } from "./host.js";
import { AddinError } from "./AddinError.js";
import { SYNC_BUDGET_BYTES } from "./payload.js";

/** Fill colours of marked cells: Excel's own 「差」 (bad) and 「适中」 (neutral) cell styles. */
export const MARK_COLORS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

/** Where the record of what was marked lives inside the workbook (document settings). */
export const MARK_SETTING_KEY = "zsyz.marks.v1";

const NOTE_HEADING = "【招商台账校验】";
// Rough wire cost of one cell's load or write (range, fill, note lookups); keeps a sync under budget.
const BYTES_PER_CELL = 480;

/** One cell to mark: its address, the worst severity and the messages for its note. */
export interface CellMark {
  cell: string;
  severity: Severity;
  messages: readonly string[];
}

/** What one marked cell looked like before, and exactly what we added. */
interface MarkedCell {
  cell: string;
  color: string;
  /** Fill before marking; null for no fill. */
  previousFill: string | null;
  /** Note text we added; null when we added none (notes unsupported or the user had one). */
  note: string | null;
}

interface MarkRecord {
  sheet: string;
  /** The sheet's id, which outlives a rename (records written before it have none). */
  sheetId?: string;
  cells: MarkedCell[];
}

/** What marking did. */
export interface MarkSummary {
  cells: number;
  notes: number;
  /** Cells that already had the user's own note, which we left alone. */
  notesSkipped: number;
  /**
   * Clearing before marking found a record it could not read: the earlier marks' colours and
   * notes are still there beside the new ones, the user's to remove.
   */
  damagedRecord?: true;
}

/** What clearing did. */
export interface ClearSummary {
  restored: number;
  /** Cells whose fill the user changed after marking: left as the user set them. */
  keptUserFill: number;
  notesRemoved: number;
  /** The sheet the marks were on, when it is no longer in the workbook: nothing to undo there. */
  lostSheet?: string;
  /** The record of the marks could not be read: it is reset, the old marks are the user's to remove. */
  damagedRecord?: true;
}

/** The note text for a cell's messages. */
export function noteText(messages: readonly string[]): string {
  return [NOTE_HEADING, ...messages.map((m) => `· ${m}`)].join("\n");
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What refuseProtected reads: loaded in the sync that finds the sheet. */
const SHEET_CHECK = ["name", "id", "protection/protected"] as const;

/** Refuses a protected sheet, once SHEET_CHECK is loaded. */
function refuseProtected(ws: XlWorksheet): void {
  if (ws.protection.protected)
    throw new AddinError("sheet_protected", { detail: `工作表“${ws.name}”受保护` });
}

/**
 * Colours the cells of a sheet by severity and adds a note with the messages, after clearing
 * earlier marks. Records the previous fill of every cell and what it added in the workbook, so
 * clearMarks() can undo exactly that. Syncs grow only with 5 MB chunks, not with cells.
 */
export async function markCells(
  host: ExcelHost,
  sheet: string,
  marks: readonly CellMark[],
  options: { capabilities: Capabilities; budgetBytes?: number },
): Promise<MarkSummary> {
  const cleared = await clearMarks(host, options);
  const caps = options.capabilities;
  const perSync = Math.max(
    1,
    Math.floor((options.budgetBytes ?? SYNC_BUDGET_BYTES) / BYTES_PER_CELL),
  );
  return host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet).load([...SHEET_CHECK]);
    await context.sync();
    refuseProtected(ws);
    const record: MarkRecord = { sheet, sheetId: ws.id, cells: [] };
    const summary: MarkSummary = {
      cells: 0,
      notes: 0,
      notesSkipped: 0,
      ...(cleared.damagedRecord ? { damagedRecord: true } : {}),
    };
    for (const part of chunks(marks, perSync)) {
      const seen = part.map((mark) => ({
        mark,
        range: ws
          .getRange(mark.cell)
          .load(
            caps.specialCells
              ? ["format/fill/color", "format/fill/pattern"]
              : ["format/fill/color"],
          ),
        note: caps.notes ? ws.notes.getItemOrNullObject(mark.cell) : undefined,
      }));
      await context.sync();
      for (const { mark, range, note } of seen) {
        const color = MARK_COLORS[mark.severity];
        const addNote = note !== undefined && note.isNullObject;
        const text = noteText(mark.messages);
        range.format.fill.color = color;
        if (addNote) ws.notes.add(mark.cell, text);
        record.cells.push({
          cell: mark.cell,
          color,
          previousFill: previousFill(range, caps),
          note: addNote ? text : null,
        });
        summary.cells += 1;
        if (addNote) summary.notes += 1;
        else if (note !== undefined) summary.notesSkipped += 1;
      }
      await context.sync();
    }
    // Alone: the record of every cell can be megabytes, too much beside a part's colours.
    context.workbook.settings.add(MARK_SETTING_KEY, JSON.stringify(record));
    await context.sync();
    return summary;
  });
}

function previousFill(range: XlRange, caps: Capabilities): string | null {
  const color = range.format.fill.color;
  if (caps.specialCells) return range.format.fill.pattern === "None" ? null : color;
  // Without the pattern (ExcelApi < 1.9) a white fill cannot be told from no fill.
  return color.toUpperCase() === "#FFFFFF" ? null : color;
}

/**
 * Removes exactly what markCells() added: a cell whose fill is still our colour gets its old
 * fill back, a note whose text is still ours is deleted; anything the user changed since stays.
 */
export async function clearMarks(
  host: ExcelHost,
  options: { capabilities: Capabilities; budgetBytes?: number },
): Promise<ClearSummary> {
  const perSync = Math.max(
    1,
    Math.floor((options.budgetBytes ?? SYNC_BUDGET_BYTES) / BYTES_PER_CELL),
  );
  return host.run(async (context) => {
    const summary: ClearSummary = { restored: 0, keptUserFill: 0, notesRemoved: 0 };
    const setting = context.workbook.settings.getItemOrNullObject(MARK_SETTING_KEY).load(["value"]);
    await context.sync();
    if (setting.isNullObject) return summary;
    const record = parseMarkRecord<MarkRecord>(setting.value);
    if (record === "damaged") {
      setting.delete();
      await context.sync();
      return { ...summary, damagedRecord: true };
    }
    // By id first: the user may have renamed the sheet since it was marked. Its protection comes
    // in the same sync: loading a missing sheet brings nothing back rather than failing.
    const ws = context.workbook.worksheets
      .getItemOrNullObject(record.sheetId ?? record.sheet)
      .load([...SHEET_CHECK]);
    await context.sync();
    if (ws.isNullObject) summary.lostSheet = record.sheet;
    const parts = ws.isNullObject ? [] : chunks(record.cells, perSync);
    if (parts.length > 0) refuseProtected(ws);
    for (const [i, part] of parts.entries()) {
      const seen = part.map((marked) => ({
        marked,
        range: ws.getRange(marked.cell).load(["format/fill/color"]),
        note:
          marked.note !== null && options.capabilities.notes
            ? ws.notes.getItemOrNullObject(marked.cell).load(["content"])
            : undefined,
      }));
      await context.sync();
      for (const { marked, range, note } of seen) restoreCell(marked, range, note, summary);
      // The last part's restores go in the same sync as forgetting the record.
      if (i < parts.length - 1) await context.sync();
    }
    setting.delete();
    await context.sync();
    return summary;
  });
}

function restoreCell(
  marked: MarkedCell,
  range: XlRange,
  note: XlNote | undefined,
  summary: ClearSummary,
): void {
  if (range.format.fill.color.toUpperCase() === marked.color.toUpperCase()) {
    if (marked.previousFill === null) range.format.fill.clear();
    else range.format.fill.color = marked.previousFill;
    summary.restored += 1;
  } else {
    summary.keptUserFill += 1;
  }
  if (note && !note.isNullObject && note.content === marked.note) {
    note.delete();
    summary.notesRemoved += 1;
  }
}

/**
 * A stored record of marks (Excel's or WPS's), or "damaged" when it is not one: not JSON, or no
 * sheet and cells. Clearing then resets it rather than failing, since marking clears first and
 * a record that never reads would refuse every later 标记 in that workbook.
 */
export function parseMarkRecord<R extends { sheet: string; cells: unknown[] }>(
  value: unknown,
): R | "damaged" {
  if (typeof value !== "string") return "damaged";
  try {
    const parsed = JSON.parse(value) as Partial<R> | null;
    return typeof parsed?.sheet === "string" && Array.isArray(parsed.cells)
      ? (parsed as R)
      : "damaged";
  } catch {
    // Not JSON: written by something else, or cut short; the caller says so to the user.
    return "damaged";
  }
}
