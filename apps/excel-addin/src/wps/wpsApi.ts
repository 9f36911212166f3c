// The slice of the WPS 表格 (ET) object model the WPS host uses, written out as our own
// interfaces, as excelApi.ts does for Office.js. WPS 加载项 expose a synchronous, VBA-style model
// (window.Application in current builds, wps.EtApplication() in older ones): every property read
// and method call goes to WPS at once, there is no batching and no sync().
//
// Checked against public WPS 加载项 samples; what only a real WPS can confirm is listed in the
// README ("WPS 表格加载项"): the shape of Value2 (a 2-D array, a 1-D array for one row or column
// in some builds, a scalar for one cell — readWpsGrid normalises all three), empty cells
// (undefined, null or ""), colours as BGR numbers (0xBBGGRR), and custom document property
// strings limited to 255 characters as in Excel's VBA (settings are stored in chunks).

/** A cell value as Value2 gives it: numbers (dates as serials), text, booleans; empty as nothing. */
export type EtValue = string | number | boolean | null | undefined;

/** What Value2/Formula return: a scalar for one cell, else rows (or, in some builds, one flat row). */
export type EtValues = EtValue | EtValue[] | EtValue[][];

/** Interior (fill) of a range: Color is BGR; ColorIndex -4142 (xlNone) means no fill. */
export interface EtInterior {
  Color: number;
  ColorIndex: number;
}

/** Font of a range: Color is BGR. */
export interface EtFont {
  Bold: boolean;
  Color: number;
}

/** A range's collection of rows or columns; only its size is used. */
export interface EtRangeCount {
  readonly Count: number;
}

/**
 * One "use a formula" conditional format (FormatConditions.Add(xlExpression, , "=…")): colours
 * BGR; Priority 1 is applied first (VBA FormatCondition.Priority).
 */
export interface EtFormatCondition {
  readonly Interior: { Color: number };
  readonly Font: { Color: number };
  Priority: number;
}

/**
 * A range's conditional formats. WPS 开放平台 documents Add(Type, Operator, Formula1, Formula2)
 * as VBA's (solution.wps.cn/docs/client/api/Excel/FormatConditions.html); a relative reference
 * in Formula1 is taken relative to the active cell, as in VBA, so the writer selects the range's
 * top-left cell first.
 */
export interface EtFormatConditions {
  readonly Count: number;
  Add(type: number, operator?: number, formula1?: string, formula2?: string): EtFormatCondition;
  Delete(): void;
}

/**
 * A range's data validation (VBA Validation; airsheet.wps.cn apiV2 Validation.Add):
 * Add(Type, AlertStyle, Operator, Formula1) with Formula1 a comma-separated list for
 * xlValidateList (at most 255 characters); adding over an existing rule fails, so Delete first.
 */
export interface EtValidation {
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string): void;
  Delete(): void;
  InCellDropdown: boolean;
  ShowError: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
}

/** A range's borders as one collection: LineStyle and Color set every edge, inside ones too. */
export interface EtBorders {
  LineStyle: number;
  Color: number;
}

/** A rectangular range of one worksheet. */
export interface EtRange {
  Value2: EtValues;
  Formula: EtValues;
  /** One format for the whole range when written; read back, null when its cells differ. */
  NumberFormat: string | null;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtRangeCount;
  readonly Columns: EtRangeCount;
  /** true, false, or null when some cells of the range are merged and some not. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  WrapText: boolean | null;
  /** In characters of the standard font (VBA semantics), not points. */
  ColumnWidth: number | null;
  /** In points. */
  RowHeight: number | null;
  readonly EntireRow: { Hidden: boolean | null };
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Select(): void;
  Merge(across?: boolean): void;
  /** Empties contents and formats. */
  Clear(): void;
  /**
   * With no arguments, switches the sheet's filter buttons on over this range, or off when the
   * sheet has them already (VBA Range.AutoFilter toggles): check Worksheet.AutoFilterMode first.
   */
  AutoFilter(): unknown;
  Cells(row: number, column: number): EtRange;
  readonly FormatConditions: EtFormatConditions;
  readonly Validation: EtValidation;
  readonly Borders: EtBorders;
  /** Position and size in points from the sheet's top-left corner (where charts are placed). */
  readonly Left: number;
  readonly Top: number;
  readonly Width: number;
  readonly Height: number;
}

/**
 * A worksheet's page setup (VBA PageSetup): Orientation 2 = xlLandscape, PaperSize 9 =
 * xlPaperA4; FitToPagesWide/Tall count only once Zoom is false, and FitToPagesTall false means
 * "as many pages tall as needed"; PrintTitleRows "$4:$4".
 */
export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  PrintTitleRows: string;
}

/** One chart series: Values and XValues take a range (VBA Series). */
export interface EtSeries {
  Name: string;
  Values: EtRange | string;
  XValues: EtRange | string;
  Delete(): void;
}

/** A chart's series (SeriesCollection().NewSeries(), airsheet.wps.cn apiV2 NewSeries). */
export interface EtSeriesCollection {
  readonly Count: number;
  Item(index: number): EtSeries;
  NewSeries(): EtSeries;
}

/** A chart: ChartType 51 = xlColumnClustered; Axes(2) is the value axis. */
export interface EtChart {
  ChartType: number;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  SeriesCollection(): EtSeriesCollection;
  Axes(type: number): { readonly TickLabels: { NumberFormat: string } };
}

/** The frame of an embedded chart. */
export interface EtChartObject {
  readonly Chart: EtChart;
  Delete(): void;
}

/** A worksheet's embedded charts: Add(Left, Top, Width, Height) in points (VBA ChartObjects). */
export interface EtChartObjects {
  readonly Count: number;
  Item(index: number): EtChartObject;
  Add(left: number, top: number, width: number, height: number): EtChartObject;
}

/** A table (WPS 表格's 「表格」/超级表, VBA ListObject). */
export interface EtListObject {
  Name: string;
  TableStyle: string;
}

/** A worksheet's tables: Add(SourceType 1 = xlSrcRange, Source, , XlListObjectHasHeaders 1 = xlYes). */
export interface EtListObjects {
  readonly Count: number;
  Item(index: number): EtListObject;
  Add(sourceType: number, source: EtRange, linkSource?: unknown, hasHeaders?: number): EtListObject;
}

/** The window's view: frozen panes are set by SplitRow/SplitColumn, then FreezePanes. */
export interface EtWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

/** One worksheet. */
export interface EtWorksheet {
  Name: string;
  readonly UsedRange: EtRange;
  Activate(): void;
  Range(address: string): EtRange;
  Delete(): void;
  readonly PageSetup: EtPageSetup;
  ChartObjects(): EtChartObjects;
  readonly ListObjects: EtListObjects;
  /** Whether the sheet shows filter buttons; setting false removes them (true cannot be set). */
  AutoFilterMode: boolean;
}

/** The worksheets of a workbook, 1-based. */
export interface EtSheets {
  readonly Count: number;
  Item(index: number | string): EtWorksheet;
  /** Adds a worksheet after `after` (VBA: Add(Before, After, Count, Type)). */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet;
}

/** One custom document property (File → Properties → Custom), saved in the workbook. */
export interface EtDocumentProperty {
  readonly Name: string;
  Value: string | number | boolean;
  Delete(): void;
}

/** The workbook's custom document properties. */
export interface EtDocumentProperties {
  readonly Count: number;
  /** The property of that name; missing ones come back as null/undefined in WPS samples (VBA throws). */
  Item(name: string | number): EtDocumentProperty | null | undefined;
  /** VBA signature: Add(Name, LinkToContent, Type (4 = text), Value). */
  Add(name: string, linkToContent: boolean, type: number, value: string): EtDocumentProperty;
}

/** The workbook. */
export interface EtWorkbook {
  readonly Name: string;
  /** Path and name ("D:\\台账\\全县.xlsx"); just the name while it was never saved. */
  readonly FullName: string;
  /** 审阅 → 保护工作簿: no sheet may be added (VBA Workbook.ProtectStructure). */
  readonly ProtectStructure: boolean;
  readonly Worksheets: EtSheets;
  readonly CustomDocumentProperties: EtDocumentProperties;
}

/** The open workbooks (VBA Application.Workbooks). */
export interface EtWorkbooks {
  readonly Count: number;
  Item(index: number): EtWorkbook;
}

/** The WPS 表格 application object. */
export interface EtApplication {
  /**
   * The workbook in front. Null when none is open (the pane stays open without one): the WPS
   * host checks that once per button (workbookBinding.ts), so the code after it may rely on one.
   */
  readonly ActiveWorkbook: EtWorkbook;
  /** Every open workbook: tells a workbook closed or saved under another name from one behind. */
  readonly Workbooks: EtWorkbooks;
  readonly ActiveSheet: EtWorksheet;
  readonly ActiveWindow: EtWindow;
  readonly Selection: EtRange;
  /** "WPS 表格"/"ET" and the build, for 自检. */
  readonly Name: string;
  readonly Version: string;
  /** xlCalculationAutomatic -4105, xlCalculationManual -4135 (VBA Application.Calculation). */
  Calculation: number;
  /** Recalculates every open workbook's formulas. */
  Calculate(): void;
}
