import type { CellRange } from "@zsyz/ledger";
import type {
  XlBorderIndex,
  XlDataValidation,
  XlRangeBorder,
  XlRangeBorderCollection,
  XlRangeFill,
  XlRangeFont,
  XlRangeFormat,
  XlValidationAlert,
  XlValidationRule,
} from "../../src/office/excelApi.js";
import { FakeOfficeError } from "./FakeOfficeError.js";
import type { FakeRequestContext } from "./FakeRequestContext.js";
import { FakeClientObject } from "./FakeClientObject.js";
import type { FakeCell, FakeSheet, FakeValidation } from "./fakeState.js";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  eachCell,
  intersects,
  subtractRange,
  touchCell,
  uniformOf,
} from "./fakeState.js";

/** Where the owning range points, known only at sync time. */
type TargetOf = () => { sheet: FakeSheet; range: CellRange };

/** Shared plumbing of the objects that hang off a range (format, fill, font, data validation). */
abstract class FakeRangePart extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    protected readonly target: TargetOf,
  ) {
    super(ctx);
  }

  /** Queues a write or method call that runs on the owning range at sync time. */
  protected act(
    member: string,
    args: unknown[],
    api: number,
    run: (sheet: FakeSheet, range: CellRange) => void,
  ): void {
    this.ctx.enqueue({
      wire: { on: this.wireId, member, args },
      api,
      location: `${this.kind}.${member}`,
      apply: () => {
        const { sheet, range } = this.target();
        if (sheet.protected)
          throw new FakeOfficeError(
            "AccessDenied",
            "The cell or chart you're trying to change is on a protected sheet.",
          );
        run(sheet, range);
        return undefined;
      },
    });
  }

  /** Applies `write` to every cell of the owning range. */
  protected everyCell(member: string, value: unknown, write: (cell: FakeCell) => void): void {
    this.act(member, [value], 1, (sheet, range) =>
      eachCell(range, (r, c) => write(touchCell(sheet, r, c))),
    );
  }
}

const HEX = /^#[0-9A-Fa-f]{6}$/;

function checkColor(color: string): string {
  if (!HEX.test(color))
    throw new FakeOfficeError("InvalidArgument", `The color '${color}' is not valid.`);
  return color.toUpperCase();
}

/** Fake Excel.RangeFill. */
class FakeRangeFill extends FakeRangePart implements XlRangeFill {
  protected readonly kind = "RangeFill";
  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.everyCell("color", color, (cell) => {
      cell.fill = checkColor(color);
    });
  }
  get pattern(): string {
    return this.loadedValue("pattern");
  }
  set pattern(pattern: string) {
    this.act("pattern", [pattern], 9, (sheet, range) => {
      if (pattern !== "None")
        throw new FakeOfficeError("InvalidArgument", "The fake only clears patterns.");
      eachCell(range, (r, c) => {
        delete touchCell(sheet, r, c).fill;
      });
    });
  }
  clear(): void {
    this.act("clear", [], 1, (sheet, range) =>
      eachCell(range, (r, c) => {
        delete touchCell(sheet, r, c).fill;
      }),
    );
  }
  protected override propertyApi(property: string): number {
    return property === "pattern" ? 9 : 1;
  }
  protected readProperty(property: string): unknown {
    const { sheet, range } = this.target();
    if (property === "color") return uniformOf(sheet, range, (c) => c?.fill ?? "#FFFFFF");
    if (property === "pattern") return uniformOf(sheet, range, (c) => (c?.fill ? "Solid" : "None"));
    throw new FakeOfficeError("InvalidArgument", `RangeFill has no property '${property}'.`);
  }
}

/** Fake Excel.RangeFont. */
class FakeRangeFont extends FakeRangePart implements XlRangeFont {
  protected readonly kind = "RangeFont";
  get bold(): boolean {
    return this.loadedValue("bold");
  }
  set bold(bold: boolean) {
    this.everyCell("bold", bold, (cell) => {
      cell.bold = bold;
    });
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.everyCell("color", color, (cell) => {
      cell.fontColor = checkColor(color);
    });
  }
  protected readProperty(property: string): unknown {
    const { sheet, range } = this.target();
    if (property === "bold") return uniformOf(sheet, range, (c) => c?.bold ?? false);
    if (property === "color") return uniformOf(sheet, range, (c) => c?.fontColor ?? "#000000");
    throw new FakeOfficeError("InvalidArgument", `RangeFont has no property '${property}'.`);
  }
}

/** Fake Excel.RangeBorder: any edge set to "Continuous" marks every cell of the range as bordered. */
class FakeRangeBorder extends FakeRangePart implements XlRangeBorder {
  protected readonly kind = "RangeBorder";
  private colour = "#000000";
  get style(): string {
    return this.loadedValue("style");
  }
  set style(style: string) {
    if (style !== "Continuous" && style !== "None")
      throw new FakeOfficeError(
        "InvalidArgument",
        `The fake supports border styles Continuous and None, not '${style}'.`,
      );
    this.everyCell("style", style, (cell) => {
      if (style === "None") delete cell.border;
      else cell.border = this.colour;
    });
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.colour = checkColor(color);
    this.everyCell("color", color, (cell) => {
      if (cell.border !== undefined) cell.border = this.colour;
    });
  }
  protected readProperty(property: string): unknown {
    const { sheet, range } = this.target();
    if (property === "style")
      return uniformOf(sheet, range, (c) => (c?.border ? "Continuous" : "None"));
    if (property === "color") return uniformOf(sheet, range, (c) => c?.border ?? "#000000");
    throw new FakeOfficeError("InvalidArgument", `RangeBorder has no property '${property}'.`);
  }
}

/** Fake Excel.RangeBorderCollection. */
class FakeRangeBorders extends FakeRangePart implements XlRangeBorderCollection {
  protected readonly kind = "RangeBorderCollection";
  getItem(_index: XlBorderIndex): FakeRangeBorder {
    return new FakeRangeBorder(this.ctx, this.target);
  }
  protected readProperty(property: string): unknown {
    throw new FakeOfficeError(
      "InvalidArgument",
      `RangeBorderCollection has no property '${property}'.`,
    );
  }
}

/** Fake Excel.RangeFormat: fill, font, borders, column width (points) and wrapping. */
export class FakeRangeFormat extends FakeRangePart implements XlRangeFormat {
  protected readonly kind = "RangeFormat";
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorders;

  constructor(ctx: FakeRequestContext, target: TargetOf) {
    super(ctx, target);
    this.fill = new FakeRangeFill(ctx, target);
    this.font = new FakeRangeFont(ctx, target);
    this.borders = new FakeRangeBorders(ctx, target);
  }

  get columnWidth(): number {
    return this.loadedValue("columnWidth");
  }
  set columnWidth(width: number) {
    this.act("columnWidth", [width], 1, (sheet, range) => {
      for (let c = range.left; c <= range.right; c++) sheet.columnWidths.set(c, width);
    });
  }
  get rowHeight(): number {
    return this.loadedValue("rowHeight");
  }
  set rowHeight(height: number) {
    this.act("rowHeight", [height], 1, (sheet, range) => {
      for (let r = range.top; r <= range.bottom; r++) sheet.rowHeights.set(r, height);
    });
  }
  get wrapText(): boolean {
    return this.loadedValue("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.everyCell("wrapText", wrap, (cell) => {
      cell.wrap = wrap;
    });
  }

  protected readProperty(property: string): unknown {
    const { sheet, range } = this.target();
    if (property === "wrapText") return uniformOf(sheet, range, (c) => c?.wrap ?? false);
    if (property === "columnWidth") {
      const widths = new Set<number>();
      for (let c = range.left; c <= range.right; c++)
        widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    }
    if (property === "rowHeight") {
      const heights = new Set<number>();
      for (let r = range.top; r <= range.bottom; r++)
        heights.add(sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
      return heights.size === 1 ? [...heights][0] : null;
    }
    throw new FakeOfficeError("InvalidArgument", `RangeFormat has no property '${property}'.`);
  }

  protected override child(segment: string): FakeRangeFill | FakeRangeFont | undefined {
    if (segment === "fill") return this.fill;
    if (segment === "font") return this.font;
    return undefined;
  }
}

function clearValidations(sheet: FakeSheet, range: CellRange): void {
  sheet.validations = sheet.validations.flatMap((v) =>
    subtractRange(v.range, range).map((rest) => ({ ...v, range: rest })),
  );
}

function covering(sheet: FakeSheet, range: CellRange): FakeValidation[] {
  return sheet.validations.filter((v) => intersects(v.range, range));
}

/** Fake Excel.DataValidation: list rules with their error alert (ExcelApi 1.8). */
export class FakeDataValidation extends FakeRangePart implements XlDataValidation {
  protected readonly kind = "DataValidation";

  get rule(): XlValidationRule {
    return this.loadedValue("rule");
  }
  set rule(rule: XlValidationRule) {
    const list = rule.list;
    if (!list || typeof list.source !== "string")
      throw new FakeOfficeError(
        "InvalidArgument",
        "The fake supports list rules with a text source only.",
      );
    const source = list.source;
    this.act("rule", [rule], 8, (sheet, range) => {
      if (covering(sheet, range).length > 0) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "Clear the existing data validation before setting a new rule.",
        );
      }
      sheet.validations.push({
        range,
        rule: { list: { inCellDropDown: list.inCellDropDown, source } },
      });
    });
  }
  get errorAlert(): XlValidationAlert {
    return this.loadedValue("errorAlert");
  }
  set errorAlert(alert: XlValidationAlert) {
    this.act("errorAlert", [alert], 8, (sheet, range) => {
      for (const v of covering(sheet, range)) v.errorAlert = { ...alert };
    });
  }
  get type(): string {
    return this.loadedValue("type");
  }
  clear(): void {
    this.act("clear", [], 8, clearValidations);
  }

  protected override propertyApi(): number {
    return 8;
  }
  protected readProperty(property: string): unknown {
    const { sheet, range } = this.target();
    const hits = covering(sheet, range);
    const whole =
      hits.length === 1 && hits[0] !== undefined && contains(hits[0].range, range)
        ? hits[0]
        : undefined;
    if (property === "type") return hits.length === 0 ? "None" : whole ? "List" : "Inconsistent";
    if (property === "rule") return whole ? structuredClone(whole.rule) : null;
    if (property === "errorAlert") return whole?.errorAlert ? { ...whole.errorAlert } : null;
    throw new FakeOfficeError("InvalidArgument", `DataValidation has no property '${property}'.`);
  }
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}
