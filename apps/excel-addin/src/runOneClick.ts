import {
  type CountyRun,
  findTargetWorkbookSheets,
  type PreviousSummaryInput,
  runCounty,
  type WorkbookSource,
} from "@zsyz/county";
import type { Settings } from "@zsyz/indicators";
import type { GridSheet, IsoDate, LedgerIssue } from "@zsyz/ledger";
import type { PaneHost } from "./host/PaneHost.js";
import type { ApplyPlanResult } from "./office/applyWorkbookPlan.js";

/** What 「一键计算」 was asked to do. */
export interface OneClickRequest {
  ledgerSheets: string[];
  targetSheet: string | null;
  asOf: IsoDate;
  /** 上期汇总: the text of an earlier run's JSON summary, to compare with. */
  previous?: PreviousSummaryInput;
}

/** The outcome: the county run, and whether the sheets were written or refused. */
export interface OneClickResult {
  run: CountyRun;
  applied: ApplyPlanResult;
  /** The settings the run was computed with (the report follows them until the next run). */
  settings: Settings;
  /**
   * The run's issues on the workbook's rule sheets (cells it could not read, a sheet it could
   * not use at all, 重复项目归属 rows it could not use), which the pane names under the button;
   * they are in 问题清单 too. Which rule sheets the run did take is `run.ruleSheets`.
   */
  ruleIssues: LedgerIssue[];
  /** The workbook's rule sheets the run was handed, by their names as found (the 设置 notices). */
  ruleSheetsRead: string[];
}

/**
 * 「一键计算」 end to end: reads the chosen sheets in batched blocks, runs the county pipeline
 * of the CLI and the web page over them (one workbook, so duplicates across its units are
 * found too), and writes or refreshes 指标汇总, 项目明细, 问题清单 and 报告摘要.
 */
export async function runOneClick(
  host: PaneHost,
  request: OneClickRequest,
  settings: Settings,
): Promise<OneClickResult> {
  const sheets: GridSheet[] = [];
  let file = "";
  for (const name of request.ledgerSheets) {
    const grid = await host.readSheet(name);
    sheets.push(grid.sheet);
    file = grid.file;
  }
  const targets = request.targetSheet === null ? null : await host.readSheet(request.targetSheet);
  // In the pane the open workbook is the target workbook: the county's rules kept in it
  // (重复项目归属, 考评办法, 达标要求, 统计口径) apply whenever they are there, with a target
  // sheet chosen or without one.
  const ruleSheetsRead = findTargetWorkbookSheets((await host.readWorkbookInfo()).sheets);
  const rules: GridSheet[] = [];
  for (const name of ruleSheetsRead)
    if (name !== request.targetSheet) rules.push((await host.readSheet(name)).sheet);
  const source = (grids: GridSheet[]): WorkbookSource => ({
    file,
    workbook: { file, sheets: grids },
  });
  const run = await runCounty({
    ledgers: [source(sheets)],
    ...(targets ? { targets: source([targets.sheet, ...rules]) } : { rules: source(rules) }),
    asOf: request.asOf,
    settings,
    ...(request.previous ? { previous: request.previous } : {}),
  });
  const applied = await host.applyWorkbookPlan(run.plan);
  const ruleSheets = new Set(rules.map((s) => s.name));
  const ruleIssues = run.issues.filter((i) => i.file === file && ruleSheets.has(i.sheet));
  return { run, applied, settings, ruleIssues, ruleSheetsRead };
}
