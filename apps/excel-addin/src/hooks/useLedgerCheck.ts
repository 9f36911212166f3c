import type { LedgerRead } from "@zsyz/ledger";
import { defaultAsOf, toIsoDate } from "@zsyz/county";
import { readLedger } from "@zsyz/ledger";
import { useCallback, useState } from "react";
import type { PaneContext } from "./PaneContext.js";

/** The outcome of 「校验台账」 on one sheet. */
export interface CheckResult {
  sheet: string;
  asOf: string;
  read: LedgerRead;
}

/** 「校验台账」: reads a sheet in batched blocks, runs the ledger package, selects issue cells. */
export function useLedgerCheck({ host, task }: PaneContext) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const { run } = task;
  const check = useCallback(
    async (sheet: string | undefined) => {
      // The same 截至日期 as 一键计算 proposes, the CLI and the web page: the end of last month.
      const asOf = defaultAsOf(toIsoDate(new Date()));
      const outcome = await run("正在读取并校验台账…", async () => {
        const grid = await host.readSheet(sheet);
        return {
          sheet: grid.sheet.name,
          asOf,
          read: readLedger({ file: grid.file, sheets: [grid.sheet] }, { asOf }),
        };
      });
      if (outcome) setResult(outcome);
    },
    [host, run],
  );
  const select = useCallback(
    async (sheet: string, cell: string) => {
      await run("正在定位单元格…", () => host.selectCell(sheet, cell));
    },
    [host, run],
  );
  return { result, check, select };
}
