import { toFileFormula, type PlanCell, type SheetPlan } from "@zsyz/indicators";
import { columnLetter, toA1 } from "@zsyz/ledger";
import { escapeText, escapeXml } from "./escapeXml.js";
import { NS_MAIN, NS_REL, XML_HEAD } from "./namespaces.js";
import { ByteSink } from "./ByteSink.js";
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
  let row = -1;
  for (const cell of sheet.lazyCells ? sheet.lazyCells(true) : sheet.cells) {
    if (cell.row !== row) {
      if (row >= 0) sink.ascii("</row>");
      if (sink.length > CHUNK_BYTES) yield sink.take();
      row = cell.row;
      sink.ascii(emptyRowsBefore(row) + rowOpenXml(row, heights));
      writers.rowNumber = asciiBytes(String(row + 1));
    }
    const sharedColumn = row >= firstShared && row <= lastShared ? shared.get(cell.col) : undefined;
    writeCell(sink, cell, writers, sharedColumn, row === firstShared);
  }
  if (row >= 0) sink.ascii("</row>");
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

/** The shared-formula id and master range of each column the plan says is filled down. */
function sharedColumns(sheet: SheetPlan): Map<number, SharedColumn> {
  const plan = sheet.sharedFormulas;
  // One row is no fill-down: a plain formula says the same more simply.
  if (!plan || plan.lastRow <= plan.firstRow) return new Map();
  return new Map(
    plan.columns.map((col, si) => {
      const l = columnLetter(col);
      return [col, { si, ref: `${l}${plan.firstRow + 1}:${l}${plan.lastRow + 1}` }];
    }),
  );
}

/** Markup every row repeats, encoded once per column, style and shared formula. */
class CellBytes {
  private readonly prefixes: Uint8Array[] = [];
  private readonly styleEnds: Uint8Array[] = [];
  private readonly sharedDependents: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();

  /** `<c r="AB` for a column: the row number follows. */
  prefix(col: number): Uint8Array {
    let p = this.prefixes[col];
    if (p === undefined) this.prefixes[col] = p = this.encoder.encode(`<c r="${columnLetter(col)}`);
    return p;
  }

  /** The ref's closing quote and ` s="N"` (nothing for the default style). */
  styleEnd(xf: number): Uint8Array {
    let e = this.styleEnds[xf];
    if (e === undefined) this.styleEnds[xf] = e = this.encoder.encode(xf ? `" s="${xf}"` : `"`);
    return e;
  }

  /** `<f t="shared" si="N"/>`: a shared formula's dependent names only its group. */
  sharedDependent(si: number): Uint8Array {
    let d = this.sharedDependents[si];
    if (d === undefined)
      this.sharedDependents[si] = d = this.encoder.encode(`<f t="shared" si="${si}"/>`);
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

// The hot path of a county-size write: one call per cell, millions of calls, no strings made
// for the markup. The XML is exactly what the templates below spell out.
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
        ? `<f t="shared" ref="${shared.ref}" si="${shared.si}">${escapeText(toFileFormula(cell.formula ?? ""))}</f>`
        : cell.formula !== undefined
          ? `<f>${escapeText(toFileFormula(cell.formula))}</f>`
          : undefined;
  const hasFormula = shared !== undefined || formulaText !== undefined;
  if (!hasFormula && typeof v !== "string" && !isNumber && typeof v !== "boolean" && !xf) return;
  sink.bytes(w.parts.prefix(col));
  sink.small(w.rowNumber);
  sink.bytes(w.parts.styleEnd(xf));
  if (hasFormula) {
    // The cached value lets viewers that do not recalculate still show the right figure.
    sink.ascii(isNumber ? ">" : typeof v === "boolean" ? ' t="b">' : ' t="str">');
    if (formulaText !== undefined) sink.text(formulaText);
    else sink.bytes(w.parts.sharedDependent(shared!.si));
    sink.ascii("<v>");
    if (isNumber) sink.number(v);
    else if (typeof v === "boolean") sink.ascii(v ? "1" : "0");
    else sink.text(escapeXml(typeof v === "string" ? v : ""));
    sink.ascii("</v></c>");
    return;
  }
  // Plain values only: a string is always text, even when it starts with "=": a shared string,
  // or an inline one in a column of texts used once (SharedStrings.id).
  if (typeof v === "string") {
    const id = w.strings.id(v, col);
    if (id === INLINE) {
      // Excel trims a text's outer whitespace unless told to keep it.
      const last = v.charCodeAt(v.length - 1);
      sink.ascii(
        v.charCodeAt(0) <= 32 || last <= 32
          ? ' t="inlineStr"><is><t xml:space="preserve">'
          : ' t="inlineStr"><is><t>',
      );
      sink.text(escapeXml(v));
      sink.ascii("</t></is></c>");
    } else {
      sink.ascii(' t="s"><v>');
      sink.uint(id);
      sink.ascii("</v></c>");
    }
  } else if (isNumber) {
    sink.ascii("><v>");
    sink.number(v);
    sink.ascii("</v></c>");
  } else if (typeof v === "boolean") sink.ascii(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
  else sink.ascii("/>");
}
