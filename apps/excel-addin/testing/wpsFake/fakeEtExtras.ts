// The parts of the WPS fake beyond cells: conditional formats, data validation, borders, page
// setup, charts and tables, kept in the same sheet state as the Excel fake's (fakeState.ts) so a
// plan written through either writer can be compared field by field. Each follows VBA's object
// model, which the WPS 开放平台 documents for 加载项 (solution.wps.cn/docs/client/api/Excel/,
// airsheet.wps.cn/docs/apiV2/excel/): numbers for enums, BGR colours, points for positions.
import { toA1, type CellRange } from "@zsyz/ledger";
import { quoteSheetName, rangeToA1 } from "../../src/office/address.js";
import type {
  EtBorders,
  EtChart,
  EtChartObject,
  EtChartObjects,
  EtFormatCondition,
  EtFormatConditions,
  EtListObject,
  EtListObjects,
  EtPageSetup,
  EtRange,
  EtSeries,
  EtSeriesCollection,
  EtValidation,
} from "../../src/wps/wpsApi.js";
import type {
  FakeChart,
  FakeConditionalFormat,
  FakeSheet,
  FakeTable,
  FakeValidation,
} from "../fakeExcel/fakeState.js";
import {
  DEFAULT_COLUMN_WIDTH,
  intersects,
  subtractRange,
  touchCell,
} from "../fakeExcel/fakeState.js";

/** A part of the object model some WPS builds lack; the fake can be told to lack it too. */
export type EtFeature =
  | "FormatConditions"
  | "Validation"
  | "PageSetup"
  | "ChartObjects"
  | "ListObjects"
  | "Calculation"
  | "AutoFilter"
  | "Workbooks";

/** What the parts below need of the fake application. */
export interface EtHost {
  tick(): void;
  activeSheet: string;
  selection: { sheet: string; range: CellRange };
  readonly tables: FakeTable[];
  readonly sheets: FakeSheet[];
  /** Throws VBA's error 438 when the fake pretends this build lacks the feature. */
  require(feature: EtFeature): void;
}

/** A VBA run-time error, as WPS raises it to a JS 加载项 (an Error with a number and a message). */
export class FakeEtError extends Error {
  constructor(
    readonly number: number,
    message: string,
  ) {
    super(message);
  }
}

/** "#RRGGBB" → BGR number, as WPS and VBA colours are. */
export function rgbToBgr(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** BGR number → "#RRGGBB". */
export function bgrToRgb(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, "0").toUpperCase()}`;
}

/** A row's height in the fake when none was set, in points (WPS's 宋体 11 pt default). */
export const ET_DEFAULT_ROW_HEIGHT = 13.5;

const columnWidth = (sheet: FakeSheet, c: number) =>
  sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
const rowHeight = (sheet: FakeSheet, r: number) => sheet.rowHeights.get(r) ?? ET_DEFAULT_ROW_HEIGHT;

/** Points from the sheet's left edge to column `col`'s left edge. */
export function leftOf(sheet: FakeSheet, col: number): number {
  let x = 0;
  for (let c = 0; c < col; c++) x += columnWidth(sheet, c);
  return x;
}

/** Points from the sheet's top edge to row `row`'s top edge. */
export function topOf(sheet: FakeSheet, row: number): number {
  let y = 0;
  for (let r = 0; r < row; r++) y += rowHeight(sheet, r);
  return y;
}

/** The 0-based column whose span holds x points (a point on a border belongs to the right). */
function columnAt(sheet: FakeSheet, x: number): number {
  let c = 0;
  for (let edge = columnWidth(sheet, 0); edge <= x + 1e-9; edge += columnWidth(sheet, c)) c++;
  return c;
}

function rowAt(sheet: FakeSheet, y: number): number {
  let r = 0;
  for (let edge = rowHeight(sheet, 0); edge <= y + 1e-9; edge += rowHeight(sheet, r)) r++;
  return r;
}

// A cell reference not inside a name or string, and not a function name such as LOG10(.
const REFERENCE =
  /("(?:[^"]|"")*")|('(?:[^']|'')+'!)|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The formula with its relative references moved by rows and columns; $-anchored parts stay. */
export function moveReferences(formula: string, rows: number, cols: number): string {
  return formula.replace(
    REFERENCE,
    (whole, str?: string, sheet?: string, colAbs = "", col = "", rowAbs = "", row = "") => {
      if (str !== undefined || sheet !== undefined) return whole;
      const c = colAbs ? col : columnLetters(columnNumber(col) + cols);
      const r = rowAbs ? row : String(Number(row) + rows);
      return `${colAbs}${c}${rowAbs}${r}`;
    },
  );
}

/** Where a fake range points: the other parts of the fake take ranges as arguments. */
export interface RangeTarget {
  sheet: FakeSheet;
  range: CellRange;
}

function targetOf(value: unknown): RangeTarget {
  if (typeof value === "object" && value !== null && "fakeTarget" in value)
    return (value as { fakeTarget: RangeTarget }).fakeTarget;
  throw new FakeEtError(13, "类型不匹配：需要单元格区域");
}

const full = (t: RangeTarget) => `${quoteSheetName(t.sheet.name)}!${rangeToA1(t.range)}`;

/** FormatConditions of a range: xlExpression (2) rules only, the one type the add-in writes. */
export function fakeFormatConditions(host: EtHost, at: RangeTarget): EtFormatConditions {
  host.require("FormatConditions");
  const { sheet, range } = at;
  const inside = (cf: FakeConditionalFormat) => intersects(cf.range, range);
  return {
    get Count() {
      host.tick();
      return sheet.conditionalFormats.filter(inside).length;
    },
    Add(type, _operator, formula1) {
      host.tick();
      if (type !== 2 || formula1 === undefined)
        throw new FakeEtError(5, "the fake keeps xlExpression rules only");
      // VBA reads Formula1's relative references from the active cell; the fake keeps the rule
      // as Excel shows it, written for the range's top-left cell.
      const active = host.activeSheet === sheet.name ? host.selection.range : range;
      const formula = moveReferences(formula1, range.top - active.top, range.left - active.left);
      // New rules come last (lowest priority); the fake keeps Excel's 0-based priority.
      const rule: FakeConditionalFormat = {
        range,
        formula,
        priority: sheet.conditionalFormats.length,
      };
      sheet.conditionalFormats.push(rule);
      return conditionOf(host, rule);
    },
    Delete() {
      host.tick();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !inside(cf));
    },
  };
}

function conditionOf(host: EtHost, rule: FakeConditionalFormat): EtFormatCondition {
  return {
    Interior: {
      get Color() {
        return rule.fill === undefined ? 0xffffff : rgbToBgr(rule.fill);
      },
      set Color(bgr: number) {
        host.tick();
        rule.fill = bgrToRgb(bgr);
      },
    },
    Font: {
      get Color() {
        return rule.fontColor === undefined ? 0 : rgbToBgr(rule.fontColor);
      },
      set Color(bgr: number) {
        host.tick();
        rule.fontColor = bgrToRgb(bgr);
      },
    },
    get Priority() {
      return rule.priority + 1;
    },
    set Priority(p: number) {
      host.tick();
      rule.priority = p - 1;
    },
  };
}

const ALERT_STYLES: Readonly<Record<number, string>> = {
  1: "Stop",
  2: "Warning",
  3: "Information",
};

/** Validation of a range: list rules (xlValidateList = 3) with their error alert. */
export function fakeValidation(host: EtHost, at: RangeTarget): EtValidation {
  host.require("Validation");
  const { sheet, range } = at;
  const covering = () => sheet.validations.filter((v) => intersects(v.range, range));
  const each = (set: (v: FakeValidation) => void) => {
    host.tick();
    for (const v of covering()) set(v);
  };
  const alert = (v: FakeValidation) =>
    (v.errorAlert ??= { message: "", showAlert: true, style: "Stop", title: "" });
  const first = () => covering()[0];
  return {
    Add(type, alertStyle = 1, _operator, formula1) {
      host.tick();
      if (type !== 3 || formula1 === undefined)
        throw new FakeEtError(5, "the fake keeps list rules only");
      // VBA raises 1004 for a rule over cells that have one, and for a list over 255 characters.
      if (covering().length > 0) throw new FakeEtError(1004, "应用程序定义或对象定义的错误");
      if (formula1.length > 255) throw new FakeEtError(1004, "序列来源不能超过 255 个字符");
      sheet.validations.push({
        range,
        rule: { list: { inCellDropDown: true, source: formula1 } },
        errorAlert: {
          message: "",
          showAlert: true,
          style: ALERT_STYLES[alertStyle] ?? "Stop",
          title: "",
        },
      });
    },
    Delete() {
      host.tick();
      sheet.validations = sheet.validations.flatMap((v) =>
        subtractRange(v.range, range).map((rest) => ({ ...v, range: rest })),
      );
    },
    get InCellDropdown() {
      return first()?.rule.list?.inCellDropDown ?? true;
    },
    set InCellDropdown(on: boolean) {
      each((v) => {
        if (v.rule.list) v.rule.list.inCellDropDown = on;
      });
    },
    get ShowError() {
      return first()?.errorAlert?.showAlert ?? true;
    },
    set ShowError(on: boolean) {
      each((v) => void (alert(v).showAlert = on));
    },
    get ErrorTitle() {
      return first()?.errorAlert?.title ?? "";
    },
    set ErrorTitle(title: string) {
      each((v) => void (alert(v).title = title));
    },
    get ErrorMessage() {
      return first()?.errorAlert?.message ?? "";
    },
    set ErrorMessage(message: string) {
      each((v) => void (alert(v).message = message));
    },
  };
}

/** Borders of a range: a continuous line (1) marks every cell in the colour, xlNone (-4142) clears. */
export function fakeBorders(host: EtHost, at: RangeTarget): EtBorders {
  let colour = 0;
  const cells = () => {
    const out = [];
    for (let r = at.range.top; r <= at.range.bottom; r++)
      for (let c = at.range.left; c <= at.range.right; c++) out.push(touchCell(at.sheet, r, c));
    return out;
  };
  return {
    get LineStyle() {
      return cells().every((c) => c.border !== undefined) ? 1 : -4142;
    },
    set LineStyle(style: number) {
      host.tick();
      for (const cell of cells())
        if (style === -4142) delete cell.border;
        else cell.border ??= bgrToRgb(colour);
    },
    get Color() {
      return colour;
    },
    set Color(bgr: number) {
      host.tick();
      colour = bgr;
      for (const cell of cells()) if (cell.border !== undefined) cell.border = bgrToRgb(bgr);
    },
  };
}

const ORIENTATIONS: Readonly<Record<number, string>> = { 1: "Portrait", 2: "Landscape" };
const PAPER_SIZES: Readonly<Record<number, string>> = { 8: "A3", 9: "A4", 11: "A5" };

/**
 * PageSetup of a sheet, recorded as the Excel fake records PageLayout: FitToPages only count
 * once Zoom is false (VBA: "If the Zoom property is True, FitToPagesWide is ignored").
 */
export function fakePageSetup(host: EtHost, sheet: FakeSheet): EtPageSetup {
  host.require("PageSetup");
  const fit = { wide: 1 as number | false, tall: 1 as number | false, zoom: 100 as number | false };
  const record = () => {
    if (fit.zoom !== false) delete sheet.print.zoom;
    else
      sheet.print.zoom = {
        horizontalFitToPages: fit.wide === false ? 0 : fit.wide,
        verticalFitToPages: fit.tall === false ? 0 : fit.tall,
      };
  };
  return {
    get Orientation() {
      return sheet.print.orientation === "Landscape" ? 2 : 1;
    },
    set Orientation(v: number) {
      host.tick();
      sheet.print.orientation = ORIENTATIONS[v] ?? fail(`Orientation ${v}`);
    },
    get PaperSize() {
      return 9;
    },
    set PaperSize(v: number) {
      host.tick();
      sheet.print.paperSize = PAPER_SIZES[v] ?? fail(`PaperSize ${v}`);
    },
    get Zoom() {
      return fit.zoom;
    },
    set Zoom(v: number | false) {
      host.tick();
      fit.zoom = v;
      record();
    },
    get FitToPagesWide() {
      return fit.wide;
    },
    set FitToPagesWide(v: number | false) {
      host.tick();
      fit.wide = v;
      record();
    },
    get FitToPagesTall() {
      return fit.tall;
    },
    set FitToPagesTall(v: number | false) {
      host.tick();
      fit.tall = v;
      record();
    },
    get PrintTitleRows() {
      return sheet.print.titleRows ?? "";
    },
    set PrintTitleRows(rows: string) {
      host.tick();
      if (!/^\$\d+:\$\d+$/.test(rows)) fail(`PrintTitleRows ${rows}`);
      sheet.print.titleRows = rows;
    },
  };
}

function fail(what: string): never {
  throw new FakeEtError(1004, `the fake does not take ${what}`);
}

/**
 * ChartObjects of a sheet. A chart is recorded as the Excel fake records one: the cells under
 * its frame's corners, its type (51 → "ColumnClustered"), title, series sources and axis format.
 */
export function fakeChartObjects(host: EtHost, sheet: FakeSheet): EtChartObjects {
  host.require("ChartObjects");
  const objectOf = (chart: FakeChart): EtChartObject => ({
    Chart: chartOf(host, chart),
    Delete() {
      host.tick();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    },
  });
  return {
    get Count() {
      host.tick();
      return sheet.charts.length;
    },
    Item(index) {
      host.tick();
      const chart = sheet.charts[index - 1];
      if (!chart) throw new FakeEtError(9, "下标越界");
      return objectOf(chart);
    },
    Add(left, top, width, height) {
      host.tick();
      const from = toA1(rowAt(sheet, top), columnAt(sheet, left));
      // The bottom-right corner lies on the last covered cell's far edges.
      const to = toA1(rowAt(sheet, top + height - 0.01), columnAt(sheet, left + width - 0.01));
      // A new embedded chart may come with the selection plotted in it, when the selection is
      // on that sheet and holds data: public scripts that add charts through ChartObjects().Add
      // delete the series it came with before adding their own.
      const selected = host.activeSheet === sheet.name ? host.selection.range : undefined;
      const series =
        selected && hasValue(sheet, selected)
          ? [{ name: "", values: full({ sheet, range: selected }) }]
          : [];
      const chart: FakeChart = {
        name: `图表 ${sheet.charts.length + 1}`,
        type: "",
        series,
        position: { from, to },
      };
      sheet.charts.push(chart);
      return objectOf(chart);
    },
  };
}

function hasValue(sheet: FakeSheet, range: CellRange): boolean {
  for (let r = range.top; r <= range.bottom; r++)
    for (let c = range.left; c <= range.right; c++) {
      const cell = sheet.rows[r]?.[c];
      if (cell && (cell.value !== "" || cell.formula !== undefined)) return true;
    }
  return false;
}

const CHART_TYPES: Readonly<Record<number, string>> = { 51: "ColumnClustered", 4: "Line" };

function chartOf(host: EtHost, chart: FakeChart): EtChart {
  let hasTitle = false;
  const seriesOf = (s: FakeChart["series"][number]): EtSeries => ({
    get Name() {
      return s.name;
    },
    set Name(name: string) {
      host.tick();
      s.name = name;
    },
    get Values() {
      return s.values ?? "";
    },
    set Values(v: EtRange | string) {
      host.tick();
      s.values = full(targetOf(v));
    },
    get XValues() {
      return s.categories ?? "";
    },
    set XValues(v: EtRange | string) {
      host.tick();
      s.categories = full(targetOf(v));
    },
    Delete() {
      host.tick();
      chart.series = chart.series.filter((x) => x !== s);
    },
  });
  const collection: EtSeriesCollection = {
    get Count() {
      return chart.series.length;
    },
    Item(index) {
      const s = chart.series[index - 1];
      if (!s) throw new FakeEtError(9, "下标越界");
      return seriesOf(s);
    },
    NewSeries() {
      host.tick();
      const s = { name: "" };
      chart.series.push(s);
      return seriesOf(s);
    },
  };
  return {
    get ChartType() {
      return Number(Object.entries(CHART_TYPES).find(([, t]) => t === chart.type)?.[0] ?? 0);
    },
    set ChartType(type: number) {
      host.tick();
      chart.type = CHART_TYPES[type] ?? fail(`ChartType ${type}`);
    },
    get HasTitle() {
      return hasTitle;
    },
    set HasTitle(on: boolean) {
      host.tick();
      hasTitle = on;
      if (!on) delete chart.title;
    },
    ChartTitle: {
      get Text() {
        return chart.title ?? "";
      },
      set Text(text: string) {
        host.tick();
        // VBA: the title exists only after HasTitle = True.
        if (!hasTitle) throw new FakeEtError(1004, "图表没有标题");
        chart.title = text;
      },
    },
    SeriesCollection: () => collection,
    Axes(type) {
      if (type !== 2) fail(`Axes(${type})`);
      return {
        TickLabels: {
          get NumberFormat() {
            return chart.valueAxisNumberFormat ?? "General";
          },
          set NumberFormat(format: string) {
            host.tick();
            chart.valueAxisNumberFormat = format;
          },
        },
      };
    },
  };
}

/** ListObjects of a sheet: a table over a range with headers, unique names across the workbook. */
export function fakeListObjects(host: EtHost, sheet: FakeSheet): EtListObjects {
  host.require("ListObjects");
  const mine = () => host.tables.filter((t) => t.sheet === sheet);
  const objectOf = (table: FakeTable): EtListObject => ({
    get Name() {
      return table.name;
    },
    set Name(name: string) {
      host.tick();
      if (host.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase()))
        throw new FakeEtError(1004, "表名称已存在");
      table.name = name;
    },
    get TableStyle() {
      return table.style;
    },
    set TableStyle(style: string) {
      host.tick();
      table.style = style;
    },
  });
  return {
    get Count() {
      host.tick();
      return mine().length;
    },
    Item(index) {
      host.tick();
      const table = mine()[index - 1];
      if (!table) throw new FakeEtError(9, "下标越界");
      return objectOf(table);
    },
    Add(sourceType, source, _link, hasHeaders) {
      host.tick();
      const at = targetOf(source);
      if (sourceType !== 1 || hasHeaders !== 1 || at.sheet !== sheet)
        fail("tables other than a range of this sheet with headers");
      if (host.tables.some((t) => t.sheet === sheet && intersects(t.range, at.range)))
        throw new FakeEtError(1004, "表不能与其他表重叠");
      let n = host.tables.length + 1;
      while (host.tables.some((t) => t.name === `表${n}`)) n++;
      const table: FakeTable = {
        name: `表${n}`,
        sheet,
        range: at.range,
        style: "TableStyleMedium2",
        showBandedRows: true,
        showFilterButton: true,
      };
      host.tables.push(table);
      return objectOf(table);
    },
  };
}
