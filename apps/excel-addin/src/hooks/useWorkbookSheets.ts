import { useCallback, useEffect, useState } from "react";
import type { ExcelHost } from "../office/host.js";
import type { WorkbookInfo } from "../office/workbookInfo.js";
import { readWorkbookInfo } from "../office/workbookInfo.js";
import type { Task } from "./useTask.js";

/** The workbook's sheets and active sheet, read at start and on refresh(). */
export function useWorkbookSheets(
  host: ExcelHost,
  task: Task,
  enabled: boolean,
): { info: WorkbookInfo | null; refresh: () => Promise<void> } {
  const [info, setInfo] = useState<WorkbookInfo | null>(null);
  const { run } = task;
  const refresh = useCallback(async () => {
    const next = await run("正在读取工作表列表…", () => readWorkbookInfo(host));
    if (next) setInfo(next);
  }, [host, run]);
  useEffect(() => {
    if (enabled) void refresh();
  }, [enabled, refresh]);
  return { info, refresh };
}
