import { toFileFormula, type PlanCell, type SheetPlan } from "@zsyz/indicators";
import { columnLetter, toA1 } from "@zsyz/ledger";
import { escapeText, escapeXml } from "./escapeXml.js";
import { NS_MAIN, NS_REL, XML_HEAD } from "./namespaces.js";
import { ByteSink, putBytes, putNumber, putUtf8 } from "./ByteSink.js";
import { INLINE, type SharedStrings } from "./SharedStrings.js";
import type { StyleTable } from "./StyleTable.js";
import { paneXml, rowOpenXml } from "./sheetXmlParts.js";

/** What a sheet's XML needs from the rest of the workbook. */
export interface PlanSheetContext {
  /** Whether this is the tab that opens first. */
  selected: boolean;
  styles: StyleTable;
  strings: SharedStrings;
  /** Differential-format ids of the sheet's conditional formats, in order. */
  dxfIds: readonly number[];
}

/** Where a cell's formula goes when its column is a shared formula. */
interface SharedColumn {
  si: number;
  /** The master's `ref` attribute ("V2:V100001"). */
  ref: string;
}

// Bytes are yielded about this long: big enough that the deflater sees whole runs of rows,
// small enough that a 300,000-row sheet never exists whole.
const CHUNK_BYTES = 1 << 18;

/**
 * The worksheet XML of one sheet plan, in pieces: rows stream from `lazyCells` when the plan
 * has it. Every formula and format comes from the plan; this decides nothing.
 */
export function* planSheetXml(
  sheet: SheetPlan,
  ctx: PlanSheetContext,
): Generator<string | Uint8Array> {
  const { styles, strings } = ctx;
  const last =
    sheet.rowCount > 0 && sheet.columnCount > 0
      ? toA1(sheet.rowCount - 1, sheet.columnCount - 1)
      : "A1";
  const cols = [...sheet.columns]
    .sort((a, b) => a.col - b.col)
    .map(
      (c) =>
        `<col min="${c.col + 1}" max="${c.col + 1}" width="${c.width}" customWidth="1"${c.hidden ? ' hidden="1"' : ""}/>`,
    )
    .join("");
  yield `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/><sheetViews><sheetView workbookViewId="0"${ctx.selected ? ' tabSelected="1"' : ""}>${paneXml(sheet.frozen.rows, sheet.frozen.columns)}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>`;

  const heights = new Map((sheet.rows ?? []).map((r) => [r.row, r.height]));
  const pendingHeights = [...heights.keys()].sort((a, b) => a - b);
  let nextHeight = 0;
  // Rows with a height but no cell still need their <row> element, in order.
  const emptyRowsBefore = (row: number): string => {
    let xml = "";
    while (nextHeight < pendingHeights.length && pendingHeights[nextHeight]! < row) {
      xml += `${rowOpenXml(pendingHeights[nextHeight]!, heights)}</row>`;
      nextHeight += 1;
    }
    if (pendingHeights[nextHeight] === row) nextHeight += 1;
    return xml;
  };

  strings.startSheet();
  const shared = sharedColumns(sheet);
  const writers: CellWriters = {
    parts: new CellBytes(),
    styles,
    strings,
    rowNumber: new Uint8Array(0),
    xfStyle: [],
    xfFormat: [],
    xf: [],
  };
  const sink = new ByteSink();
  const firstShared = sheet.sharedFormulas?.firstRow ?? -1;
  const lastShared = sheet.sharedFormulas?.lastRow ?? -1;
  const rows = sheet.lazyRows
    ? sheet.lazyRows()
    : rowsOf(sheet.lazyCells ? sheet.lazyCells() : sheet.cells);
  for (const cells of rows) {
    if (cells.length === 0) continue;
    const row = cells[0]!.row;
    if (sink.length > CHUNK_BYTES) yield sink.take();
    const before = emptyRowsBefore(row);
    if (before) sink.ascii(before);
    writers.rowNumber = asciiBytes(String(row + 1));
    if (heights.has(row)) sink.ascii(rowOpenXml(row, heights));
    else {
      sink.bytes(writers.parts.rowStart);
      sink.small(writers.rowNumber);
      sink.bytes(writers.parts.rowStartEnd);
    }
    const inShared = row >= firstShared && row <= lastShared;
    for (const cell of cells)
      writeCell(sink, cell, writers, inShared ? shared[cell.col] : undefined, row === firstShared);
    sink.bytes(writers.parts.rowEnd);
  }
  sink.ascii(`${emptyRowsBefore(Infinity)}</sheetData>`);
  yield sink.take();

  if (sheet.autoFilter) yield `<autoFilter ref="${sheet.autoFilter}"/>`;
  if (sheet.merges.length)
    yield `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
  for (const [i, rule] of sheet.conditionalFormats.entries()) {
    yield `<conditionalFormatting sqref="${rule.range}"><cfRule type="expression" dxfId="${ctx.dxfIds[i]}" priority="${rule.priority}"><formula>${escapeXml(toFileFormula(rule.formula))}</formula></cfRule></conditionalFormatting>`;
  }
  const p = sheet.print;
  yield `<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight}"/></worksheet>`;
}

/** The shared-formula id and master range of each column the plan says is filled down, by column. */
function sharedColumns(sheet: SheetPlan): Array<SharedColumn | undefined> {
  const plan = sheet.sharedFormulas;
  const byColumn: Array<SharedColumn | undefined> = [];
  // One row is no fill-down: a plain formula says the same more simply.
  if (!plan || plan.lastRow <= plan.firstRow) return byColumn;
  for (const [si, col] of plan.columns.entries()) {
    const l = columnLetter(col);
    byColumn[col] = { si, ref: `${l}${plan.firstRow + 1}:${l}${plan.lastRow + 1}` };
  }
  return byColumn;
}

/** A plan's cells (row-major) grouped a row at a time. */
function* rowsOf(cells: Iterable<PlanCell>): Generator<PlanCell[]> {
  let row: PlanCell[] = [];
  for (const cell of cells) {
    if (row.length > 0 && row[0]!.row !== cell.row) {
      yield row;
      row = [];
    }
    row.push(cell);
  }
  if (row.length > 0) yield row;
}

// What follows a cell's row number, by kind of cell: with its style, the markup up to its value
// (or the whole rest of the cell, for the kinds whose value is fixed).
const FORMULA_NUMBER = 0;
const FORMULA_BOOLEAN = 1;
const FORMULA_TEXT = 2;
const SHARED_STRING = 3;
const INLINE_STRING = 4;
const INLINE_STRING_SPACED = 5;
const NUMBER = 6;
const TRUE = 7;
const FALSE = 8;
const EMPTY = 9;
const KINDS = 10;
const KIND_MARKUP = [
  ">",
  ' t="b">',
  ' t="str">',
  ' t="s"><v>',
  ' t="inlineStr"><is><t>',
  // Excel trims a text's outer whitespace unless told to keep it.
  ' t="inlineStr"><is><t xml:space="preserve">',
  "><v>",
  ' t="b"><v>1</v></c>',
  ' t="b"><v>0</v></c>',
  "/>",
];

/** Markup every row repeats, encoded once per column, style and kind, and shared formula. */
class CellBytes {
  private readonly prefixes: Uint8Array[] = [];
  private readonly openers: Uint8Array[] = [];
  private readonly sharedDependents: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();
  /** `<v>` after a formula, `</v></c>` and `</t></is></c>` to close a value. */
  readonly value = this.encoder.encode("<v>");
  readonly valueEnd = this.encoder.encode("</v></c>");
  readonly inlineEnd = this.encoder.encode("</t></is></c>");
  /** A row without a height of its own: `<row r="` and `">` around its number, and `</row>`. */
  readonly rowStart = this.encoder.encode('<row r="');
  readonly rowStartEnd = this.encoder.encode('">');
  readonly rowEnd = this.encoder.encode("</row>");

  /** `<c r="AB` for a column: the row number follows. */
  prefix(col: number): Uint8Array {
    let p = this.prefixes[col];
    if (p === undefined) this.prefixes[col] = p = this.encoder.encode(`<c r="${columnLetter(col)}`);
    return p;
  }

  /** The ref's closing quote, ` s="N"` (nothing for the default style) and the kind's markup. */
  opener(xf: number, kind: number): Uint8Array {
    const key = xf * KINDS + kind;
    let o = this.openers[key];
    if (o === undefined)
      this.openers[key] = o = this.encoder.encode(`"${xf ? ` s="${xf}"` : ""}${KIND_MARKUP[kind]}`);
    return o;
  }

  /** `<f t="shared" si="N"/><v>`: a shared formula's dependent names only its group. */
  sharedDependent(si: number): Uint8Array {
    let d = this.sharedDependents[si];
    if (d === undefined)
      this.sharedDependents[si] = d = this.encoder.encode(`<f t="shared" si="${si}"/><v>`);
    return d;
  }
}

interface CellWriters {
  parts: CellBytes;
  styles: StyleTable;
  strings: SharedStrings;
  /** The current row's number, as ASCII digits: every cell's ref repeats it. */
  rowNumber: Uint8Array;
  // Each column's last style, number format and their xf id: a column keeps its format down
  // the rows, so the style table is asked once per column rather than once per cell.
  xfStyle: Array<PlanCell["style"]>;
  xfFormat: Array<string | undefined>;
  xf: number[];
}

function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

// Bytes a cell needs besides its texts: the ref (3 letters and 7 digits at most), the style,
// the markup around the value and a number's 24 characters at most.
const CELL_MARKUP_BYTES = 128;

// The hot path of a county-size write: one call per cell, millions of calls, no strings made
// for the markup and one check of the buffer's room per cell. The XML is exactly what the
// kinds above spell out.
function writeCell(
  sink: ByteSink,
  cell: PlanCell,
  w: CellWriters,
  shared: SharedColumn | undefined,
  master: boolean,
): void {
  const col = cell.col;
  let xf = w.xf[col];
  if (xf === undefined || w.xfStyle[col] !== cell.style || w.xfFormat[col] !== cell.numFmt) {
    xf = w.xf[col] = w.styles.xf(cell.style, cell.numFmt);
    w.xfStyle[col] = cell.style;
    w.xfFormat[col] = cell.numFmt;
  }
  const v = cell.value;
  const isNumber = typeof v === "number" && Number.isFinite(v);
  // Only the master of a shared formula holds its text; Excel derives the others' from it, so
  // a dependent's text is never asked for (the plan may compute it lazily).
  const formulaText =
    shared && !master
      ? undefined
      : shared
        ? `<f t="shared" ref="${shared.ref}" si="${shared.si}">${escapeText(toFileFormula(cell.formula ?? ""))}</f><v>`
        : cell.formula !== undefined
          ? `<f>${escapeText(toFileFormula(cell.formula))}</f><v>`
          : undefined;
  const hasFormula = shared !== undefined || formulaText !== undefined;
  let kind: number;
  let text: string | undefined;
  let id = 0;
  if (hasFormula) {
    kind = isNumber ? FORMULA_NUMBER : typeof v === "boolean" ? FORMULA_BOOLEAN : FORMULA_TEXT;
    if (kind === FORMULA_TEXT) text = escapeXml(typeof v === "string" ? v : "");
  } else if (typeof v === "string") {
    // Plain values only: a string is always text, even when it starts with "=": a shared
    // string, or an inline one in a column of texts used once (SharedStrings.id).
    id = w.strings.id(v, col);
    if (id === INLINE) {
      text = escapeXml(v);
      kind =
        v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32
          ? INLINE_STRING_SPACED
          : INLINE_STRING;
    } else kind = SHARED_STRING;
  } else if (isNumber) kind = NUMBER;
  else if (typeof v === "boolean") kind = v ? TRUE : FALSE;
  else if (xf) kind = EMPTY;
  else return;

  const p = w.parts;
  let need = CELL_MARKUP_BYTES;
  // A UTF-16 unit is at most 3 UTF-8 bytes.
  if (text !== undefined) need += text.length * 3;
  if (formulaText !== undefined) need += formulaText.length * 3;
  const b = sink.reserve(need);
  let at = putBytes(b, sink.length, p.prefix(col));
  at = putBytes(b, at, w.rowNumber);
  at = putBytes(b, at, p.opener(xf, kind));
  switch (kind) {
    case SHARED_STRING:
      at = putBytes(b, putNumber(b, at, id), p.valueEnd);
      break;
    case INLINE_STRING:
    case INLINE_STRING_SPACED:
      at = putBytes(b, putUtf8(b, at, text!), p.inlineEnd);
      break;
    case NUMBER:
      at = putBytes(b, putNumber(b, at, v as number), p.valueEnd);
      break;
    case FORMULA_NUMBER:
    case FORMULA_BOOLEAN:
    case FORMULA_TEXT:
      // The cached value lets viewers that do not recalculate still show the right figure.
      at =
        formulaText !== undefined
          ? putUtf8(b, at, formulaText)
          : putBytes(b, at, p.sharedDependent(shared!.si));
      if (kind === FORMULA_NUMBER) at = putNumber(b, at, v as number);
      else if (kind === FORMULA_BOOLEAN) b[at++] = v ? 49 : 48;
      else at = putUtf8(b, at, text!);
      at = putBytes(b, at, p.valueEnd);
      break;
  }
  sink.wrote(at);
}
