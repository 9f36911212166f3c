import type { Settings } from "@zsyz/indicators";
import { useCallback, useState } from "react";
import { type OneClickRequest, type OneClickResult, runOneClick } from "../runOneClick.js";
import type { PaneContext } from "./PaneContext.js";

/** 「一键计算」's state: the last result, and the action (runOneClick) behind the button. */
export function useOneClick(
  { host, task }: PaneContext,
  settings: Settings,
  onWritten: () => Promise<void>,
) {
  const [result, setResult] = useState<OneClickResult | null>(null);
  const { run } = task;
  const compute = useCallback(
    async (request: OneClickRequest) => {
      const outcome = await run("正在读取台账并计算指标…", () =>
        runOneClick(host, request, settings),
      );
      if (!outcome) return;
      setResult(outcome);
      if (outcome.applied.ok) await onWritten();
    },
    [host, run, settings, onWritten],
  );
  return { result, compute };
}
