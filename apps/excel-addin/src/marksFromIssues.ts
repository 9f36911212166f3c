import type { LedgerIssue } from "@zsyz/ledger";
import type { CellMark } from "./office/marks.js";

/** One mark per cell of a sheet: the worst severity of its issues and all their messages. */
export function marksFromIssues(issues: readonly LedgerIssue[], sheet: string): CellMark[] {
  const byCell = new Map<string, { severity: CellMark["severity"]; messages: string[] }>();
  for (const issue of issues) {
    if (issue.sheet !== sheet || issue.cell === "") continue;
    const mark = byCell.get(issue.cell) ?? { severity: issue.severity, messages: [] };
    if (issue.severity === "error") mark.severity = "error";
    mark.messages.push(issue.message);
    byCell.set(issue.cell, mark);
  }
  return [...byCell].map(([cell, m]) => ({ cell, severity: m.severity, messages: m.messages }));
}
