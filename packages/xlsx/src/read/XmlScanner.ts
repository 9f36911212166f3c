import { decodeXmlAttribute, decodeXmlText } from "./decodeXmlText.js";
import { MAX_COLUMNS, MAX_ROWS, parseCellRef } from "./parseCellRef.js";
import { XlsxReadError } from "./XlsxReadError.js";

/** Token kinds of XmlScanner. */
export const OPEN = 1;
export const CLOSE = 2;

const malformed = (detail: string): XlsxReadError => new XlsxReadError("malformed_xml", detail);

/**
 * A pull tokenizer for SpreadsheetML, indexOf-based over the decoded string: it yields
 * open and close tags (local names, prefixes stripped), reads text on request and parses
 * attributes only when asked. It refuses any DTD: `<!DOCTYPE`, `<!ENTITY` and every other
 * `<!` declaration throw `unsafe_xml`, so no entity can ever be defined or expanded.
 */
export class XmlScanner {
  /** OPEN, CLOSE, or 0 before the first and after the last tag. */
  kind = 0;
  private nameStart = 0;
  private nameEnd = 0;
  private nameCache: string | undefined = "";
  /** Whether the current open tag ends with `/>`. */
  selfClosing = false;
  private pos = 0;
  private attrStart = 0;
  private attrEnd = 0;
  private attrsParsed = true;
  // Attribute names as [start, end) offsets into the document, so no string is made for a
  // name nobody asks about; values stay raw until asked for, flagged when they need decoding.
  private readonly attrNameStart: number[] = [];
  private readonly attrNameEnd: number[] = [];
  private readonly attrValueStart: number[] = [];
  private readonly attrValueEnd: number[] = [];
  private readonly attrPlain: boolean[] = [];
  private attrCount = 0;

  constructor(private readonly xml: string) {}

  /** Local name of the current tag ("c" for both `<c>` and `<x:c>`). */
  get name(): string {
    return (this.nameCache ??= this.xml.slice(this.nameStart, this.nameEnd));
  }

  /** Whether the current tag's local name is `name`, compared in place without a new string. */
  is(name: string): boolean {
    return (
      this.nameEnd - this.nameStart === name.length && this.xml.startsWith(name, this.nameStart)
    );
  }

  /** Moves to the next open or close tag and returns its kind; 0 at the end of the document. */
  next(): number {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) {
        this.kind = 0;
        return 0;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = xml.indexOf(">", lt + 2);
        if (gt < 0) throw malformed("unterminated close tag");
        let end = gt;
        while (end > lt + 2 && xml.charCodeAt(end - 1) <= 32) end -= 1;
        let start = end;
        while (start > lt + 2 && xml.charCodeAt(start - 1) !== 58 /* : */) start -= 1;
        this.nameStart = start > lt + 2 ? start : lt + 2;
        this.nameEnd = end;
        this.nameCache = undefined;
        this.kind = CLOSE;
        this.selfClosing = false;
        this.pos = gt + 1;
        return CLOSE;
      }
      if (c === 63 /* ? */ || c === 33 /* ! */) {
        this.pos = this.skipMarkup(lt);
        continue;
      }
      this.readOpenTag(lt);
      return OPEN;
    }
  }

  /**
   * Text content of the element just opened, decoded, up to its first child or close tag
   * (comments skipped, CDATA kept). Empty for a self-closing tag.
   */
  readText(): string {
    if (this.selfClosing || this.kind !== OPEN) return "";
    const xml = this.xml;
    let out = "";
    let p = this.pos;
    for (;;) {
      const lt = xml.indexOf("<", p);
      if (lt < 0) throw malformed(`unterminated <${this.name}>`);
      if (lt > p) out += decodeXmlText(xml.slice(p, lt));
      const c = xml.charCodeAt(lt + 1);
      if (c === 33 && xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw malformed("unterminated CDATA");
        out += xml.slice(lt + 9, end).replace(/\r\n?/g, "\n");
        p = end + 3;
      } else if (c === 33 || c === 63) p = this.skipMarkup(lt);
      else {
        this.pos = lt;
        return out;
      }
    }
  }

  /**
   * The text of the element just opened read as a number in place, when it is nothing but
   * `-?digits(.digits)?` (digits only with `integerOnly`) with at most 15 digits: exactly what
   * parseFloat (parseInt) gives, without a string. Undefined, and the scanner unmoved, for
   * anything else (then readText). A county's ledgers hold millions of such `<v>` values.
   */
  readPlainNumber(integerOnly: boolean): number | undefined {
    if (this.selfClosing || this.kind !== OPEN) return undefined;
    const xml = this.xml;
    let p = this.pos;
    const negative = !integerOnly && xml.charCodeAt(p) === 45; /* - */
    if (negative) p += 1;
    let n = 0;
    let digits = 0;
    let fraction = 0;
    for (; ; p += 1) {
      const d = xml.charCodeAt(p) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
      digits += 1;
    }
    if (!integerOnly && digits > 0 && xml.charCodeAt(p) === 46 /* . */) {
      for (p += 1; ; p += 1) {
        const d = xml.charCodeAt(p) - 48;
        if (d < 0 || d > 9) break;
        n = n * 10 + d;
        digits += 1;
        fraction += 1;
      }
      if (fraction === 0) return undefined;
    }
    // Up to 15 digits and 10^22 both are exact doubles, so one division rounds as parseFloat.
    if (digits === 0 || digits > 15 || xml.charCodeAt(p) !== 60 /* < */) return undefined;
    this.pos = p;
    const value = fraction === 0 ? n : n / 10 ** fraction;
    return negative ? -value : value;
  }

  /** Skips the current element and everything inside it (after an open tag). */
  skipElement(): void {
    if (this.kind !== OPEN || this.selfClosing) return;
    const name = this.name;
    let depth = 1;
    for (let kind = this.next(); kind !== 0; kind = this.next()) {
      if (!this.is(name)) continue;
      if (kind === CLOSE) depth -= 1;
      else if (!this.selfClosing) depth += 1;
      if (depth === 0) return;
    }
  }

  /**
   * A decoded attribute of the current open tag. A prefixed name ("r:id") matches that
   * local name under any prefix, since the prefix is the file's choice.
   */
  attr(name: string): string | undefined {
    if (!this.attrsParsed) this.parseAttributes();
    const xml = this.xml;
    const colon = name.indexOf(":");
    const local = colon >= 0 ? name.slice(colon) : name;
    const exact = colon < 0;
    for (let i = 0; i < this.attrCount; i += 1) {
      const start = this.attrNameStart[i] as number;
      const end = this.attrNameEnd[i] as number;
      const match = exact
        ? end - start === name.length && xml.startsWith(name, start)
        : end - start >= local.length && xml.startsWith(local, end - local.length);
      if (!match) continue;
      const raw = xml.slice(this.attrValueStart[i], this.attrValueEnd[i]);
      return this.attrPlain[i] ? raw : decodeXmlAttribute(raw);
    }
    return undefined;
  }

  /**
   * Index of the current open tag's attribute named exactly `name` (unprefixed), or -1: with
   * the attr* readers below, the hot path reads a cell's r, s and t without a string for any.
   */
  attrIndex(name: string): number {
    if (!this.attrsParsed) this.parseAttributes();
    const xml = this.xml;
    for (let i = 0; i < this.attrCount; i += 1) {
      const start = this.attrNameStart[i] as number;
      if ((this.attrNameEnd[i] as number) - start === name.length && xml.startsWith(name, start))
        return i;
    }
    return -1;
  }

  /** The decoded value of attribute `i` (from attrIndex). */
  attrValue(i: number): string {
    const raw = this.xml.slice(this.attrValueStart[i], this.attrValueEnd[i]);
    return this.attrPlain[i] ? raw : decodeXmlAttribute(raw);
  }

  /**
   * Where attribute `i`'s value starts in the document: with its end and plainness, enough
   * to read it later with `source`, after the scanner has moved on.
   */
  valueStart(i: number): number {
    return this.attrValueStart[i] as number;
  }

  /** Where attribute `i`'s value ends in the document. */
  valueEnd(i: number): number {
    return this.attrValueEnd[i] as number;
  }

  /** Whether attribute `i`'s value needs no decoding. */
  attrIsPlain(i: number): boolean {
    return this.attrPlain[i] as boolean;
  }

  /** A value found earlier (valueStart, valueEnd, attrIsPlain), decoded. */
  source(start: number, end: number, plain: boolean): string {
    const raw = this.xml.slice(start, end);
    return plain ? raw : decodeXmlAttribute(raw);
  }

  /** Whether attribute `i`'s value is exactly `value` (compared in place). */
  attrIs(i: number, value: string): boolean {
    const start = this.attrValueStart[i] as number;
    return (
      this.attrPlain[i] === true &&
      (this.attrValueEnd[i] as number) - start === value.length &&
      this.xml.startsWith(value, start)
    );
  }

  /**
   * Attribute `i` read as an A1 cell reference, packed as parseCellRef packs it
   * (`row * 16384 + col`), or -1 when it is not one: parsed in place, no string made.
   */
  attrCellRef(i: number): number {
    if (!this.attrPlain[i]) return parseCellRef(this.attrValue(i));
    const xml = this.xml;
    const from = this.attrValueStart[i] as number;
    const to = this.attrValueEnd[i] as number;
    let col = 0;
    let p = from;
    for (; p < to && p < from + 4; p += 1) {
      const ch = xml.charCodeAt(p);
      if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
      else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
      else break;
    }
    if (p === from || p === to || col > MAX_COLUMNS) return -1;
    let row = 0;
    for (; p < to; p += 1) {
      const ch = xml.charCodeAt(p);
      if (ch < 48 || ch > 57 || row > MAX_ROWS) return -1;
      row = row * 10 + (ch - 48);
    }
    if (row < 1 || row > MAX_ROWS) return -1;
    return (row - 1) * MAX_COLUMNS + (col - 1);
  }

  /** Attribute `i` read as `Number(value) | 0` reads it, digits parsed in place. */
  attrInt(i: number): number {
    const xml = this.xml;
    const from = this.attrValueStart[i] as number;
    const to = this.attrValueEnd[i] as number;
    let n = 0;
    for (let p = from; p < to; p += 1) {
      const ch = xml.charCodeAt(p);
      if (ch < 48 || ch > 57 || p - from > 8) return Number(this.attrValue(i)) | 0;
      n = n * 10 + (ch - 48);
    }
    return n;
  }

  private readOpenTag(lt: number): void {
    const xml = this.xml;
    const length = xml.length;
    let p = lt + 1;
    let colon = -1;
    for (; p < length; p += 1) {
      const ch = xml.charCodeAt(p);
      if (ch === 32 || ch === 62 || ch === 47 || ch === 10 || ch === 9 || ch === 13) break;
      if (ch === 58) colon = p;
    }
    if (p === lt + 1) throw malformed("empty tag name");
    this.nameStart = colon >= 0 ? colon + 1 : lt + 1;
    this.nameEnd = p;
    this.nameCache = undefined;
    const attrStart = p;
    for (;;) {
      if (p >= length) throw malformed(`unterminated <${this.name}`);
      const ch = xml.charCodeAt(p);
      if (ch === 62) break;
      if (ch === 34 || ch === 39) {
        p = xml.indexOf(ch === 34 ? '"' : "'", p + 1);
        if (p < 0) throw malformed(`unterminated attribute in <${this.name}`);
      }
      p += 1;
    }
    this.selfClosing = xml.charCodeAt(p - 1) === 47;
    this.attrStart = attrStart;
    this.attrEnd = this.selfClosing ? p - 1 : p;
    this.attrsParsed = false;
    this.kind = OPEN;
    this.pos = p + 1;
  }

  private parseAttributes(): void {
    const xml = this.xml;
    let count = 0;
    let p = this.attrStart;
    const end = this.attrEnd;
    for (;;) {
      while (p < end && xml.charCodeAt(p) <= 32) p += 1;
      if (p >= end) break;
      const nameStart = p;
      while (p < end) {
        const ch = xml.charCodeAt(p);
        if (ch === 61 /* = */ || ch <= 32) break;
        p += 1;
      }
      const nameEnd = p;
      while (p < end && xml.charCodeAt(p) !== 61) p += 1;
      p += 1;
      while (p < end && xml.charCodeAt(p) <= 32) p += 1;
      const quote = xml.charCodeAt(p);
      if (quote !== 34 && quote !== 39) throw malformed("unquoted attribute");
      const valueStart = p + 1;
      let plain = true;
      for (p = valueStart; p < end; p += 1) {
        const ch = xml.charCodeAt(p);
        if (ch === quote) break;
        if (ch === 38 /* & */ || ch === 9 || ch === 10 || ch === 13) plain = false;
      }
      this.attrNameStart[count] = nameStart;
      this.attrNameEnd[count] = nameEnd;
      this.attrValueStart[count] = valueStart;
      this.attrValueEnd[count] = p;
      this.attrPlain[count] = plain;
      count += 1;
      p += 1;
    }
    this.attrCount = count;
    this.attrsParsed = true;
  }

  /** Skips a comment, processing instruction or CDATA section; refuses anything DTD-like. */
  private skipMarkup(lt: number): number {
    const xml = this.xml;
    let close: string;
    let from: number;
    if (xml.charCodeAt(lt + 1) === 63) [close, from] = ["?>", lt + 2];
    else if (xml.startsWith("<!--", lt)) [close, from] = ["-->", lt + 4];
    else if (xml.startsWith("<![CDATA[", lt)) [close, from] = ["]]>", lt + 9];
    else
      throw new XlsxReadError(
        "unsafe_xml",
        `markup declaration ${xml.slice(lt, lt + 12)} (DOCTYPE/ENTITY are refused)`,
      );
    const end = xml.indexOf(close, from);
    if (end < 0) throw malformed(`unterminated ${xml.slice(lt, lt + 4)}`);
    return end + close.length;
  }
}
