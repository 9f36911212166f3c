import { ruleTemplates } from "@zsyz/county";
import { ledgerTemplate, ownershipTemplate, targetTemplate } from "@zsyz/ledger";
import { useCallback, useState } from "react";
import type { WrittenSheet } from "../office/sheetWrite.js";
import { planNewSheets } from "../office/planNewSheets.js";
import type { PaneContext } from "./PaneContext.js";

/**
 * 「新建台账」: inserts the ledger and target sheets, and beside the targets the county's rules
 * (重复项目归属, 考评办法, 达标要求, 统计口径) filled from the workbook's settings; remembers
 * what it created.
 */
export function useCreateLedger({ host, task }: PaneContext, onCreated: () => Promise<void>) {
  const [created, setCreated] = useState<WrittenSheet[] | null>(null);
  const { run } = task;
  const create = useCallback(async () => {
    const year = new Date().getFullYear();
    const result = await run("正在新建台账…", async () => {
      // The rule sheets start as the settings the workbook already holds (the defaults if none).
      const { settings } = await host.readSettings();
      return host.writeNewSheets(
        planNewSheets([
          ledgerTemplate(year),
          targetTemplate(),
          ownershipTemplate(),
          ...ruleTemplates(settings),
        ]),
      );
    });
    if (!result) return;
    setCreated(result);
    await onCreated();
  }, [host, run, onCreated]);
  return { created, create };
}
