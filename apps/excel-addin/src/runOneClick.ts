import { type CountyRun, type LedgerSource, runCounty } from "@zsyz/county";
import type { Settings } from "@zsyz/indicators";
import type { GridSheet, IsoDate } from "@zsyz/ledger";

/** The sheets 「一键计算」 read from the open workbook. */
export interface PaneSheets {
  /** The workbook's name: the "file" every record and issue points back to. */
  file: string;
  ledgerSheets: readonly GridSheet[];
  targetSheet: GridSheet | null;
}

/**
 * 「一键计算」's computation: the county pipeline of the CLI and the web page, over the sheets
 * the user chose (one workbook, so duplicates across its units are found too). Nothing is
 * computed here; this only says which grids are the ledger and which the targets.
 */
export function runPaneCounty(
  sheets: PaneSheets,
  asOf: IsoDate,
  settings: Settings,
): Promise<CountyRun> {
  const ledger: LedgerSource = {
    file: sheets.file,
    workbook: { file: sheets.file, sheets: sheets.ledgerSheets },
  };
  const targets: LedgerSource | null = sheets.targetSheet && {
    file: sheets.file,
    workbook: { file: sheets.file, sheets: [sheets.targetSheet] },
  };
  return runCounty({ ledgers: [ledger], targets, asOf, settings });
}
