import { type LedgerIssue, makeIssue } from "./issues.js";
import { nameKey } from "./readCell.js";
import type { LedgerRecord } from "./record.js";

/** Suspected duplicates across units: the issues on both rows, and which rows are held back. */
export interface DuplicateCheck {
  issues: LedgerIssue[];
  /** Ids of records that repeat an earlier one; the earliest (by input order) is kept. */
  heldBack: string[];
  /** For each held-back id, the id of the record it repeats. */
  keptFor: Record<string, string>;
}

// Generic words that make two different projects look alike when stripped of them.
const projectKey = (name: string): string => nameKey(name).replace(/(建设)?项目$/, "");

/**
 * Finds the same project reported by two units (or two files): the same name after
 * normalising, or the same investor and signed amount. Both rows are flagged; the
 * later one is held back so the project counts once.
 */
export function findDuplicates(records: readonly LedgerRecord[]): DuplicateCheck {
  const first = new Map<string, LedgerRecord>();
  const issues: LedgerIssue[] = [];
  const heldBack: string[] = [];
  const keptFor: Record<string, string> = {};
  const flagged = new Set<string>();
  for (const r of records) {
    const keys: Array<[string, string]> = [];
    const name = r.fields.name ? projectKey(r.fields.name) : "";
    if (name.length >= 2) keys.push([`n:${name}`, "项目名称相同"]);
    if (r.fields.investor && r.fields.amt_signed !== undefined && r.fields.amt_signed > 0) {
      keys.push([`i:${nameKey(r.fields.investor)}:${r.fields.amt_signed}`, "投资方和签约资金相同"]);
    }
    const match = keys
      .map(([k, why]) => [first.get(k), why] as const)
      .find(([hit]) => hit && (hit.unit !== r.unit || hit.file !== r.file));
    if (match?.[0]) {
      const [kept, why] = match;
      heldBack.push(r.id);
      keptFor[r.id] = kept.id;
      issues.push(duplicateIssue(r, kept, why));
      if (!flagged.has(kept.id)) issues.push(duplicateIssue(kept, r, why));
      flagged.add(kept.id);
      continue;
    }
    for (const [k] of keys) if (!first.has(k)) first.set(k, r);
  }
  return { issues, heldBack, keptFor };
}

function duplicateIssue(at: LedgerRecord, other: LedgerRecord, why: string): LedgerIssue {
  const where = `${other.unit}（${baseName(other.file)}“${other.sheet}”第 ${other.row} 行）`;
  return makeIssue(
    "duplicate_project",
    {
      file: at.file,
      sheet: at.sheet,
      cell: at.cells.name ?? "",
      raw: at.raw.name ?? "",
      row: at.row,
    },
    { label: why, detail: where },
  );
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
