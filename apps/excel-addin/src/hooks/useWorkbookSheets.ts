import { useCallback, useEffect, useState } from "react";
import type { WorkbookInfo } from "../office/workbookInfo.js";
import type { PaneContext } from "./PaneContext.js";

/** The workbook's sheets and active sheet, read at start (when the pane can use Excel at all) and on refresh(). */
export function useWorkbookSheets({ host, capabilities, task }: PaneContext): {
  info: WorkbookInfo | null;
  refresh: () => Promise<void>;
} {
  const enabled = capabilities.base;
  const [info, setInfo] = useState<WorkbookInfo | null>(null);
  const { run } = task;
  const refresh = useCallback(async () => {
    const next = await run("正在读取工作表列表…", () => host.readWorkbookInfo());
    if (next) setInfo(next);
  }, [host, run]);
  useEffect(() => {
    if (enabled) void refresh();
  }, [enabled, refresh]);
  return { info, refresh };
}
