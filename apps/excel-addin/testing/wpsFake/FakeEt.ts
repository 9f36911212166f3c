import type { CellRange, GridWorkbook } from "@zsyz/ledger";
import { parseRangeA1, rangeToA1 } from "../../src/office/address.js";
import { charsToPoints } from "../../src/office/buildSheetSteps.js";
import type {
  EtApplication,
  EtBorders,
  EtChartObjects,
  EtDocumentProperties,
  EtDocumentProperty,
  EtFont,
  EtFormatConditions,
  EtInterior,
  EtListObjects,
  EtPageSetup,
  EtRange,
  EtSheets,
  EtValidation,
  EtValue,
  EtValues,
  EtWindow,
  EtWorkbook,
  EtWorkbooks,
  EtWorksheet,
} from "../../src/wps/wpsApi.js";
import { FakeExcel } from "../fakeExcel/FakeExcel.js";
import type { FakeCell, FakeSheet, FakeTable } from "../fakeExcel/fakeState.js";
import {
  boundsOf,
  createSheet,
  hasAnything,
  intersects,
  peekCell,
  touchCell,
} from "../fakeExcel/fakeState.js";
import { parseTypedInput } from "../fakeExcel/typedInput.js";
import {
  bgrToRgb,
  ET_DEFAULT_ROW_HEIGHT,
  fakeBorders,
  fakeChartObjects,
  fakeFormatConditions,
  fakeListObjects,
  fakePageSetup,
  fakeValidation,
  FakeEtError,
  leftOf,
  rgbToBgr,
  topOf,
  type EtFeature,
  type EtHost,
  type RangeTarget,
} from "./fakeEtExtras.js";

/** How Value2 comes back for a one-row or one-column range: rows of cells, or (some builds) one flat array. */
type Value2Shape = "2d" | "flat";

/** Options of the WPS fake. */
interface FakeEtOptions {
  name?: string;
  /** Folder the workbook was saved in ("D:\\台账"); FullName is the name alone without it. */
  folder?: string;
  value2Shape?: Value2Shape;
  /** Parts of the object model this pretend build lacks: using them raises VBA's error 438. */
  missing?: readonly EtFeature[];
}

/** xlNone: no fill. */
const XL_NONE = -4142;
/** xlCalculationAutomatic, xlCalculationManual. */
const XL_AUTOMATIC = -4105;
const XL_MANUAL = -4135;
/** Longest text a custom document property holds (as in Excel's VBA). */
export const DOC_PROPERTY_TEXT_LIMIT = 255;

export { FakeEtError, bgrToRgb, rgbToBgr } from "./fakeEtExtras.js";
export type { EtFeature } from "./fakeEtExtras.js";

/**
 * A typed, synchronous in-memory WPS 表格: the slice of the ET object model in src/wps/wpsApi.ts
 * over the same sheet state as the Excel fake. Like WPS it parses strings written into cells not
 * formatted "@", returns Value2 as a scalar for one cell (and, with value2Shape "flat", one flat
 * array for a one-row or one-column range), returns nothing for empty cells, speaks colours as
 * BGR numbers, refuses Select on a sheet that is not active, freezes the active window's view,
 * and refuses custom document property text over 255 characters. Conditional formats read their
 * relative references from the active cell, validation refuses a rule over cells that have one
 * and lists over 255 characters, page setup fits to pages only with Zoom off, charts are placed
 * in points (fakeEtExtras.ts), Range.AutoFilter() toggles the sheet's filter buttons. `missing` pretends to be a build without some of those parts.
 * It counts every call.
 */
export class FakeEt implements EtApplication, EtHost {
  readonly sheets: FakeSheet[];
  readonly tables: FakeTable[] = [];
  readonly missing: ReadonlySet<EtFeature>;
  activeSheet: string;
  selection: { sheet: string; range: CellRange };
  /**
   * A chart or picture the user clicked, by name: Application.Selection is then that object
   * (no Cells, no Range members) instead of cells, as in VBA. Null: cells are selected.
   */
  selectedShape: string | null = null;
  /** 保护工作簿 (structure): Worksheets.Add fails. */
  structureProtected = false;
  readonly properties = new Map<string, string>();
  readonly value2Shape: Value2Shape;
  readonly Name = "WPS 表格";
  readonly Version = "12.1.0.17827";
  workbookName: string;
  workbookFullName: string;
  /** SplitRow/SplitColumn set on the window, applied by FreezePanes = true. */
  readonly pendingSplit = { rows: 0, columns: 0 };
  /** Object-model calls so far (each property read or write, each method). */
  calls = 0;
  private calculation = XL_AUTOMATIC;
  /**
   * Whether formulas may show stale results: a formula written while calculation is manual
   * waits for Calculate() or the switch back to automatic (VBA Application.Calculation). The
   * fake evaluates no formula; it keeps whether WPS would have.
   */
  stale = false;
  /** Cell writes made with calculation automatic: each one recalculates the workbook in WPS. */
  recalcWrites = 0;

  constructor(options: FakeEtOptions = {}) {
    this.workbookName = options.name ?? "工作簿1.xlsx";
    this.workbookFullName =
      options.folder === undefined ? this.workbookName : `${options.folder}\\${this.workbookName}`;
    this.value2Shape = options.value2Shape ?? "2d";
    this.missing = new Set(options.missing ?? []);
    this.sheets = [createSheet("Sheet1")];
    this.activeSheet = "Sheet1";
    this.selection = { sheet: "Sheet1", range: { top: 0, left: 0, bottom: 0, right: 0 } };
  }

  /** 另存为: the workbook goes on under another folder and name (FullName changes with it). */
  saveAs(folder: string, name: string): void {
    this.workbookName = name;
    this.workbookFullName = `${folder}\\${name}`;
  }

  /** Replaces the sheets with a grid workbook's, as the Excel fake loads it. */
  loadGrid(workbook: GridWorkbook): void {
    const excel = new FakeExcel();
    excel.loadGrid(workbook);
    this.sheets.splice(0, this.sheets.length, ...excel.state.sheets);
    this.activeSheet = this.sheets[0]!.name;
    this.selection = { sheet: this.activeSheet, range: { top: 0, left: 0, bottom: 0, right: 0 } };
  }

  /** The sheet of that name; throws for a test that names a missing one. */
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name} in the WPS fake`);
    return found;
  }

  /** The stored cell at an A1 address. */
  cell(sheet: string, address: string): FakeCell | undefined {
    const at = parseRangeA1(address)!;
    return peekCell(this.sheet(sheet), at.top, at.left);
  }

  tick(): void {
    this.calls += 1;
  }

  get Calculation(): number {
    this.require("Calculation");
    return this.calculation;
  }
  set Calculation(mode: number) {
    this.require("Calculation");
    if (mode !== XL_AUTOMATIC && mode !== XL_MANUAL)
      throw new FakeEtError(1004, `计算模式 ${mode}`);
    this.calculation = mode;
    if (mode === XL_AUTOMATIC) this.stale = false;
  }
  Calculate(): void {
    this.require("Calculation");
    this.stale = false;
  }
  /** Called by every cell write: in manual mode the sheet's formulas are not recalculated. */
  written(): void {
    if (this.calculation === XL_MANUAL) this.stale = true;
    else this.recalcWrites += 1;
  }

  require(feature: EtFeature): void {
    this.tick();
    if (this.missing.has(feature)) throw new FakeEtError(438, "对象不支持该属性或方法");
  }

  get ActiveWorkbook(): EtWorkbook {
    this.tick();
    return new FakeEtWorkbook(this);
  }
  get Workbooks(): EtWorkbooks {
    this.require("Workbooks");
    return { Count: 1, Item: () => this.ActiveWorkbook };
  }
  get ActiveSheet(): EtWorksheet {
    this.tick();
    return new FakeEtWorksheet(this, this.sheet(this.activeSheet));
  }
  get ActiveWindow(): EtWindow {
    this.tick();
    return new FakeEtWindow(this);
  }
  get Selection(): EtRange {
    this.tick();
    if (this.selectedShape !== null) return { Name: this.selectedShape } as unknown as EtRange;
    return new FakeEtRange(this, this.sheet(this.selection.sheet), this.selection.range);
  }
}

class FakeEtWorkbook implements EtWorkbook {
  constructor(private readonly app: FakeEt) {}
  get Name(): string {
    this.app.tick();
    return this.app.workbookName;
  }
  get FullName(): string {
    this.app.tick();
    return this.app.workbookFullName;
  }
  get ProtectStructure(): boolean {
    this.app.tick();
    return this.app.structureProtected;
  }
  get Worksheets(): EtSheets {
    this.app.tick();
    return new FakeEtSheets(this.app);
  }
  get CustomDocumentProperties(): EtDocumentProperties {
    this.app.tick();
    return new FakeEtProperties(this.app);
  }
}

class FakeEtSheets implements EtSheets {
  constructor(private readonly app: FakeEt) {}
  get Count(): number {
    this.app.tick();
    return this.app.sheets.length;
  }
  Item(index: number | string): EtWorksheet {
    this.app.tick();
    const sheet =
      typeof index === "number"
        ? this.app.sheets[index - 1]
        : this.app.sheets.find((s) => s.name.toLowerCase() === index.toLowerCase());
    if (!sheet) throw new FakeEtError(9, "下标越界");
    return new FakeEtWorksheet(this.app, sheet);
  }
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet {
    this.app.tick();
    // What WPS raises here is unconfirmed; the add-in checks ProtectStructure first.
    if (this.app.structureProtected) throw new FakeEtError(1004, "工作簿受保护，无法更改");
    let n = this.app.sheets.length + 1;
    while (this.app.sheets.some((s) => s.name === `Sheet${n}`)) n++;
    const sheet = createSheet(`Sheet${n}`);
    const anchor = (after ?? before) as FakeEtWorksheet | null | undefined;
    const at = anchor ? this.app.sheets.indexOf(anchor.target) + (after ? 1 : 0) : 0;
    this.app.sheets.splice(at, 0, sheet);
    // A new sheet becomes the active one, as in WPS and Excel.
    this.app.activeSheet = sheet.name;
    return new FakeEtWorksheet(this.app, sheet);
  }
}

class FakeEtWorksheet implements EtWorksheet {
  constructor(
    private readonly app: FakeEt,
    readonly target: FakeSheet,
  ) {}
  get Name(): string {
    this.app.tick();
    return this.target.name;
  }
  set Name(name: string) {
    this.app.tick();
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new FakeEtError(1004, "工作表名称无效");
    if (
      this.app.sheets.some((s) => s !== this.target && s.name.toLowerCase() === name.toLowerCase())
    )
      throw new FakeEtError(1004, "工作表名称已存在");
    if (this.app.activeSheet === this.target.name) this.app.activeSheet = name;
    this.target.name = name;
  }
  get UsedRange(): EtRange {
    this.app.tick();
    const range = boundsOf(this.target, hasAnything) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return new FakeEtRange(this.app, this.target, range);
  }
  Activate(): void {
    this.app.tick();
    this.app.activeSheet = this.target.name;
  }
  Range(address: string): EtRange {
    this.app.tick();
    const range = parseRangeA1(address.replace(/\$/g, ""));
    if (!range) throw new FakeEtError(1004, `地址无效：${address}`);
    return new FakeEtRange(this.app, this.target, range);
  }
  get PageSetup(): EtPageSetup {
    return fakePageSetup(this.app, this.target);
  }
  ChartObjects(): EtChartObjects {
    return fakeChartObjects(this.app, this.target);
  }
  get ListObjects(): EtListObjects {
    return fakeListObjects(this.app, this.target);
  }
  get AutoFilterMode(): boolean {
    this.app.require("AutoFilter");
    return this.target.autoFilter !== null;
  }
  set AutoFilterMode(on: boolean) {
    this.app.require("AutoFilter");
    // VBA: AutoFilterMode can be set to False (removing the buttons), never to True.
    if (on) throw new FakeEtError(1004, "不能将 AutoFilterMode 设为 True");
    this.target.autoFilter = null;
  }
  Delete(): void {
    this.app.tick();
    if (this.app.sheets.length === 1) throw new FakeEtError(1004, "工作簿至少要有一张工作表");
    this.app.sheets.splice(this.app.sheets.indexOf(this.target), 1);
    for (let i = this.app.tables.length - 1; i >= 0; i--)
      if (this.app.tables[i]!.sheet === this.target) this.app.tables.splice(i, 1);
    if (this.app.activeSheet === this.target.name) this.app.activeSheet = this.app.sheets[0]!.name;
  }
}

class FakeEtWindow implements EtWindow {
  constructor(private readonly app: FakeEt) {}
  private get view(): FakeSheet {
    return this.app.sheet(this.app.activeSheet);
  }
  get SplitRow(): number {
    return this.view.freeze.rows;
  }
  set SplitRow(n: number) {
    this.app.tick();
    this.app.pendingSplit.rows = n;
  }
  get SplitColumn(): number {
    return this.view.freeze.columns;
  }
  set SplitColumn(n: number) {
    this.app.tick();
    this.app.pendingSplit.columns = n;
  }
  get FreezePanes(): boolean {
    return this.view.freeze.rows + this.view.freeze.columns > 0;
  }
  set FreezePanes(on: boolean) {
    this.app.tick();
    // The freeze belongs to the active sheet's view, whichever sheet the caller meant.
    this.view.freeze = on ? { ...this.app.pendingSplit } : { rows: 0, columns: 0 };
  }
}

class FakeEtProperty implements EtDocumentProperty {
  constructor(
    private readonly app: FakeEt,
    readonly Name: string,
  ) {}
  get Value(): string {
    this.app.tick();
    return this.app.properties.get(this.Name) ?? "";
  }
  set Value(value: string | number | boolean) {
    this.app.tick();
    this.app.properties.set(this.Name, checkedText(String(value)));
  }
  Delete(): void {
    this.app.tick();
    this.app.properties.delete(this.Name);
  }
}

function checkedText(text: string): string {
  if (text.length > DOC_PROPERTY_TEXT_LIMIT)
    throw new FakeEtError(5, "文档属性的文本不能超过 255 个字符");
  return text;
}

class FakeEtProperties implements EtDocumentProperties {
  constructor(private readonly app: FakeEt) {}
  get Count(): number {
    this.app.tick();
    return this.app.properties.size;
  }
  Item(name: string | number): EtDocumentProperty | undefined {
    this.app.tick();
    const key = typeof name === "number" ? [...this.app.properties.keys()][name - 1] : name;
    return key !== undefined && this.app.properties.has(key)
      ? new FakeEtProperty(this.app, key)
      : undefined;
  }
  Add(name: string, _link: boolean, type: number, value: string): EtDocumentProperty {
    this.app.tick();
    if (type !== 4) throw new FakeEtError(5, "the fake keeps text properties only");
    if (this.app.properties.has(name)) throw new FakeEtError(5, "属性已存在");
    this.app.properties.set(name, checkedText(value));
    return new FakeEtProperty(this.app, name);
  }
}

class FakeEtRange implements EtRange {
  constructor(
    private readonly app: FakeEt,
    private readonly sheet: FakeSheet,
    private readonly range: CellRange,
  ) {}

  /** Where this range points, for the fake's parts that take a range (chart series, tables). */
  get fakeTarget(): RangeTarget {
    return { sheet: this.sheet, range: this.range };
  }
  get FormatConditions(): EtFormatConditions {
    return fakeFormatConditions(this.app, this.fakeTarget);
  }
  get Validation(): EtValidation {
    return fakeValidation(this.app, this.fakeTarget);
  }
  get Borders(): EtBorders {
    this.app.tick();
    return fakeBorders(this.app, this.fakeTarget);
  }
  get Left(): number {
    this.app.tick();
    return leftOf(this.sheet, this.range.left);
  }
  get Top(): number {
    this.app.tick();
    return topOf(this.sheet, this.range.top);
  }
  get Width(): number {
    this.app.tick();
    return leftOf(this.sheet, this.range.right + 1) - leftOf(this.sheet, this.range.left);
  }
  get Height(): number {
    this.app.tick();
    return topOf(this.sheet, this.range.bottom + 1) - topOf(this.sheet, this.range.top);
  }

  private get rows(): number {
    return this.range.bottom - this.range.top + 1;
  }
  private get cols(): number {
    return this.range.right - this.range.left + 1;
  }

  private shaped(pick: (cell: FakeCell | undefined) => EtValue): EtValues {
    const grid: EtValue[][] = [];
    for (let r = this.range.top; r <= this.range.bottom; r++) {
      const row: EtValue[] = [];
      for (let c = this.range.left; c <= this.range.right; c++)
        row.push(pick(peekCell(this.sheet, r, c)));
      grid.push(row);
    }
    if (this.rows === 1 && this.cols === 1) return grid[0]![0];
    if (this.app.value2Shape === "flat" && this.rows === 1) return grid[0]!;
    if (this.app.value2Shape === "flat" && this.cols === 1) return grid.map((r) => r[0]);
    return grid;
  }

  /** VBA refuses changes to cells, formats included, of a protected sheet with error 1004. */
  private assertWritable(): void {
    if (this.sheet.protected)
      throw new FakeEtError(1004, "您试图更改的单元格或图表在受保护的工作表中");
  }

  private write(value: EtValues, set: (cell: FakeCell, v: EtValue) => void): void {
    this.app.tick();
    this.assertWritable();
    this.app.written();
    const at = (r: number, c: number): EtValue => {
      if (!Array.isArray(value)) return value;
      const row = value[r];
      if (Array.isArray(row)) return row[c];
      // A flat array fills one row (or one column, when the range is one column).
      return this.rows === 1 ? (value as EtValue[])[c] : (value as EtValue[])[r];
    };
    for (let r = 0; r < this.rows; r++)
      for (let c = 0; c < this.cols; c++) {
        const v = at(r, c);
        const cell = touchCell(this.sheet, this.range.top + r, this.range.left + c);
        if (v === null || v === undefined || v === "") {
          delete cell.formula;
          cell.value = "";
        } else set(cell, v);
      }
  }

  get Value2(): EtValues {
    this.app.tick();
    return this.shaped((c) => (c === undefined || c.value === "" ? undefined : c.value));
  }
  set Value2(value: EtValues) {
    this.write(value, typedWrite);
  }
  get Formula(): EtValues {
    this.app.tick();
    return this.shaped((c) => c?.formula ?? (c === undefined || c.value === "" ? "" : c.value));
  }
  set Formula(value: EtValues) {
    this.write(value, typedWrite);
  }
  get NumberFormat(): string | null {
    this.app.tick();
    const formats = new Set<string>();
    for (let r = this.range.top; r <= this.range.bottom; r++)
      for (let c = this.range.left; c <= this.range.right; c++)
        formats.add(peekCell(this.sheet, r, c)?.numberFormat ?? "General");
    return formats.size === 1 ? [...formats][0]! : null;
  }
  set NumberFormat(format: string | null) {
    this.app.tick();
    this.assertWritable();
    for (let r = this.range.top; r <= this.range.bottom; r++)
      for (let c = this.range.left; c <= this.range.right; c++)
        touchCell(this.sheet, r, c).numberFormat = format ?? "General";
  }
  get Row(): number {
    this.app.tick();
    return this.range.top + 1;
  }
  get Column(): number {
    this.app.tick();
    return this.range.left + 1;
  }
  get Rows(): { Count: number } {
    this.app.tick();
    return { Count: this.rows };
  }
  get Columns(): { Count: number } {
    this.app.tick();
    return { Count: this.cols };
  }
  get MergeCells(): boolean | null {
    this.app.tick();
    let merged = 0;
    for (let r = this.range.top; r <= this.range.bottom; r++)
      for (let c = this.range.left; c <= this.range.right; c++) if (this.mergeAt(r, c)) merged++;
    return merged === 0 ? false : merged === this.rows * this.cols ? true : null;
  }
  get MergeArea(): EtRange {
    this.app.tick();
    const m = this.mergeAt(this.range.top, this.range.left);
    return new FakeEtRange(this.app, this.sheet, m ?? this.range);
  }
  private mergeAt(r: number, c: number): CellRange | undefined {
    return this.sheet.merges.find(
      (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right,
    );
  }
  get Interior(): EtInterior {
    this.app.tick();
    const cells = () => {
      this.assertWritable();
      return this.each();
    };
    const first = () => peekCell(this.sheet, this.range.top, this.range.left);
    return {
      get Color() {
        const fill = first()?.fill;
        return fill === undefined ? 0xffffff : rgbToBgr(fill);
      },
      set Color(bgr: number) {
        for (const cell of cells()) cell.fill = bgrToRgb(bgr);
      },
      get ColorIndex() {
        return first()?.fill === undefined ? XL_NONE : 1;
      },
      set ColorIndex(index: number) {
        if (index === XL_NONE) for (const cell of cells()) delete cell.fill;
      },
    };
  }
  get Font(): EtFont {
    this.app.tick();
    const cells = () => this.each();
    const first = () => peekCell(this.sheet, this.range.top, this.range.left);
    return {
      get Bold() {
        return first()?.bold ?? false;
      },
      set Bold(bold: boolean) {
        for (const cell of cells()) cell.bold = bold;
      },
      get Color() {
        const color = first()?.fontColor;
        return color === undefined ? 0 : rgbToBgr(color);
      },
      set Color(bgr: number) {
        for (const cell of cells()) cell.fontColor = bgrToRgb(bgr);
      },
    };
  }
  private each(): FakeCell[] {
    const out: FakeCell[] = [];
    for (let r = this.range.top; r <= this.range.bottom; r++)
      for (let c = this.range.left; c <= this.range.right; c++)
        out.push(touchCell(this.sheet, r, c));
    return out;
  }
  get WrapText(): boolean | null {
    this.app.tick();
    return peekCell(this.sheet, this.range.top, this.range.left)?.wrap ?? false;
  }
  set WrapText(wrap: boolean | null) {
    this.app.tick();
    for (const cell of this.each()) cell.wrap = wrap === true;
  }
  get ColumnWidth(): number | null {
    this.app.tick();
    return null;
  }
  set ColumnWidth(chars: number | null) {
    this.app.tick();
    // Stored in points like the Excel fake's, so both writers compare.
    for (let c = this.range.left; c <= this.range.right; c++)
      this.sheet.columnWidths.set(c, charsToPoints(chars ?? 8.43));
  }
  get RowHeight(): number | null {
    this.app.tick();
    return this.sheet.rowHeights.get(this.range.top) ?? ET_DEFAULT_ROW_HEIGHT;
  }
  set RowHeight(points: number | null) {
    this.app.tick();
    for (let r = this.range.top; r <= this.range.bottom; r++)
      this.sheet.rowHeights.set(r, points ?? ET_DEFAULT_ROW_HEIGHT);
  }
  get EntireRow(): { Hidden: boolean | null } {
    this.app.tick();
    let hidden = 0;
    for (let r = this.range.top; r <= this.range.bottom; r++)
      if (this.sheet.hiddenRows.has(r)) hidden++;
    return { Hidden: hidden === 0 ? false : hidden === this.rows ? true : null };
  }
  Address(rowAbsolute = true, columnAbsolute = true): string {
    this.app.tick();
    const a1 = rangeToA1(this.range);
    return rowAbsolute && columnAbsolute ? a1.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2") : a1;
  }
  Select(): void {
    this.app.tick();
    // VBA's Range.Select fails with 1004 unless the range's sheet is the active one.
    if (this.app.activeSheet !== this.sheet.name)
      throw new FakeEtError(1004, "Range 类的 Select 方法无效");
    this.app.selection = { sheet: this.sheet.name, range: this.range };
    this.app.selectedShape = null;
  }
  Merge(across = false): void {
    this.app.tick();
    const parts = across
      ? Array.from({ length: this.rows }, (_, i) => ({
          ...this.range,
          top: this.range.top + i,
          bottom: this.range.top + i,
        }))
      : [this.range];
    this.sheet.merges = [
      ...this.sheet.merges.filter((m) => !parts.some((p) => intersects(m, p))),
      ...parts,
    ];
  }
  Clear(): void {
    this.app.tick();
    for (let r = this.range.top; r <= this.range.bottom; r++) {
      const row = this.sheet.rows[r];
      if (row) for (let c = this.range.left; c <= this.range.right; c++) delete row[c];
    }
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.range));
    // Clearing formats takes the conditional formats lying inside the range, as in Excel.
    const r = this.range;
    this.sheet.conditionalFormats = this.sheet.conditionalFormats.filter(
      (cf) =>
        !(
          cf.range.top >= r.top &&
          cf.range.bottom <= r.bottom &&
          cf.range.left >= r.left &&
          cf.range.right <= r.right
        ),
    );
  }
  AutoFilter(): boolean {
    this.app.require("AutoFilter");
    // Without arguments VBA's Range.AutoFilter toggles: a sheet with buttons loses them.
    this.sheet.autoFilter = this.sheet.autoFilter === null ? this.range : null;
    return true;
  }
  Cells(row: number, column: number): EtRange {
    this.app.tick();
    const r = this.range.top + row - 1;
    const c = this.range.left + column - 1;
    return new FakeEtRange(this.app, this.sheet, { top: r, bottom: r, left: c, right: c });
  }
}

/** A value as WPS stores typed input: text stays text in "@" cells, else Excel-style parsing. */
function typedWrite(cell: FakeCell, value: EtValue): void {
  if (typeof value !== "string") {
    delete cell.formula;
    cell.value = value as number | boolean;
    return;
  }
  if (cell.numberFormat === "@") {
    delete cell.formula;
    cell.value = value;
    return;
  }
  const typed = parseTypedInput(value);
  delete cell.formula;
  if (typed.kind === "formula") {
    cell.formula = typed.formula;
    cell.value = "";
  } else if (typed.kind === "text") cell.value = typed.text;
  else {
    cell.value = typed.value;
    if (
      typed.kind === "number" &&
      typed.numberFormat &&
      (cell.numberFormat ?? "General") === "General"
    )
      cell.numberFormat = typed.numberFormat;
  }
}
