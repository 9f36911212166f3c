import { describeCompletionFill, type FillError } from "@zsyz/indicators";
import { useCallback, useState } from "react";
import type { FillUndo } from "../office/fillCompletion.js";
import type { PaneContext } from "./PaneContext.js";

/** The last fill: what it wrote (lines for the pane) and how to undo it; or why it filled nothing. */
export type FillState =
  | { ok: true; sheet: string; lines: string[]; undo: FillUndo | null }
  | { ok: false; error: FillError };

/** 「填充完成率公式」 and the undo of that one action. */
export function useCompletionFill({ host, task }: PaneContext) {
  const [state, setState] = useState<FillState | null>(null);
  const { run } = task;
  const fill = useCallback(
    async (sheet: string, sumifs: boolean) => {
      const out = await run("正在填充完成率公式…", () =>
        host.fillCompletion(sheet, sumifs ? "all" : []),
      );
      if (!out) return;
      setState(
        out.ok ? { ok: true, sheet, lines: describeCompletionFill(out.plan), undo: out.undo } : out,
      );
    },
    [host, run],
  );
  const undo = useCallback(async () => {
    if (!state?.ok || !state.undo) return;
    const undone = state.undo;
    const done = await run("正在撤销填充…", async () => {
      await host.undoFill(undone);
      return true;
    });
    if (done) setState({ ...state, lines: [], undo: null });
  }, [host, run, state]);
  return { state, fill, undo };
}
