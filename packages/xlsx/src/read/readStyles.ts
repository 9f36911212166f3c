import { isDateFormat } from "@zsyz/ledger";
import { builtinNumFmt } from "./builtinNumFmts.js";
import { CLOSE, OPEN, XmlScanner } from "./XmlScanner.js";

/** Per cell style index (`<c s>`): its number format and whether that format shows a date. */
export interface StyleTable {
  numFmt: ReadonlyArray<string | undefined>;
  isDate: readonly boolean[];
}

/** Reads xl/styles.xml down to what the grid needs: each cellXfs entry's number format. */
export function readStyles(xml: string | undefined): StyleTable {
  const numFmt: Array<string | undefined> = [];
  const isDate: boolean[] = [];
  if (xml === undefined) return { numFmt, isDate };
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  const s = new XmlScanner(xml);
  let inCellXfs = false;
  while (s.next()) {
    if (s.kind === CLOSE) {
      if (s.name === "cellXfs") inCellXfs = false;
      continue;
    }
    if (s.kind !== OPEN) continue;
    if (s.name === "numFmt") {
      const id = Number.parseInt(s.attr("numFmtId") ?? "", 10);
      // exceljs drops the backslash of escaped characters (`0.00\ "万元"`); so do we.
      const code = s.attr("formatCode")?.replace(/\\(.)/g, "$1");
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    } else if (s.name === "cellXfs") inCellXfs = !s.selfClosing;
    else if (s.name === "xf" && inCellXfs) {
      xfFormatIds.push(Number.parseInt(s.attr("numFmtId") ?? "0", 10) || 0);
      s.skipElement();
    } else if (s.name === "fonts" || s.name === "fills" || s.name === "borders") s.skipElement();
  }
  xfFormatIds.forEach((id, i) => {
    // Style 0 and numFmtId 0 carry no format, as in exceljs (which skips falsy ids).
    const code = i === 0 || id === 0 ? undefined : (custom.get(id) ?? builtinNumFmt(id));
    numFmt.push(code);
    isDate.push(isDateFormat(code));
  });
  return { numFmt, isDate };
}
