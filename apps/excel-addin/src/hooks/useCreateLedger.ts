import type { Settings } from "@zsyz/indicators";
import { useCallback, useState } from "react";
import { newLedgerSheets } from "../newLedgerSheets.js";
import type { WrittenSheet } from "../office/sheetWrite.js";
import type { PaneContext } from "./PaneContext.js";

/**
 * 「新建台账」: inserts the ledger and target sheets, and beside the targets the county's rules
 * (重复项目归属, 考评办法, 达标要求, 统计口径) filled from the settings useSettings holds (what the
 * 设置 tab shows, not a second read of the workbook); remembers what it created.
 */
export function useCreateLedger(
  { host, task }: PaneContext,
  settings: Settings,
  onCreated: () => Promise<void>,
) {
  const [created, setCreated] = useState<WrittenSheet[] | null>(null);
  const { run } = task;
  const create = useCallback(async () => {
    const year = new Date().getFullYear();
    const result = await run("正在新建台账…", () =>
      host.writeNewSheets(newLedgerSheets(settings, year)),
    );
    if (!result) return;
    setCreated(result);
    await onCreated();
  }, [host, run, settings, onCreated]);
  return { created, create };
}
