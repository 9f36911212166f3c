import type { GridWorkbook } from "@zsyz/ledger";

/**
 * One input as a front end hands it over: a workbook it could read into a grid, or the
 * Chinese reason it could not (corrupt, encrypted, missing…), so the file is still
 * accounted for. `file` is the name the user knows it by (a path, or a workbook name).
 */
export type LedgerSource =
  { file: string; workbook: GridWorkbook } | { file: string; failure: string };

/** What became of one input file. */
export interface FileOutcome {
  file: string;
  status: "ok" | "error";
  /** Chinese reason, when status is "error". */
  message?: string;
  /** The unit most of its projects belong to. */
  unit?: string;
  /** Ledger sheets read, joined with "、". */
  sheet?: string;
  /** Project rows read from the file (records plus rejected rows). */
  rows: number;
}
