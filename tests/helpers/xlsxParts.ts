// The raw SpreadsheetML of an .xlsx, for what a GridWorkbook does not carry (styles,
// conditional formats, panes, print titles, shared-formula XML) and for editing a file
// behind the writer's back (stripping or planting cached values). Regular expressions are
// enough here: they only ever read our own writer's output and our hand-built fixtures.
import type { GridSheet, GridWorkbook } from "@zsyz/ledger";
import { readXlsx } from "@zsyz/xlsx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** The parts of an .xlsx package by zip path ("xl/workbook.xml"), as bytes. */
export type XlsxParts = Record<string, Uint8Array>;

/** Unzips .xlsx bytes into its parts. */
export function unzipXlsx(bytes: Uint8Array): XlsxParts {
  return unzipSync(bytes);
}

/** Zips parts back into .xlsx bytes; `[Content_Types].xml` goes first, as Office expects. */
export function zipXlsx(parts: XlsxParts): Uint8Array {
  const first = "[Content_Types].xml";
  const ordered: XlsxParts = first in parts ? { [first]: parts[first]! } : {};
  for (const [name, bytes] of Object.entries(parts)) if (name !== first) ordered[name] = bytes;
  return zipSync(ordered, { level: 6 });
}

/** The text of one part; throws when the package has no such part. */
export function partXml(parts: XlsxParts, name: string): string {
  const bytes = parts[name];
  if (!bytes) throw new Error(`no part ${name} in the package`);
  return strFromU8(bytes);
}

/** Replaces the text of one part in place. */
export function setPartXml(parts: XlsxParts, name: string, xml: string): void {
  parts[name] = strToU8(xml);
}

/** The value of attribute `name` in the start tag `tag`, XML escapes undone. */
export function attrOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]!) : undefined;
}

/** Undoes the five predefined XML escapes. */
export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) =>
    e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'" : "&",
  );
}

/** Every worksheet of the workbook in tab order, with the zip path of its part. */
export function sheetParts(parts: XlsxParts): Array<{ name: string; part: string }> {
  const rels = new Map<string, string>();
  for (const tag of partXml(parts, "xl/_rels/workbook.xml.rels").match(/<Relationship\s[^>]*>/g) ??
    []) {
    const target = attrOf(tag, "Target")!;
    rels.set(attrOf(tag, "Id")!, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return (partXml(parts, "xl/workbook.xml").match(/<sheet\s[^>]*>/g) ?? []).map((tag) => ({
    name: attrOf(tag, "name")!,
    part: rels.get(attrOf(tag, "r:id")!)!,
  }));
}

/** The zip path of the worksheet named `sheet`. */
export function sheetPartName(parts: XlsxParts, sheet: string): string {
  const found = sheetParts(parts).find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet} in the workbook`);
  return found.part;
}

/** The XML of the worksheet named `sheet`. */
export function sheetXml(parts: XlsxParts, sheet: string): string {
  return partXml(parts, sheetPartName(parts, sheet));
}

/**
 * Every `<c>` element of a worksheet's XML: `<c …/>` or `<c …>…</c>`. The `\s` after `c`
 * keeps `<cols>`, `<col>` and `<cfRule>` out.
 */
export const CELL_ELEMENT = /<c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/c>)/g;

/** One cell of a worksheet's XML: its start tag's attributes and its content ("" when empty). */
export interface CellElement {
  address: string;
  attrs: string;
  inner: string;
}

/** Every cell element of a worksheet's XML, in document order. */
export function cellElements(xml: string): CellElement[] {
  return [...xml.matchAll(CELL_ELEMENT)].map((m) => ({
    address: attrOf(m[1] ?? "", "r") ?? "",
    attrs: m[1] ?? "",
    inner: m[2] ?? "",
  }));
}

/** The cell element at `address` ("K12"), or undefined when the sheet XML has none. */
export function cellElement(xml: string, address: string): CellElement | undefined {
  return cellElements(xml).find((c) => c.address === address);
}

/**
 * Replaces the cached value of one cell (the text of its `<v>`), leaving its formula and
 * type alone: a planted wrong result that only an independent recalculation can catch.
 */
export function setCachedValue(xml: string, address: string, value: string): string {
  let hits = 0;
  const out = xml.replace(CELL_ELEMENT, (whole, attrs: string | undefined, inner: string) => {
    if (attrOf(attrs ?? "", "r") !== address) return whole;
    if (!/<v>[^<]*<\/v>/.test(inner ?? "")) throw new Error(`${address} has no cached value`);
    hits += 1;
    return `<c${attrs}>${inner.replace(/<v>[^<]*<\/v>/, `<v>${value}</v>`)}</c>`;
  });
  if (hits !== 1) throw new Error(`${address}: ${hits} cells found`);
  return out;
}

/** The solid fill colour ("FFFCE4D6") of a cell, through its `s` index → cellXfs → fills. */
export function cellFill(parts: XlsxParts, sheet: string, address: string): string | undefined {
  const cell = cellElement(sheetXml(parts, sheet), address);
  if (!cell) throw new Error(`no cell ${sheet}!${address}`);
  const styles = partXml(parts, "xl/styles.xml");
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const xf = xfs.match(/<xf\s[^>]*>/g)?.[Number(attrOf(cell.attrs, "s") ?? 0)];
  const fills = /<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)?.[1] ?? "";
  const fill = fills.match(/<fill>[\s\S]*?<\/fill>|<fill\/>/g)?.[
    Number(attrOf(xf ?? "", "fillId") ?? 0)
  ];
  return /<fgColor\s[^>]*rgb="([^"]+)"/.exec(fill ?? "")?.[1];
}

/** The font and fill colours of each differential format (`dxfs`), by dxfId. */
export function differentialFormats(parts: XlsxParts): Array<{ font?: string; fill?: string }> {
  const styles = partXml(parts, "xl/styles.xml");
  const dxfs = /<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? "";
  return (dxfs.match(/<dxf>[\s\S]*?<\/dxf>/g) ?? []).map((dxf) => {
    const font = /<font>[\s\S]*?<color\s[^>]*rgb="([^"]+)"/.exec(dxf)?.[1];
    const fill = /<fill>[\s\S]*?Color\s[^>]*rgb="([^"]+)"/.exec(dxf)?.[1];
    return { ...(font ? { font } : {}), ...(fill ? { fill } : {}) };
  });
}

/** The conditional-format rules of a worksheet: range, dxfId and formula. */
export function conditionalFormats(
  xml: string,
): Array<{ sqref: string; dxfId: number; formula: string }> {
  const rules: Array<{ sqref: string; dxfId: number; formula: string }> = [];
  for (const block of xml.matchAll(
    /<conditionalFormatting\s([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g,
  ))
    for (const rule of block[2]!.matchAll(/<cfRule\s([^>]*)>([\s\S]*?)<\/cfRule>/g))
      rules.push({
        sqref: attrOf(` ${block[1]!}`, "sqref")!,
        dxfId: Number(attrOf(` ${rule[1]!}`, "dxfId")),
        formula: unescapeXml(/<formula>([\s\S]*?)<\/formula>/.exec(rule[2]!)?.[1] ?? ""),
      });
  return rules;
}

/** Our output read back with the pure reader; a file it cannot read fails the test with its message. */
export function readWorkbook(bytes: Uint8Array, file: string): GridWorkbook {
  const read = readXlsx(bytes, file);
  if (!read.ok) throw new Error(`${file}: ${read.message}`);
  return read.workbook;
}

/** The sheet of that name; a missing one fails the test. */
export function sheetOf(wb: GridWorkbook, name: string): GridSheet {
  const ws = wb.sheets.find((s) => s.name === name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}
