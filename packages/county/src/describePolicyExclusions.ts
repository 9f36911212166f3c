import {
  cellOf,
  type CountingPolicy,
  type IsoDate,
  type LedgerIssue,
  type LedgerRecord,
  makeIssue,
  makePolicyExclusion,
  rawOf,
} from "@zsyz/ledger";

/**
 * A `policy_excluded` warning for each project the counting policy leaves out, at the cell of
 * the rule it breaks (资金来源, 签约类型 or 签约资金), with the reason.
 */
export function describePolicyExclusions(
  records: readonly LedgerRecord[],
  asOf: IsoDate,
  policy: CountingPolicy,
): LedgerIssue[] {
  const exclusion = makePolicyExclusion(asOf, policy);
  const issues: LedgerIssue[] = [];
  for (const r of records) {
    const excluded = exclusion(r.fields);
    if (excluded === null) continue;
    const { field, reason } = excluded;
    issues.push(
      makeIssue(
        "policy_excluded",
        {
          file: r.file,
          sheet: r.sheet,
          cell: cellOf(r, field),
          raw: rawOf(r, field),
          row: r.row,
        },
        { detail: reason },
      ),
    );
  }
  return issues;
}
