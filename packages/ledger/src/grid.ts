/** A cell's value as a host hands it over: Excel dates may arrive as Date or as a serial number. */
export type CellValue = string | number | boolean | Date | null;

/** One cell of a host-neutral grid, as both the add-in and the CLI produce it. */
export interface GridCell {
  value: CellValue;
  /** Number format code where the host knows it ("yyyy-mm-dd", "0.00"); tells serials from dates. */
  numFmt?: string;
  /** Formula text where the cell had one; the value is then its cached result (or null). */
  formula?: string;
  /** Error literal when the cell holds one ("#DIV/0!", "#REF!"); value is null then. */
  error?: string;
}

/** A rectangular block of cells, 0-based and inclusive on both ends. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet as plain data: row-major, rows may be ragged or shorter than the sheet. */
export interface GridSheet {
  name: string;
  rows: ReadonlyArray<ReadonlyArray<GridCell | null | undefined>>;
  merges: readonly CellRange[];
  hidden?: boolean;
  /** Rows hidden in the host, 0-based; hidden project rows still count and are flagged. */
  hiddenRows?: readonly number[];
}

/** One workbook as plain data, named by the path or name the user gave. */
export interface GridWorkbook {
  file: string;
  sheets: readonly GridSheet[];
  /** The program that saved the file (docProps/app.xml `<Application>`), when the reader knows it. */
  application?: string;
}
