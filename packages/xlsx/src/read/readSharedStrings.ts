import { decodeEscapes } from "./decodeEscapes.js";
import { CLOSE, OPEN, XmlScanner } from "./XmlScanner.js";

/**
 * Reads xl/sharedStrings.xml into plain strings: rich-text runs joined, phonetic guides
 * (`<rPh>`, the pinyin/furigana over a string) left out, `_xHHHH_` escapes decoded.
 */
export function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (xml === undefined) return out;
  const s = new XmlScanner(xml);
  let current: string | undefined;
  while (s.next()) {
    if (s.kind === OPEN) {
      switch (s.name) {
        case "si":
          if (s.selfClosing) out.push("");
          else current = "";
          break;
        case "t":
          if (current !== undefined) current += decodeEscapes(s.readText());
          break;
        case "rPh":
        case "rPr":
          s.skipElement();
          break;
      }
    } else if (s.kind === CLOSE && s.name === "si") {
      out.push(current ?? "");
      current = undefined;
    }
  }
  return out;
}
