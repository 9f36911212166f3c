import { useCallback, useState } from "react";
import { marksFromIssues } from "../marksFromIssues.js";
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
      if (!summary) return;
      const skipped =
        summary.notesSkipped > 0 ? `；${summary.notesSkipped} 个单元格原有批注，未改动` : "";
      setStatus(`已标记 ${summary.cells} 个单元格，添加批注 ${summary.notes} 条${skipped}。`);
    },
    [host, run],
  );
  const clear = useCallback(async () => {
    const summary = await run("正在清除标记…", () => host.clearMarks());
    if (!summary) return;
    if (summary.damagedRecord) {
      setStatus(
        "工作簿里的标记记录已损坏，无法知道之前标记了哪些单元格：之前的标记颜色和批注请手动清除。记录已重置，可以重新标记。",
      );
      return;
    }
    if (summary.lostSheet !== undefined) {
      setStatus(`标记所在的工作表「${summary.lostSheet}」已不在工作簿中，没有可清除的标记。`);
      return;
    }
    const kept =
      summary.keptUserFill > 0
        ? `；${summary.keptUserFill} 个单元格的颜色已被手动修改，保留未动`
        : "";
    setStatus(
      summary.restored + summary.keptUserFill === 0
        ? "没有需要清除的标记。"
        : `已恢复 ${summary.restored} 个单元格，删除批注 ${summary.notesRemoved} 条${kept}。`,
    );
  }, [host, run]);
  return { status, mark, clear };
}
