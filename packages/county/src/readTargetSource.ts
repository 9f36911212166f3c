import {
  type IsoDate,
  type LedgerIssue,
  makeIssue,
  readTargets,
  type TargetsRead,
} from "@zsyz/ledger";
import type { WorkbookSource } from "./LedgerSource.js";

/**
 * The target table read from its source, or null with an issue when it could not be. The
 * county's rule sheets of the same workbook are readCountyRules's.
 */
export function readTargetSource(
  source: WorkbookSource,
  issues: LedgerIssue[],
  options: { asOf?: IsoDate } = {},
): TargetsRead | null {
  if ("failure" in source) {
    issues.push(
      makeIssue(
        "file_unreadable",
        { file: source.file, sheet: "", cell: "" },
        { detail: `任务分解表${source.failure}；本次汇总不计算完成率和排名` },
      ),
    );
    return null;
  }
  const read = readTargets(source.workbook, options.asOf ? { asOf: options.asOf } : {});
  issues.push(...read.issues);
  return read;
}
