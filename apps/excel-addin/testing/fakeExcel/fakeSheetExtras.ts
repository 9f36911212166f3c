import type { CellRange } from "@zsyz/ledger";
import type {
  XlChart,
  XlChartCollection,
  XlChartSeries,
  XlChartSeriesCollection,
  XlConditionalColor,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlConditionalRangeFormat,
  XlCustomConditionalFormat,
  XlAutoFilter,
  XlPageLayout,
} from "../../src/office/excelApi.js";
import { parseRangeA1 } from "../../src/office/address.js";
import { FakeOfficeError } from "./FakeOfficeError.js";
import type { FakeRequestContext } from "./FakeRequestContext.js";
import { FakeClientObject } from "./FakeClientObject.js";
import type { FakeChart, FakeConditionalFormat, FakeSheet } from "./fakeState.js";
import { fullAddress, type FakeRange } from "./fakeRange.js";

/** Base of the write-only parts below: each setter is queued and applied to `target()` at sync. */
abstract class FakeWriteOnly<T> extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    protected readonly target: () => T,
    private readonly api: number,
  ) {
    super(ctx);
  }
  protected queueSet(
    member: string,
    args: unknown[],
    run: (target: T) => void,
    api: number = this.api,
  ): void {
    this.ctx.enqueue({
      wire: { on: this.wireId, member, args },
      api,
      location: `${this.kind}.${member}`,
      apply: () => {
        run(this.target());
        return undefined;
      },
    });
  }
  protected readProperty(property: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `The fake cannot read ${this.kind}.${property}.`);
  }
}

class FakeConditionalColor
  extends FakeWriteOnly<FakeConditionalFormat>
  implements XlConditionalColor
{
  protected readonly kind: string;
  constructor(
    ctx: FakeRequestContext,
    target: () => FakeConditionalFormat,
    private readonly part: "fill" | "font",
  ) {
    super(ctx, target, 6);
    this.kind = part === "fill" ? "ConditionalRangeFill" : "ConditionalRangeFont";
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.queueSet("color", [color], (cf) => {
      if (this.part === "fill") cf.fill = color;
      else cf.fontColor = color;
    });
  }
}

class FakeConditionalRule extends FakeWriteOnly<FakeConditionalFormat> {
  protected readonly kind = "ConditionalFormatRule";
  get formula(): string {
    return this.loadedValue("formula");
  }
  set formula(formula: string) {
    this.queueSet("formula", [formula], (cf) => {
      cf.formula = formula;
    });
  }
}

/** Fake Excel.ConditionalFormat of the "Custom" kind. */
class FakeConditionalFormatObject
  extends FakeWriteOnly<FakeConditionalFormat>
  implements XlConditionalFormat
{
  protected readonly kind = "ConditionalFormat";
  readonly custom: XlCustomConditionalFormat;
  constructor(ctx: FakeRequestContext, target: () => FakeConditionalFormat) {
    super(ctx, target, 6);
    const format: XlConditionalRangeFormat = {
      fill: new FakeConditionalColor(ctx, target, "fill"),
      font: new FakeConditionalColor(ctx, target, "font"),
    };
    this.custom = { rule: new FakeConditionalRule(ctx, target, 6), format };
  }
  get priority(): number {
    return this.loadedValue("priority");
  }
  set priority(priority: number) {
    this.queueSet("priority", [priority], (cf) => {
      cf.priority = priority;
    });
  }
}

/** Fake Excel.ConditionalFormatCollection of a range (ExcelApi 1.6). */
export class FakeConditionalFormatCollection
  extends FakeWriteOnly<{ sheet: FakeSheet; range: CellRange }>
  implements XlConditionalFormatCollection
{
  protected readonly kind = "ConditionalFormatCollection";
  constructor(ctx: FakeRequestContext, target: () => { sheet: FakeSheet; range: CellRange }) {
    super(ctx, target, 6);
  }
  add(type: "Custom"): FakeConditionalFormatObject {
    let created: FakeConditionalFormat | undefined;
    this.queueSet("add", [type], ({ sheet, range }) => {
      created = { range, formula: "", priority: 0 };
      sheet.conditionalFormats.push(created);
    });
    return new FakeConditionalFormatObject(this.ctx, () => {
      if (!created) throw new Error("conditional format used before it was added");
      return created;
    });
  }
}

/** Fake Excel.PageLayout (ExcelApi 1.9): records the page setup on the sheet. */
export class FakePageLayout extends FakeWriteOnly<FakeSheet> implements XlPageLayout {
  protected readonly kind = "PageLayout";
  constructor(ctx: FakeRequestContext, target: () => FakeSheet) {
    super(ctx, target, 9);
  }
  get orientation(): string {
    return this.loadedValue("orientation");
  }
  set orientation(v: string) {
    this.queueSet("orientation", [v], (s) => {
      s.print.orientation = v;
    });
  }
  get paperSize(): string {
    return this.loadedValue("paperSize");
  }
  set paperSize(v: string) {
    this.queueSet("paperSize", [v], (s) => {
      s.print.paperSize = v;
    });
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number } {
    return this.loadedValue("zoom");
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.queueSet("zoom", [v], (s) => {
      s.print.zoom = { ...v };
    });
  }
  setPrintTitleRows(rows: string | unknown): void {
    if (typeof rows !== "string")
      throw new FakeOfficeError("InvalidArgument", "The fake sets print titles by address only.");
    this.queueSet("setPrintTitleRows", [rows], (s) => {
      s.print.titleRows = rows;
    });
  }
}

/**
 * Fake Excel.AutoFilter (ExcelApi 1.9): apply records the range on the sheet, replacing the
 * sheet's earlier one; remove takes it away (a sheet without one is left as it is).
 */
export class FakeAutoFilter extends FakeWriteOnly<FakeSheet> implements XlAutoFilter {
  protected readonly kind = "AutoFilter";
  constructor(ctx: FakeRequestContext, target: () => FakeSheet) {
    super(ctx, target, 9);
  }
  apply(range: unknown): void {
    const address = typeof range === "string" ? range : undefined;
    const source = address === undefined ? sourceOf(range) : undefined;
    this.queueSet("apply", [address ?? "range"], (sheet) => {
      const at = source ? source.targetNow() : { sheet, range: parseRangeA1(address!) };
      if (!at.range || at.sheet !== sheet)
        throw new FakeOfficeError("InvalidArgument", "The AutoFilter range is not on this sheet.");
      sheet.autoFilter = at.range;
    });
  }
  remove(): void {
    this.queueSet("remove", [], (sheet) => {
      sheet.autoFilter = null;
    });
  }
}

const sourceOf = (range: unknown): FakeRange => {
  if (typeof range !== "object" || range === null || !("targetNow" in range))
    throw new FakeOfficeError("InvalidArgument", "The fake takes chart data as a Range.");
  return range as FakeRange;
};

class FakeChartSeries extends FakeWriteOnly<FakeChart["series"][number]> implements XlChartSeries {
  protected readonly kind = "ChartSeries";
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.queueSet("name", [name], (s) => {
      s.name = name;
    });
  }
  setValues(sourceData: FakeRange): void {
    const source = sourceOf(sourceData);
    this.queueSet(
      "setValues",
      [source.wireId],
      (s) => {
        s.values = fullAddress(source.targetNow());
      },
      7,
    );
  }
  setXAxisValues(sourceData: FakeRange): void {
    const source = sourceOf(sourceData);
    this.queueSet(
      "setXAxisValues",
      [source.wireId],
      (s) => {
        s.categories = fullAddress(source.targetNow());
      },
      7,
    );
  }
}

class FakeChartSeriesCollection
  extends FakeWriteOnly<FakeChart>
  implements XlChartSeriesCollection
{
  protected readonly kind = "ChartSeriesCollection";
  add(name?: string): FakeChartSeries {
    let created: FakeChart["series"][number] | undefined;
    this.queueSet("add", [name], (chart) => {
      created = { name: name ?? "" };
      chart.series.push(created);
    });
    return new FakeChartSeries(this.ctx, () => created ?? fail(), 7);
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.ctx, () => this.target().series[index] ?? fail(), 1);
  }
  /** ChartSeriesCollection.add is ExcelApi 1.7 (getItemAt is 1.1). */
  protected override queueSet(member: string, args: unknown[], run: (c: FakeChart) => void): void {
    super.queueSet(member, args, run, member === "add" ? 7 : undefined);
  }
}

function fail(): never {
  throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
}

/** Fake Excel.Chart: records type, title, series sources, position and axis format. */
class FakeChartObject extends FakeWriteOnly<FakeChart> implements XlChart {
  protected readonly kind = "Chart";
  readonly title: { text: string };
  readonly series: FakeChartSeriesCollection;
  readonly axes: { valueAxis: { numberFormat: string } };
  constructor(
    ctx: FakeRequestContext,
    target: () => FakeChart,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, target, 1);
    const queue = (member: string, args: unknown[], run: (c: FakeChart) => void, api?: number) =>
      this.queueSet(member, args, run, api);
    this.title = {
      set text(text: string) {
        queue("title.text", [text], (c) => {
          c.title = text;
        });
      },
      get text(): string {
        throw new FakeOfficeError("InvalidArgument", "The fake cannot read the title.");
      },
    };
    this.axes = {
      valueAxis: {
        set numberFormat(f: string) {
          // ChartAxis.numberFormat is ExcelApi 1.8.
          queue(
            "valueAxis.numberFormat",
            [f],
            (c) => {
              c.valueAxisNumberFormat = f;
            },
            8,
          );
        },
        get numberFormat(): string {
          throw new FakeOfficeError("InvalidArgument", "The fake cannot read the axis.");
        },
      },
    };
    this.series = new FakeChartSeriesCollection(ctx, target, 1);
  }
  get name(): string {
    return this.loadedValue("name");
  }
  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    if (typeof startCell !== "string" || (endCell !== undefined && typeof endCell !== "string"))
      throw new FakeOfficeError("InvalidArgument", "The fake positions charts by address only.");
    this.queueSet("setPosition", [startCell, endCell], (c) => {
      c.position = endCell === undefined ? { from: startCell } : { from: startCell, to: endCell };
    });
  }
  delete(): void {
    this.queueSet("delete", [], (c) => {
      const s = this.sheet();
      s.charts = s.charts.filter((x) => x !== c);
    });
  }
}

/** Fake Excel.ChartCollection of a worksheet. */
export class FakeChartCollection extends FakeWriteOnly<FakeSheet> implements XlChartCollection {
  protected readonly kind = "ChartCollection";
  get items(): FakeChartObject[] {
    return this.loadedValue("items");
  }
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChartObject {
    const source = sourceOf(sourceData);
    let created: FakeChart | undefined;
    this.queueSet("add", [type, source.wireId, seriesBy], (sheet) => {
      created = {
        name: `图表 ${sheet.charts.length + 1}`,
        type,
        series: [{ name: "", values: fullAddress(source.targetNow()) }],
      };
      sheet.charts.push(created);
    });
    return new FakeChartObject(this.ctx, () => created ?? fail(), this.target);
  }
  load(propertyNames: "items/name"[]): FakeChartCollection {
    let charts: FakeChart[] = [];
    this.ctx.enqueue({
      wire: { load: this.wireId, select: propertyNames },
      api: 1,
      location: "ChartCollection.load",
      apply: () => {
        charts = [...this.target().charts];
        return charts.map((c) => ({ name: c.name }));
      },
      commit: () => {
        this.acceptLoaded(
          "items",
          charts.map((c) => {
            const proxy = new FakeChartObject(this.ctx, () => c, this.target);
            proxy.acceptLoaded("name", c.name);
            return proxy;
          }),
        );
      },
    });
    return this;
  }
}
