import type { IsoDate, LedgerIssue } from "@zsyz/ledger";
import type { LoadedLedgers } from "./loadLedgers.js";

/** The machine-readable summary of DOMAIN.md (`--json`): a stable contract, version 1. */
export interface Summary {
  version: 1;
  asOf: IsoDate;
  files: Array<{
    file: string;
    unit?: string;
    sheet?: string;
    rows: number;
    status: "ok" | "error";
    message?: string;
  }>;
  rows: { read: number; merged: number; rejected: number };
  units?: Array<{ unit: string; indicators: Record<string, number | boolean | null> }>;
  total?: { indicators: Record<string, number | boolean | null> };
  issues: Array<
    Pick<LedgerIssue, "code" | "severity" | "file" | "sheet" | "cell" | "raw" | "message">
  >;
}

/** Builds the `files`, `rows` and `issues` parts of the summary (what `check` fills). */
export function buildSummary(loaded: LoadedLedgers, asOf: IsoDate): Summary {
  return {
    version: 1,
    asOf,
    files: loaded.files.map((f) => ({
      file: f.file,
      ...(f.unit === undefined ? {} : { unit: f.unit }),
      ...(f.sheet === undefined ? {} : { sheet: f.sheet }),
      rows: f.rows,
      status: f.status,
      ...(f.message === undefined ? {} : { message: f.message }),
    })),
    rows: loaded.rows,
    issues: loaded.issues.map(({ code, severity, file, sheet, cell, raw, message }) => ({
      code,
      severity,
      file,
      sheet,
      cell,
      raw,
      message,
    })),
  };
}
