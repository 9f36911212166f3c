// Writes a WorkbookPlan as an .xlsx file. It applies the plan cell by cell and decides
// nothing itself: every formula, format and style comes from packages/indicators.
//
// The SpreadsheetML is written directly rather than through exceljs: for a county of
// 300,000 projects exceljs spent most of the run building and serialising cell objects.
// Sheets stream into the zip (native zlib via yazl) row by row, so memory stays flat.
import { columnLetter, toA1 } from "@zsyz/ledger";
import { toFileFormula, type PlanCell, type SheetPlan, type WorkbookPlan } from "@zsyz/indicators";
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import yazl from "yazl";
import { escapeText, escapeXml, StyleTable } from "./ooxmlStyles.js";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Strings of all sheets, written once to sharedStrings.xml and referred to by index. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;
  id(text: string): number {
    this.count += 1;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(text, id);
    }
    return id;
  }
  toXml(): string {
    const items = [...this.index.keys()]
      .map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`)
      .join("");
    return `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

/** Writes a workbook plan to an .xlsx file at `path`: formulas with cached values, styles, rules, print setup. */
export async function writePlan(plan: WorkbookPlan, path: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const output = createWriteStream(path);
  zip.outputStream.pipe(output);
  const styles = new StyleTable(plan.styles);
  const strings = new SharedStrings();
  // Conditional-format colours get their dxf ids before styles.xml is written.
  const dxfIds = plan.sheets.map((s) =>
    s.conditionalFormats.map((r) => styles.dxf(r.fill, r.fontColor)),
  );
  const add = (name: string, text: string): void => zip.addBuffer(Buffer.from(text, "utf8"), name);
  add("[Content_Types].xml", contentTypes(plan.sheets.length));
  add(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  add("docProps/core.xml", coreProps());
  add(
    "docProps/app.xml",
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>招商台账助手 zsyz</Application></Properties>`,
  );
  add("xl/workbook.xml", workbookXml(plan.sheets));
  add("xl/_rels/workbook.xml.rels", workbookRels(plan.sheets.length));
  plan.sheets.forEach((sheet, i) => {
    zip.addReadStream(
      Readable.from(sheetXml(sheet, i === 0, styles, strings, dxfIds[i] ?? [])),
      `xl/worksheets/sheet${i + 1}.xml`,
    );
  });
  // Entries are compressed in order, so these run after every sheet has been generated.
  zip.addReadStream(
    Readable.from(
      (function* () {
        yield strings.toXml();
      })(),
    ),
    "xl/sharedStrings.xml",
  );
  zip.addReadStream(
    Readable.from(
      (function* () {
        yield styles.toXml();
      })(),
    ),
    "xl/styles.xml",
  );
  zip.end();
  await finished(output);
}

function* sheetXml(
  sheet: SheetPlan,
  selected: boolean,
  styles: StyleTable,
  strings: SharedStrings,
  dxfIds: readonly number[],
): Generator<string> {
  const last =
    sheet.rowCount > 0 && sheet.columnCount > 0
      ? toA1(sheet.rowCount - 1, sheet.columnCount - 1)
      : "A1";
  const { rows: fr, columns: fc } = sheet.frozen;
  const pane =
    fr || fc
      ? `<pane${fc ? ` xSplit="${fc}"` : ""}${fr ? ` ySplit="${fr}"` : ""} topLeftCell="${toA1(fr, fc)}" activePane="${fr && fc ? "bottomRight" : fr ? "bottomLeft" : "topRight"}" state="frozen"/>`
      : "";
  const cols = [...sheet.columns]
    .sort((a, b) => a.col - b.col)
    .map(
      (c) =>
        `<col min="${c.col + 1}" max="${c.col + 1}" width="${c.width}" customWidth="1"${c.hidden ? ' hidden="1"' : ""}/>`,
    )
    .join("");
  yield `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/><sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}>${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>`;
  let row = -1;
  let chunk = "";
  for (const cell of sheet.lazyCells ? sheet.lazyCells() : sheet.cells) {
    if (cell.row !== row) {
      if (row >= 0) chunk += "</row>";
      row = cell.row;
      chunk += `<row r="${row + 1}">`;
      if (chunk.length > 65536) {
        yield chunk;
        chunk = "";
      }
    }
    chunk += cellXml(cell, styles, strings);
  }
  if (row >= 0) chunk += "</row>";
  yield `${chunk}</sheetData>`;
  if (sheet.autoFilter) yield `<autoFilter ref="${sheet.autoFilter}"/>`;
  if (sheet.merges.length)
    yield `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
  for (const [i, rule] of sheet.conditionalFormats.entries()) {
    yield `<conditionalFormatting sqref="${rule.range}"><cfRule type="expression" dxfId="${dxfIds[i]}" priority="${rule.priority}"><formula>${escapeXml(toFileFormula(rule.formula))}</formula></cfRule></conditionalFormatting>`;
  }
  const p = sheet.print;
  yield `<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight}"/></worksheet>`;
}

function cellXml(cell: PlanCell, styles: StyleTable, strings: SharedStrings): string {
  const ref = `${columnLetter(cell.col)}${cell.row + 1}`;
  const s = styles.xf(cell.style, cell.numFmt);
  const attr = s ? ` s="${s}"` : "";
  const v = cell.value;
  if (cell.formula !== undefined) {
    // The cached value lets viewers that do not recalculate still show the right figure.
    const f = `<f>${escapeText(toFileFormula(cell.formula))}</f>`;
    if (typeof v === "number" && Number.isFinite(v))
      return `<c r="${ref}"${attr}>${f}<v>${v}</v></c>`;
    if (typeof v === "boolean") return `<c r="${ref}"${attr} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${attr} t="str">${f}<v>${escapeXml(typeof v === "string" ? v : "")}</v></c>`;
  }
  // Plain values only: a string is always a shared string, text even when it starts with "=".
  if (typeof v === "string") return `<c r="${ref}"${attr} t="s"><v>${strings.id(v)}</v></c>`;
  if (typeof v === "number" && Number.isFinite(v)) return `<c r="${ref}"${attr}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${attr} t="b"><v>${v ? 1 : 0}</v></c>`;
  return attr ? `<c r="${ref}"${attr}/>` : "";
}

function workbookXml(sheets: readonly SheetPlan[]): string {
  const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;
  const names: string[] = [];
  sheets.forEach((s, i) => {
    const repeat = s.print.repeatRows;
    if (repeat)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${quoted(s.name)}!$${repeat.first}:$${repeat.last}`)}</definedName>`,
      );
    if (s.autoFilter) {
      const [from = "", to = from] = s.autoFilter.split(":");
      const abs = (a: string): string => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
      names.push(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoted(s.name)}!${abs(from)}:${abs(to)}`)}</definedName>`,
      );
    }
  });
  const sheetList = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  // fullCalcOnLoad: Excel, WPS and LibreOffice recalculate every formula when the file opens.
  return `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetList}</sheets>${names.length ? `<definedNames>${names.join("")}</definedNames>` : ""}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`;
}

function workbookRels(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join("");
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${sheets}<Relationship Id="rId${count + 1}" Type="${NS_REL}/styles" Target="styles.xml"/><Relationship Id="rId${count + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
}

function contentTypes(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join("");
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
}

function coreProps(): string {
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>招商台账助手 zsyz</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`;
}
