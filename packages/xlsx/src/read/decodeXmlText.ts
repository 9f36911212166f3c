import { XlsxReadError } from "./XlsxReadError.js";

const NAMED = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/**
 * Decodes raw XML character data: line ends normalised to \n as XML requires, then the five
 * predefined entities and numeric references. Any other entity is malformed (no DTD is
 * ever read, so none can be defined).
 * @example decodeXmlText("A&amp;B &#x4E2D;") // "A&B 中"
 */
export function decodeXmlText(raw: string): string {
  const s = raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) throw malformed(s.slice(amp, amp + 12));
    out += s.slice(from, amp) + decodeEntity(s.slice(amp + 1, semi));
    from = semi + 1;
    amp = s.indexOf("&", from);
  }
  return out + s.slice(from);
}

/** Like decodeXmlText, plus attribute-value normalisation: tabs and line ends become spaces. */
export function decodeXmlAttribute(raw: string): string {
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
  return spaced.indexOf("&") >= 0 ? decodeXmlText(spaced) : spaced;
}

function decodeEntity(name: string): string {
  if (name.charCodeAt(0) === 35 /* # */) {
    const hex = name.charCodeAt(1) === 120; /* x */
    const digits = hex ? name.slice(2) : name.slice(1);
    const code = /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
    if (!(code > 0 && code <= 0x10ffff) || (!hex && /[^0-9]/.test(digits)))
      throw malformed(`&${name};`);
    return String.fromCodePoint(code);
  }
  const named = NAMED.get(name);
  if (named === undefined) throw malformed(`&${name};`);
  return named;
}

const malformed = (what: string): XlsxReadError =>
  new XlsxReadError("malformed_xml", `bad entity ${what}`);
