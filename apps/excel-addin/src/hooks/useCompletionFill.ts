import { useCallback, useState } from "react";
import { NO_FILL, afterFill, afterUndo, type FillState } from "./fillState.js";
import type { PaneContext } from "./PaneContext.js";

/** 「填充完成率公式」 and the undo of the last fill that wrote cells (fillState.ts). */
export function useCompletionFill({ host, task }: PaneContext) {
  const [state, setState] = useState<FillState>(NO_FILL);
  const { run } = task;
  const fill = useCallback(
    async (sheet: string, sumifs: boolean) => {
      const out = await run("正在填充完成率公式…", () =>
        host.fillCompletion(sheet, sumifs ? "all" : []),
      );
      if (out) setState((s) => afterFill(s, sheet, out));
    },
    [host, run],
  );
  const undo = useCallback(async () => {
    const undone = state.done?.undo;
    if (!undone) return;
    const done = await run("正在撤销填充…", async () => {
      await host.undoFill(undone);
      return true;
    });
    if (done) setState(afterUndo);
  }, [host, run, state]);
  return { state, fill, undo };
}
