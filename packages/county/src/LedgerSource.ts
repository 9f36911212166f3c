import type { GridWorkbook, LedgerRead } from "@zsyz/ledger";

/**
 * One input as a front end hands it over: a workbook it could read into a grid, or the
 * Chinese reason it could not (corrupt, encrypted, missing…), so the file is still
 * accounted for. `file` is the name the user knows it by (a path, or a workbook name).
 * A front end that reads files in parallel (Workers) may hand over what
 * `readLedgerSource` made of a workbook instead of the workbook itself.
 */
export type LedgerSource = WorkbookSource | LedgerSourceRead;

/** A workbook a front end read into a grid, or the Chinese reason it could not. */
export type WorkbookSource =
  { file: string; workbook: GridWorkbook } | { file: string; failure: string };

/**
 * What `readLedgerSource` made of one input: plain data (no functions, no prototypes), so
 * it can cross a Worker boundary by structured clone.
 */
export type LedgerSourceRead =
  | { file: string; failure: string }
  /** Our own summary workbook from an earlier run, left among the inputs: never read as a ledger. */
  | { file: string; summaryWorkbook: true }
  | { file: string; ledger: LedgerRead };

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
