// The small fixed parts of an .xlsx package around the sheets: content types, relationships,
// document properties and xl/workbook.xml. Shared by the plan writer and the grid writer.
import { escapeXml } from "./escapeXml.js";
import { NS_MAIN, NS_PKG_REL, NS_REL, XML_HEAD } from "./namespaces.js";

/** What xl/workbook.xml says about one sheet. */
export interface WorkbookSheet {
  name: string;
  hidden?: boolean;
  /** 1-based rows repeated on every printed page. */
  repeatRows?: { first: number; last: number } | undefined;
  /** The autofilter's range ("A1:F9"), named _FilterDatabase as Excel expects. */
  autoFilter?: string | undefined;
}

const CT = "application/vnd.openxmlformats-officedocument";

/** [Content_Types].xml for `count` sheets. */
export function contentTypesXml(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
  ).join("");
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>${sheets}<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/></Types>`;
}

/** _rels/.rels: the workbook and the two property parts. */
export function rootRelsXml(): string {
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
}

/** docProps/core.xml, created and modified at `now`. */
export function corePropsXml(now: Date): string {
  const at = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>招商台账助手 zsyz</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`;
}

/** docProps/app.xml: names this tool as the application that wrote the file. */
export function appPropsXml(): string {
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>招商台账助手 zsyz</Application></Properties>`;
}

/** xl/_rels/workbook.xml.rels: the sheets, then styles and shared strings. */
export function workbookRelsXml(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join("");
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${sheets}<Relationship Id="rId${count + 1}" Type="${NS_REL}/styles" Target="styles.xml"/><Relationship Id="rId${count + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
}

/** Index of the sheet that opens first: the first visible one (Excel rejects a hidden active tab). */
export function activeSheetIndex(sheets: readonly WorkbookSheet[]): number {
  return Math.max(
    0,
    sheets.findIndex((s) => !s.hidden),
  );
}

/** xl/workbook.xml: sheet list, print titles and filter ranges, recalculation on open. */
export function workbookXml(sheets: readonly WorkbookSheet[]): string {
  const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;
  const abs = (a: string): string => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const names: string[] = [];
  sheets.forEach((s, i) => {
    if (s.repeatRows)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${quoted(s.name)}!$${s.repeatRows.first}:$${s.repeatRows.last}`)}</definedName>`,
      );
    if (s.autoFilter) {
      const [from = "", to = from] = s.autoFilter.split(":");
      names.push(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoted(s.name)}!${abs(from)}:${abs(to)}`)}</definedName>`,
      );
    }
  });
  const list = sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  const defined = names.length ? `<definedNames>${names.join("")}</definedNames>` : "";
  // fullCalcOnLoad: Excel, WPS and LibreOffice recalculate every formula when the file opens.
  return `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView activeTab="${activeSheetIndex(sheets)}"/></bookViews><sheets>${list}</sheets>${defined}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`;
}
