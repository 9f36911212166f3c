import type { FieldKey } from "./fields.js";
import type { LedgerIssue } from "./issues.js";
import type { IsoDate, LedgerRecord, TargetRow } from "./record.js";

/** Options of the reader. */
export interface ReadOptions {
  /**
   * 截至日期; decides the report year, "dates after D" and the stalled checks. Required: a
   * pure reader never reads the clock (front ends propose @zsyz/county's defaultAsOf).
   */
  asOf: IsoDate;
}

/** How one header column was understood. */
export interface ColumnMapping {
  /** 0-based column index. */
  col: number;
  /** Header text as written (two-row headers joined: "到位资金/本年"). */
  header: string;
  /** Canonical key, or undefined for a column we keep but do not know. */
  key?: FieldKey;
  /** Money multiplier into 万元 taken from the header or the sheet's unit row (亿元 → 10000). */
  scale: number;
}

/** Row accounting of one sheet or file: read = records + rejected, always. */
export interface RowCounts {
  /** Project rows: records plus rows too broken to be one. */
  read: number;
  records: number;
  rejected: number;
  /** Totals, footer, blank, heading and title rows: not projects. */
  skipped: number;
}

/** What the reader made of one ledger sheet. */
export interface SheetRead {
  sheet: string;
  /** 1-based first and last header rows. */
  headerRows: [number, number];
  columns: ColumnMapping[];
  /** Unit from the title row or the file name, when there is one. */
  unit?: string;
  records: LedgerRecord[];
  issues: LedgerIssue[];
  rows: RowCounts;
}

/** What the reader made of one workbook: every ledger sheet in it, or the reason there is none. */
export interface LedgerRead {
  file: string;
  sheets: SheetRead[];
  records: LedgerRecord[];
  issues: LedgerIssue[];
  rows: RowCounts;
}

/** What the reader made of a target table (指标任务分解表). */
export interface TargetsRead {
  file: string;
  sheet?: string;
  targets: TargetRow[];
  /** The totals row, when the table has one (DOMAIN.md: not a unit). */
  total?: TargetRow;
  issues: LedgerIssue[];
}
