import {
  cellOf,
  rawOf,
  type LedgerIssue,
  type LedgerRecord,
  looseUnitKey,
  makeIssue,
  type TargetRow,
  type TargetsRead,
  unitKey,
} from "@zsyz/ledger";

/**
 * One name per unit across ledgers: spellings that differ only in width, spaces,
 * punctuation or letter case are one unit, named as first seen (input order). Without this
 * the live SUMIFS, which ignore case, would count "ABC园区" and "abc园区" twice while the
 * engine counts them apart. Each other spelling is reported once per file, at its first cell.
 */
export function foldUnitAliases(records: readonly LedgerRecord[]): {
  records: LedgerRecord[];
  issues: LedgerIssue[];
} {
  const first = new Map<string, string>();
  const issues: LedgerIssue[] = [];
  const reported = new Set<string>();
  const out = records.map((r) => {
    const key = unitKey(r.unit);
    const name = first.get(key);
    if (name === undefined) {
      first.set(key, r.unit);
      return r;
    }
    if (name === r.unit) return r;
    const once = `${r.file}\u0000${r.unit}`;
    if (!reported.has(once)) {
      reported.add(once);
      issues.push(
        makeIssue(
          "unit_alias",
          {
            file: r.file,
            sheet: r.sheet,
            cell: cellOf(r, "unit"),
            raw: rawOf(r, "unit") || r.unit,
            row: r.row,
          },
          { label: r.unit, detail: name },
        ),
      );
    }
    return { ...r, unit: name };
  });
  return { records: out, issues };
}

/**
 * Matches the target table's units to the ledgers' the way ledgers are matched: the same
 * key (width, spaces, case), else the same key without the government suffix and the
 * administrative word ("乙镇人民政府", "乙" for 乙镇) when exactly one ledger unit has it.
 * A matched row takes the ledgers' spelling; every mismatch is reported with its cell:
 * a target unit with no ledger, a ledger unit with no target.
 */
export function matchTargetUnits(
  targets: TargetsRead,
  records: readonly LedgerRecord[],
): { targets: TargetRow[]; issues: LedgerIssue[] } {
  const ledgerUnits = new Map<string, LedgerRecord>();
  for (const r of records) if (!ledgerUnits.has(r.unit)) ledgerUnits.set(r.unit, r);
  const byKey = new Map<string, string>();
  const byLoose = new Map<string, string[]>();
  for (const u of ledgerUnits.keys()) {
    byKey.set(unitKey(u), u);
    const loose = looseUnitKey(u);
    byLoose.set(loose, [...(byLoose.get(loose) ?? []), u]);
  }
  const issues: LedgerIssue[] = [];
  const matched = new Set<string>();
  const rows = targets.targets.map((t) => {
    const at = { file: t.file, sheet: t.sheet, cell: t.unitCell ?? "", raw: t.unit, row: t.row };
    const loose = byLoose.get(looseUnitKey(t.unit)) ?? [];
    const hit = byKey.get(unitKey(t.unit)) ?? (loose.length === 1 ? loose[0] : undefined);
    if (hit === undefined) {
      if (ledgerUnits.size > 0)
        issues.push(makeIssue("target_unit_unknown", at, { label: t.unit }));
      return t;
    }
    matched.add(hit);
    if (hit === t.unit) return t;
    issues.push(makeIssue("target_unit_matched", at, { label: t.unit, detail: hit }));
    return { ...t, unit: hit };
  });
  if (rows.length > 0)
    for (const [unit, r] of ledgerUnits) {
      if (matched.has(unit)) continue;
      issues.push(
        makeIssue(
          "unit_without_target",
          {
            file: r.file,
            sheet: r.sheet,
            cell: cellOf(r, "unit"),
            raw: rawOf(r, "unit") || unit,
            row: r.row,
          },
          { label: unit },
        ),
      );
    }
  return { targets: rows, issues };
}
