import { ledgerTemplate, ownershipTemplate, targetTemplate } from "@zsyz/ledger";
import { useCallback, useState } from "react";
import type { WrittenSheet } from "../office/sheetWrite.js";
import { planNewSheets } from "../office/planNewSheets.js";
import type { PaneContext } from "./PaneContext.js";

/** 「新建台账」: inserts the ledger, target and 重复项目归属 sheets; remembers what it created. */
export function useCreateLedger({ host, task }: PaneContext, onCreated: () => Promise<void>) {
  const [created, setCreated] = useState<WrittenSheet[] | null>(null);
  const { run } = task;
  const create = useCallback(async () => {
    const year = new Date().getFullYear();
    // 重复项目归属 beside the targets: where staff settle projects two units both reported.
    const plan = planNewSheets([ledgerTemplate(year), targetTemplate(), ownershipTemplate()]);
    const result = await run("正在新建台账…", () => host.writeNewSheets(plan));
    if (!result) return;
    setCreated(result);
    await onCreated();
  }, [host, run, onCreated]);
  return { created, create };
}
