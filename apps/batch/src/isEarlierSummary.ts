import { readLedgerSource } from "@zsyz/county";
import type { IsoDate } from "@zsyz/ledger";
import { existsSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { loadWorkbook } from "./loadWorkbook.js";

/**
 * Whether `--out` names a summary this tool wrote earlier inside an input folder (a rerun
 * into the same folder): it is then replaced, neither read as a ledger nor refused as an
 * input. A file named on the command line, or any workbook that is not our summary (a
 * township ledger that happens to have that name), is still an input and stays protected.
 */
export async function isEarlierSummary(
  out: string,
  named: readonly string[],
  asOf: IsoDate,
): Promise<boolean> {
  const target = resolve(out);
  if (named.some((p) => resolve(p) === target) || !existsSync(target)) return false;
  // Only a file inside an input folder would be read as a ledger: anywhere else it is simply
  // replaced, and reading a county summary of 100,000 rows to find that out costs seconds.
  if (!named.some((p) => isFolder(p) && contains(resolve(p), target))) return false;
  const loaded = await loadWorkbook(target);
  return (
    loaded.ok &&
    "summaryWorkbook" in readLedgerSource({ file: out, workbook: loaded.workbook }, asOf)
  );
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function contains(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}
