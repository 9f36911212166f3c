import type { Relationship } from "./readRelationships.js";
import { OPEN, XmlScanner } from "./XmlScanner.js";

/** One `<sheet>` of workbook.xml, in workbook order, with the part holding its cells. */
export interface SheetEntry {
  name: string;
  hidden: boolean;
  /** Resolved worksheet part name; undefined when the relationship is missing or not a worksheet. */
  part: string | undefined;
}

/** What workbook.xml says that the grid needs: sheets in tab order, and the date system. */
export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

const WORKSHEET_TYPE = /\/worksheet$/;

/** Reads xl/workbook.xml; sheet order and hidden state come from here, not from part names. */
export function readWorkbookPart(xml: string, rels: Map<string, Relationship>): WorkbookPart {
  const s = new XmlScanner(xml);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  while (s.next()) {
    if (s.kind !== OPEN) continue;
    if (s.name === "workbookPr") {
      const flag = s.attr("date1904");
      date1904 = flag === "1" || flag === "true";
    } else if (s.name === "sheet") {
      const rel = rels.get(s.attr("r:id") ?? "");
      const state = s.attr("state");
      sheets.push({
        name: s.attr("name") ?? "",
        hidden: state === "hidden" || state === "veryHidden",
        // Chart sheets and dialog sheets have other relationship types and hold no cells.
        part: rel && !rel.external && WORKSHEET_TYPE.test(rel.type) ? rel.target : undefined,
      });
    } else if (s.name === "definedNames" || s.name === "extLst") s.skipElement();
  }
  return { sheets, date1904 };
}
