import type { IndicatorValues, IndustryFigures, PeriodChange } from "@zsyz/indicators";
import type { IsoDate, LedgerIssue } from "@zsyz/ledger";
import type { FileOutcome } from "./LedgerSource.js";
import type { CountyLedgers } from "./readLedgerSources.js";
import type { CountyRun, Dedup } from "./runCounty.js";

/** The machine-readable summary of DOMAIN.md (`--json`, the page's download): a stable contract. */
export interface SummaryJson {
  version: 2;
  asOf: IsoDate;
  files: FileOutcome[];
  rows: { read: number; merged: number; rejected: number };
  units?: Array<{ unit: string; indicators: IndicatorValues; previous?: PeriodChange }>;
  total?: { indicators: IndicatorValues; dedup: Dedup; previous?: PeriodChange };
  /** This year's new projects per industry, county-wide (version 2). */
  industries?: IndustryFigures[];
  issues: Array<
    Pick<LedgerIssue, "code" | "severity" | "file" | "sheet" | "cell" | "raw" | "message">
  >;
}

/**
 * The summary of a check (`files`, `rows`, `issues`) or, given a whole run, of a merge
 * (also `units` and `total`).
 */
export function buildSummaryJson(read: CountyLedgers | CountyRun, asOf: IsoDate): SummaryJson {
  const summary: SummaryJson = {
    version: 2,
    asOf,
    files: read.files.map((f) => ({
      file: f.file,
      ...(f.unit === undefined ? {} : { unit: f.unit }),
      ...(f.sheet === undefined ? {} : { sheet: f.sheet }),
      rows: f.rows,
      status: f.status,
      ...(f.message === undefined ? {} : { message: f.message }),
    })),
    rows: read.rows,
    issues: read.issues.map(({ code, severity, file, sheet, cell, raw, message }) => ({
      code,
      severity,
      file,
      sheet,
      cell,
      raw,
      message,
    })),
  };
  if ("results" in read) {
    const c = read.comparison;
    // The targets stay out of the JSON: its contract is the indicators (rates hold them).
    summary.units = read.results.units.map(({ unit, indicators }) => {
      const previous = c?.units.get(unit);
      return previous ? { unit, indicators, previous } : { unit, indicators };
    });
    summary.total = {
      indicators: read.results.total.indicators,
      dedup: read.dedup,
      ...(c ? { previous: c.total } : {}),
    };
    summary.industries = read.industries;
  }
  return summary;
}
