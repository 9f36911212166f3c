import {
  findDuplicates,
  type IsoDate,
  type LedgerIssue,
  type LedgerRecord,
  makeIssue,
  type Ownership,
} from "@zsyz/ledger";
import type { FileOutcome, LedgerSource } from "./LedgerSource.js";
import { readLedgerSource } from "./readLedgerSource.js";
import { foldUnitAliases } from "./reconcileUnits.js";

/** Every ledger of a run, read and cross-checked, with the row accounting. */
export interface CountyLedgers {
  files: FileOutcome[];
  /** Records merged: every record except the copies of settled duplicates that are not the owner's. */
  records: LedgerRecord[];
  issues: LedgerIssue[];
  /** Ids of records left out: copies of duplicates settled (重复项目归属) in another unit's favour. */
  heldBack: string[];
  /**
   * Ids of the later copies of unresolved duplicates: merged and counted by their units, left
   * out of the county total once (the 减：疑似重复报送 row, `total.dedup`).
   */
  deducted: string[];
  /** read = merged + rejected, always. */
  rows: { read: number; merged: number; rejected: number };
}

/**
 * Reads every source in order, keeping only records and issues, so a front end can hand
 * over one grid at a time and memory stays bounded by the largest file. A source that
 * failed, or is not a ledger, is an outcome with a Chinese message; the rest go on. Sources
 * a front end already read with `readLedgerSource` (e.g. in Workers) are taken as they are. Then
 * the cross-file duplicate check runs over all records.
 */
export async function readLedgerSources(
  sources: Iterable<LedgerSource> | AsyncIterable<LedgerSource>,
  asOf: IsoDate,
  options: { owners?: readonly Ownership[] } = {},
): Promise<CountyLedgers> {
  const files: FileOutcome[] = [];
  const all: LedgerRecord[] = [];
  const issues: LedgerIssue[] = [];
  let rejected = 0;
  for await (const input of sources) {
    const source = readLedgerSource(input, asOf);
    const at = { file: source.file, sheet: "", cell: "" };
    if ("failure" in source) {
      files.push({ file: source.file, status: "error", message: source.failure, rows: 0 });
      issues.push(makeIssue("file_unreadable", at, { detail: source.failure }));
      continue;
    }
    if ("summaryWorkbook" in source) {
      const issue = makeIssue("summary_workbook", at);
      files.push({ file: source.file, status: "error", message: issue.message, rows: 0 });
      issues.push(issue);
      continue;
    }
    const read = source.ledger;
    const outcome: FileOutcome = {
      file: source.file,
      status: read.sheets.length > 0 ? "ok" : "error",
      rows: read.rows.read,
    };
    const unit = mostCommon(read.records.map((r) => r.unit)) ?? read.sheets[0]?.unit;
    if (unit) outcome.unit = unit;
    if (read.sheets.length > 0) outcome.sheet = read.sheets.map((s) => s.sheet).join("、");
    else outcome.message = read.issues[0]?.message ?? "没有找到项目台账";
    files.push(outcome);
    for (const r of read.records) all.push(r);
    for (const i of read.issues) issues.push(i);
    rejected += read.rows.rejected;
  }
  const folded = foldUnitAliases(all);
  issues.push(...folded.issues);
  const dup = findDuplicates(folded.records, options.owners);
  issues.push(...dup.issues);
  const held = new Set(dup.heldBack);
  const records = held.size ? folded.records.filter((r) => !held.has(r.id)) : folded.records;
  return {
    files,
    records,
    issues,
    heldBack: dup.heldBack,
    deducted: dup.deducted,
    rows: { read: all.length + rejected, merged: records.length, rejected: rejected + held.size },
  };
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}
