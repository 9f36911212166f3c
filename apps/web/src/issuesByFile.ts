import type { FileOutcome } from "@zsyz/county";
import type { LedgerIssue } from "@zsyz/ledger";

/** The issues of one input file. */
export interface FileIssues {
  file: string;
  issues: LedgerIssue[];
}

/**
 * Issues grouped by the file they are in, files in input order (files without issues left
 * out); an issue naming a file that is not among the inputs (the target table) comes last.
 */
export function issuesByFile(
  issues: readonly LedgerIssue[],
  files: readonly FileOutcome[],
): FileIssues[] {
  const order = new Map(files.map((f, i) => [f.file, i]));
  const groups = new Map<string, LedgerIssue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.file) ?? [];
    list.push(issue);
    groups.set(issue.file, list);
  }
  const rank = (file: string): number => order.get(file) ?? files.length;
  return [...groups]
    .map(([file, list]) => ({ file, issues: list }))
    .sort((a, b) => rank(a.file) - rank(b.file));
}
