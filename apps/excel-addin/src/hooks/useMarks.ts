import { useCallback, useState } from "react";
import { marksFromIssues } from "../marksFromIssues.js";
import { clearStatus, markStatus } from "./marksStatus.js";
import type { CheckResult } from "./useLedgerCheck.js";
import type { PaneContext } from "./PaneContext.js";

/** 「标记问题单元格」 and 「清除标记」, with a Chinese line saying what was done. */
export function useMarks({ host, task }: PaneContext) {
  const [status, setStatus] = useState<string | null>(null);
  const { run } = task;
  const mark = useCallback(
    async (result: CheckResult) => {
      const marks = marksFromIssues(result.read.issues, result.sheet);
      const summary = await run("正在标记问题单元格…", () => host.markCells(result.sheet, marks));
      if (summary) setStatus(markStatus(summary));
    },
    [host, run],
  );
  const clear = useCallback(async () => {
    const summary = await run("正在清除标记…", () => host.clearMarks());
    if (summary) setStatus(clearStatus(summary));
  }, [host, run]);
  return { status, mark, clear };
}
