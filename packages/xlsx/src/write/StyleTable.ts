import type { CellStyle, StyleName } from "@zsyz/indicators";
import { escapeXml } from "./escapeXml.js";
import { NS_MAIN, XML_HEAD } from "./namespaces.js";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

// Number formats Excel knows by id; writing them as custom formats would still work, but
// Excel then lists them twice in its format dialog.
const BUILT_IN_NUM_FMTS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/**
 * The styles part of the workbook: one cell format per (plan style, number format) pair,
 * registered on first use, and one differential format per conditional-format colour.
 */
export class StyleTable {
  private readonly xfs = new Map<string, number>();
  private readonly cache = new Map<StyleName | undefined, Map<string | undefined, number>>();
  private readonly xfXml: string[] = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ];
  private readonly fonts = new Map<string, number>([["||", 0]]);
  private readonly fills = new Map<string, number>();
  private readonly numFmts = new Map<string, number>();
  private readonly dxfs = new Map<string, number>();

  constructor(private readonly styles: Partial<Record<StyleName, CellStyle>> = {}) {}

  /** Index of the cell format for a style name and number format (0: default). */
  xf(name: StyleName | undefined, numFmt: string | undefined): number {
    // Called once per cell: a two-level lookup, no key string built on the hot path.
    let byFormat = this.cache.get(name);
    if (byFormat === undefined) this.cache.set(name, (byFormat = new Map()));
    const cached = byFormat.get(numFmt);
    if (cached !== undefined) return cached;
    const id = this.register(name, numFmt);
    byFormat.set(numFmt, id);
    return id;
  }

  private register(name: StyleName | undefined, numFmt: string | undefined): number {
    const key = `${name ?? ""}|${numFmt ?? ""}`;
    let id = this.xfs.get(key);
    if (id !== undefined) return id;
    const s: CellStyle = (name && this.styles[name]) || {};
    const fontId = this.font(s);
    const fillId = s.fill ? this.fill(s.fill) : 0;
    const borderId = s.border ? 1 : 0;
    const numFmtId = numFmt ? this.numFmt(numFmt) : 0;
    const align =
      s.horizontal || s.vertical || s.wrap
        ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ""}${s.vertical ? ` vertical="${s.vertical}"` : ""}${s.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const apply = `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}${align ? ' applyAlignment="1"' : ""}`;
    id = this.xfXml.length;
    const attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
    this.xfXml.push(align ? `<xf ${attrs}>${align}</xf>` : `<xf ${attrs}/>`);
    this.xfs.set(key, id);
    return id;
  }

  /** Index of the differential format (for a conditional-format rule) of a fill and font colour. */
  dxf(fill: string, fontColor: string): number {
    const key = `${fill}|${fontColor}`;
    let id = this.dxfs.get(key);
    if (id === undefined) {
      id = this.dxfs.size;
      this.dxfs.set(key, id);
    }
    return id;
  }

  private font(s: CellStyle): number {
    const key = `${s.bold ? "b" : ""}|${s.fontSize ?? ""}|${s.fontColor ?? ""}`;
    let id = this.fonts.get(key);
    if (id === undefined) {
      id = this.fonts.size;
      this.fonts.set(key, id);
    }
    return id;
  }

  private fill(hex: string): number {
    let id = this.fills.get(hex);
    if (id === undefined) {
      // Fills 0 and 1 are the two every workbook must start with (none, gray125).
      id = this.fills.size + 2;
      this.fills.set(hex, id);
    }
    return id;
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN_NUM_FMTS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  /** The whole xl/styles.xml, once every cell has been written. */
  toXml(): string {
    const fontXml = [...this.fonts.keys()].map((key) => {
      const [bold, size, color] = key.split("|");
      return `<font>${bold ? "<b/>" : ""}<sz val="${size || 11}"/>${color ? `<color rgb="${argb(color)}"/>` : ""}<name val="宋体"/><family val="3"/><charset val="134"/></font>`;
    });
    const fillXml = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      ...[...this.fills.keys()].map(
        (hex) =>
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`,
      ),
    ];
    const side = (name: string): string =>
      `<${name} style="thin"><color rgb="FFBFBFBF"/></${name}>`;
    const borderXml = [
      "<border><left/><right/><top/><bottom/><diagonal/></border>",
      `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`,
    ];
    const numFmtXml = [...this.numFmts.entries()].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    const dxfXml = [...this.dxfs.keys()].map((key) => {
      const [fill = "", font = ""] = key.split("|");
      return `<dxf><font><color rgb="${argb(font)}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`;
    });
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (numFmtXml.length
        ? `<numFmts count="${numFmtXml.length}">${numFmtXml.join("")}</numFmts>`
        : "") +
      `<fonts count="${fontXml.length}">${fontXml.join("")}</fonts><fills count="${fillXml.length}">${fillXml.join("")}</fills><borders count="2">${borderXml.join("")}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${dxfXml.length}">${dxfXml.join("")}</dxfs></styleSheet>`
    );
  }
}
