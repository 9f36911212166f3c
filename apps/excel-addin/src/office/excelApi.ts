// The slice of the Excel JavaScript API the add-in uses, written out as our own interfaces.
// The real `Excel.RequestContext` must stay assignable to `XlRequestContext` (checked at the
// bottom of this file), so the adapter cannot call anything the real API lacks, and the
// in-memory fake (./fake) implements exactly this surface and nothing more.

/** Properties the adapter loads on a range; a typo fails to compile instead of failing in Excel. */
export type RangeLoadable =
  | "address"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "values"
  | "formulas"
  | "numberFormat"
  | "text"
  | "rowHidden"
  | "format/fill/color"
  | "format/fill/pattern"
  | "format/font/color"
  | "format/font/bold"
  | "format/columnWidth"
  | "format/rowHeight"
  | "dataValidation/type"
  | "dataValidation/rule";

/** Fill of a range: `color` is "#RRGGBB" ("#FFFFFF" when there is no fill, then `pattern` is "None"). */
export interface XlRangeFill {
  color: string;
  pattern: string;
  clear(): void;
}

/** Font of a range. */
export interface XlRangeFont {
  bold: boolean;
  color: string;
}

/** Which edge of a range a border is on. */
export type XlBorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/** One border of a range: `style` "Continuous" or "None", `color` "#RRGGBB". */
export interface XlRangeBorder {
  style: string;
  color: string;
}

/** The borders of a range, by edge. */
export interface XlRangeBorderCollection {
  getItem(index: XlBorderIndex): XlRangeBorder;
}

/** Format of a range; widths and heights are in points. */
export interface XlRangeFormat {
  readonly fill: XlRangeFill;
  readonly font: XlRangeFont;
  readonly borders: XlRangeBorderCollection;
  columnWidth: number;
  rowHeight: number;
  wrapText: boolean;
}

/** A list rule: `source` is the comma-separated choices. */
interface XlListValidation {
  inCellDropDown: boolean;
  source: string | XlRange;
}

/** The one data-validation rule kind the add-in writes. */
export interface XlValidationRule {
  list?: XlListValidation;
}

/** What Excel shows when a value outside the rule is typed. */
export interface XlValidationAlert {
  message: string;
  showAlert: boolean;
  style: string;
  title: string;
}

/** Data validation of a range. */
export interface XlDataValidation {
  rule: XlValidationRule;
  errorAlert: XlValidationAlert;
  readonly type: string;
  clear(): void;
}

/** Colour of a conditional format's fill or font. */
export interface XlConditionalColor {
  color: string;
}

/** What a conditional format applies: fill and font colour. */
export interface XlConditionalRangeFormat {
  readonly fill: XlConditionalColor;
  readonly font: XlConditionalColor;
}

/** A "use a formula" rule: `formula` is written for the range's top-left cell. */
export interface XlCustomConditionalFormat {
  readonly rule: { formula: string };
  readonly format: XlConditionalRangeFormat;
}

/** One conditional format of a range (ExcelApi 1.6). */
export interface XlConditionalFormat {
  readonly custom: XlCustomConditionalFormat;
  priority: number;
}

/** The conditional formats of a range; the add-in adds formula rules only. */
export interface XlConditionalFormatCollection {
  add(type: "Custom"): XlConditionalFormat;
}

/** A rectangular range of one worksheet. */
export interface XlRange {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly text: string[][];
  rowHidden: boolean;
  readonly isNullObject: boolean;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;
  load(propertyNames: RangeLoadable[]): XlRange;
  select(): void;
  getCell(row: number, column: number): XlRange;
  getRow(row: number): XlRange;
  getMergedAreasOrNullObject(): XlRangeAreas;
  getSpecialCellsOrNullObject(cellType: "Formulas" | "Visible"): XlRangeAreas;
  /** Empties the range: contents and formats ("All"), or one of them. */
  clear(applyTo?: "All" | "Contents" | "Formats"): void;
  /** Merges the range into one cell (across: one merge per row instead). ExcelApi 1.2. */
  merge(across?: boolean): void;
}

/** The ranges of a RangeAreas, as a loadable collection. */
interface XlRangeCollection {
  readonly items: XlRange[];
}

/** Several ranges of one worksheet (merged areas, formula cells). */
export interface XlRangeAreas {
  readonly address: string;
  readonly isNullObject: boolean;
  readonly areas: XlRangeCollection;
  load(
    propertyNames: (
      "address" | "areas/items/address" | "areas/items/formulas" | "areas/items/values"
    )[],
  ): XlRangeAreas;
}

/** An Excel table (ListObject). */
export interface XlTable {
  name: string;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
  load(propertyNames: "name"[]): XlTable;
}

/** The tables of a worksheet or workbook. */
export interface XlTableCollection {
  readonly items: XlTable[];
  add(address: XlRange | string, hasHeaders: boolean): XlTable;
  load(propertyNames: "items/name"[]): XlTableCollection;
}

/** A cell note (the classic yellow note, ExcelApi 1.18). */
export interface XlNote {
  content: string;
  readonly isNullObject: boolean;
  delete(): void;
  load(propertyNames: "content"[]): XlNote;
}

/** The notes of a worksheet, keyed by cell address. */
export interface XlNoteCollection {
  add(cellAddress: XlRange | string, content: string): XlNote;
  getItemOrNullObject(key: string): XlNote;
}

/** Frozen panes of a worksheet. */
export interface XlFreezePanes {
  freezeRows(count?: number): void;
  freezeAt(frozenRange: XlRange | string): void;
  unfreeze(): void;
}

/** Protection state of a worksheet. */
export interface XlWorksheetProtection {
  readonly protected: boolean;
}

/** Page setup of a worksheet (ExcelApi 1.9); enum-valued members typed as the strings Excel takes. */
export interface XlPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number };
  setPrintTitleRows(rows: XlRange | string): void;
}

/** A worksheet's AutoFilter (ExcelApi 1.9): filter buttons on a range's first row, one per sheet. */
export interface XlAutoFilter {
  apply(range: XlRange | string): void;
  remove(): void;
}

/** One series of a chart (values and categories set from ranges, ExcelApi 1.7). */
export interface XlChartSeries {
  name: string;
  setValues(sourceData: XlRange): void;
  setXAxisValues(sourceData: XlRange): void;
}

/** The series of a chart. */
export interface XlChartSeriesCollection {
  add(name?: string, index?: number): XlChartSeries;
  getItemAt(index: number): XlChartSeries;
}

/** A chart on a worksheet. */
export interface XlChart {
  readonly name: string;
  readonly title: { text: string };
  readonly series: XlChartSeriesCollection;
  readonly axes: { readonly valueAxis: { numberFormat: string } };
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
  delete(): void;
}

/** The charts of a worksheet; `type` and `seriesBy` as the strings Excel takes ("ColumnClustered", "Columns"). */
export interface XlChartCollection {
  readonly items: XlChart[];
  add(type: string, sourceData: XlRange, seriesBy?: string): XlChart;
  load(propertyNames: "items/name"[]): XlChartCollection;
}

/** One worksheet. */
export interface XlWorksheet {
  name: string;
  /** Stays the same when the sheet is renamed; getItem takes it as well as the name. */
  readonly id: string;
  readonly isNullObject: boolean;
  readonly protection: XlWorksheetProtection;
  readonly tables: XlTableCollection;
  readonly freezePanes: XlFreezePanes;
  readonly notes: XlNoteCollection;
  readonly pageLayout: XlPageLayout;
  readonly charts: XlChartCollection;
  readonly autoFilter: XlAutoFilter;
  load(propertyNames: ("name" | "id" | "protection/protected")[]): XlWorksheet;
  activate(): void;
  /** Removes the worksheet (the 自检 scratch sheet). */
  delete(): void;
  getRange(address?: string): XlRange;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
}

/** The worksheets of a workbook. */
export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames: ("items/name" | "items/visibility")[]): XlWorksheetCollection;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  add(name?: string): XlWorksheet;
}

/** A document setting: a key and a JSON-serialisable value stored inside the workbook. */
export interface XlSetting {
  readonly key: string;
  value: unknown;
  readonly isNullObject: boolean;
  delete(): void;
  load(propertyNames: "value"[]): XlSetting;
}

/** The document settings of a workbook (ExcelApi 1.4). */
export interface XlSettingCollection {
  add(key: string, value: string | number | boolean): XlSetting;
  getItemOrNullObject(key: string): XlSetting;
}

/** The Excel application, for calculation control. */
export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
  /** Recalculates the open workbooks (ExcelApi 1.1); owed after writes with calculation suspended. */
  calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void;
}

/** Whether the workbook's structure is protected (审阅 → 保护工作簿): no sheet may be added. */
export interface XlWorkbookProtection {
  readonly protected: boolean;
}

/** The workbook. */
export interface XlWorkbook {
  readonly name: string;
  /** ExcelApi 1.7, the manifest's minimum. */
  readonly protection: XlWorkbookProtection;
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  readonly settings: XlSettingCollection;
  readonly application: XlApplication;
  load(propertyNames: ("name" | "protection/protected")[]): XlWorkbook;
  /** The selected cells of the active sheet. */
  getSelectedRange(): XlRange;
}

/** The request context of one `Excel.run` batch. */
export interface XlRequestContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

// Compile-time proof that the real API has everything above with compatible types: if a
// property is renamed or retyped here, typecheck fails on this line rather than in Excel.
type AssertAssignable<_Real extends Target, Target> = true;
type _RealContextFitsSubset = AssertAssignable<Excel.RequestContext, XlRequestContext>;
