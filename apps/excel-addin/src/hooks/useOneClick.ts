import type { CountyRun } from "@zsyz/county";
import type { Settings } from "@zsyz/indicators";
import type { GridSheet, IsoDate } from "@zsyz/ledger";
import { useCallback, useState } from "react";
import { applyWorkbookPlan, type ApplyPlanResult } from "../office/applyWorkbookPlan.js";
import { readSheetGrid } from "../office/readSheetGrid.js";
import { runPaneCounty } from "../runPaneCounty.js";
import type { PaneContext } from "./PaneContext.js";

/** What 「一键计算」 was asked to do. */
export interface OneClickRequest {
  ledgerSheets: string[];
  targetSheet: string | null;
  asOf: IsoDate;
}

/** The outcome: the figures, and whether the sheets were written or refused. */
export interface OneClickResult {
  run: CountyRun;
  applied: ApplyPlanResult;
}

/**
 * 「一键计算」: reads the chosen sheets in batched blocks, runs the county pipeline, writes or
 * refreshes 指标汇总, 项目明细, 问题清单 and 报告摘要.
 */
export function useOneClick(
  { host, capabilities, task }: PaneContext,
  settings: Settings,
  onWritten: () => Promise<void>,
) {
  const [result, setResult] = useState<OneClickResult | null>(null);
  const { run } = task;
  const compute = useCallback(
    async (request: OneClickRequest) => {
      const outcome = await run("正在读取台账并计算指标…", async () => {
        const sheets: GridSheet[] = [];
        let file = "";
        for (const name of request.ledgerSheets) {
          const grid = await readSheetGrid(host, { sheet: name, capabilities });
          sheets.push(grid.sheet);
          file = grid.file;
        }
        const targets =
          request.targetSheet === null
            ? null
            : await readSheetGrid(host, { sheet: request.targetSheet, capabilities });
        const run = await runPaneCounty(
          { file, ledgerSheets: sheets, targetSheet: targets?.sheet ?? null },
          request.asOf,
          settings,
        );
        const applied = await applyWorkbookPlan(host, run.plan, { capabilities });
        return { run, applied };
      });
      if (!outcome) return;
      setResult(outcome);
      if (outcome.applied.ok) await onWritten();
    },
    [host, capabilities, run, settings, onWritten],
  );
  return { result, compute };
}
