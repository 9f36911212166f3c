import { type IsoDate, readLedger } from "@zsyz/ledger";
import type { LedgerSource, LedgerSourceRead } from "./LedgerSource.js";
import { isSummaryWorkbook } from "./isSummaryWorkbook.js";

/**
 * Reads and checks one input on its own: the per-file half of the county job, which needs
 * nothing from the other files, so a front end may run it in a Worker per file and hand
 * the results to `runCounty` in input order. Sources already read pass through.
 * @example readLedgerSource({ file: "城关镇.xlsx", workbook }, "2024-09-30") // { file, ledger }
 */
export function readLedgerSource(source: LedgerSource, asOf: IsoDate): LedgerSourceRead {
  if (!("workbook" in source)) return source;
  // Our own output from an earlier run, left in the input folder: reading it would count every project twice.
  if (isSummaryWorkbook(source.workbook)) return { file: source.file, summaryWorkbook: true };
  return { file: source.file, ledger: readLedger(source.workbook, { asOf }) };
}
