import type {
  FieldKey,
  FundSource,
  LandStatus,
  NewOrCarried,
  ProjectStatus,
  SignType,
  TargetKey,
} from "./fields.js";

/** A calendar date as "YYYY-MM-DD": comparable as text, free of time zones. */
export type IsoDate = string;

/**
 * Parsed values of one project row; a key is undefined (absent, or present holding undefined)
 * when its cell was empty or not understood.
 */
export interface LedgerFields {
  seq?: string;
  name?: string;
  unit?: string;
  investor?: string;
  investor_origin?: string;
  fund_source?: FundSource;
  /** One of 农业/工业/服务业 where recognised, else the text as written. */
  industry?: string;
  sign_type?: SignType;
  sign_date?: IsoDate;
  is_new?: NewOrCarried;
  /** Money in 万元 (fdi in 万美元), exact to the decimal digits written. */
  total_invest?: number;
  amt_signed?: number;
  amt_signed_outprov?: number;
  amt_arrived?: number;
  amt_arrived_outprov?: number;
  amt_arrived_cum?: number;
  fdi?: number;
  status?: ProjectStatus;
  start_date?: IsoDate;
  op_date?: IsoDate;
  land_status?: LandStatus;
  leader?: string;
  progress?: string;
  note?: string;
}

/** One project row of a ledger, with where it came from and what was written in it. */
export interface LedgerRecord {
  /** Stable id "file|sheet|row" for cross-file checks and the merge. */
  id: string;
  file: string;
  sheet: string;
  /** 1-based Excel row number. */
  row: number;
  /** The unit (乡镇/单位) the row belongs to, however it was found. */
  unit: string;
  unitSource: "column" | "title" | "file";
  fields: LedgerFields;
  /**
   * The raw text of a known column's cell where it differs from its value's own text ("1.2亿"
   * for 12000, "2024年3月1日", a text that could not be read); `rawOf` gives any cell's.
   */
  raw: Partial<Record<FieldKey, string>>;
  /**
   * Column letters of every known column of the sheet ("L" for its 签约资金), one object shared
   * by all the sheet's records: a cell's address is its letters and `row` (`cellOf`). A county
   * of 100,000 projects keeps no 2.5 million address strings, nor copies them between threads.
   */
  columns: Partial<Record<FieldKey, string>>;
  /** Columns whose value was approximate ("约500", "400多万元"). */
  approximate: FieldKey[];
  /** Cells of columns we do not recognise, keyed by their header text; kept, never dropped. */
  extra: Record<string, string>;
  /** Whether the host had this row hidden. */
  hidden: boolean;
}

/** One unit's row of the target table (指标任务分解表); amounts in 万元, fdi in 万美元. */
export interface TargetRow {
  unit: string;
  file: string;
  sheet: string;
  row: number;
  /** A1 address of the unit's cell, for messages about the unit. */
  unitCell?: string;
  values: Partial<Record<TargetKey, number>>;
}

/**
 * A1 address of a record's cell in a known column; "" when its sheet has no such column.
 * @example cellOf({ row: 12, columns: { amt_signed: "L" } }, "amt_signed") === "L12"
 */
export function cellOf(record: Pick<LedgerRecord, "row" | "columns">, key: FieldKey): string {
  const letters = record.columns[key];
  return letters === undefined ? "" : `${letters}${record.row}`;
}

/**
 * What was written in a record's cell of a known column, as issues quote it: the raw text
 * where it differs from the value, else the value's text; "" for an empty cell.
 * @example rawOf({ raw: {}, fields: { amt_signed: 500 } }, "amt_signed") === "500"
 */
export function rawOf(record: Pick<LedgerRecord, "raw" | "fields">, key: FieldKey): string {
  const raw = record.raw[key];
  if (raw !== undefined) return raw;
  const value = record.fields[key];
  return value === undefined ? "" : String(value);
}
