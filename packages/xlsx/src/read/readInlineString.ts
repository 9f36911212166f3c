import { decodeEscapes } from "./decodeEscapes.js";
import { CLOSE, OPEN } from "./XmlScanner.js";
import type { XmlScanner } from "./XmlScanner.js";

/**
 * Reads an open `<is>` element (an inline string) up to its close: the text of its `<t>`
 * and rich-text runs, phonetic guides left out. Undefined when it holds no text at all,
 * which makes the cell empty (exceljs drops such a cell too).
 */
export function readInlineString(s: XmlScanner): string | undefined {
  if (s.selfClosing) return undefined;
  let text = "";
  let present = false;
  while (s.next()) {
    if (s.kind === CLOSE) {
      if (s.name === "is") break;
      continue;
    }
    if (s.kind !== OPEN) continue;
    if (s.name === "r") present = true;
    else if (s.name === "t") {
      const t = decodeEscapes(s.readText());
      if (t !== "") present = true;
      text += t;
    } else if (s.name === "rPh" || s.name === "rPr") s.skipElement();
  }
  return present ? text : undefined;
}
