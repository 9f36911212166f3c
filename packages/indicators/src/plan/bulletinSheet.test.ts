import { describe, expect, it } from "vitest";
import { aggregateRecords } from "../aggregateRecords.js";
import { DEFAULT_CATALOGUE } from "../compileIndicator.js";
import { computeIndicators, type TargetValues } from "../computeIndicators.js";
import { signed, target } from "../testing/records.js";
import { buildBulletinSheet } from "./bulletinSheet.js";
import { buildWorkbookPlan } from "./buildWorkbookPlan.js";
import { SUMMARY_SHEET } from "./summarySheet.js";
import type { SheetPlan } from "./WorkbookPlan.js";

// 甲镇 is in the target table twice (乙镇人民政府 and 乙镇 matched to one unit end up so): its
// later row, 3000 万元, is the one the engine computes with. 0.1 + 0.2 万元 must add up to
// exactly 0.3: the county's target is 3000.3 万元 = 0.30003 亿元 (not 3000.2999999999997).
const input = {
  records: [signed("甲镇", { amt_signed: 1500 }), signed("乙镇", { amt_signed: 0.1 })],
  targets: [
    target("甲镇", { target_amt_signed: 1000 }),
    target("乙镇", { target_amt_signed: 0.1 }),
    target("丙镇", { target_amt_signed: 0.2 }),
    target("甲镇", { target_amt_signed: 3000 }),
  ],
  asOf: "2024-09-30" as const,
};

const valueAt = (sheet: SheetPlan, row: number, col: number) =>
  sheet.cells.find((c) => c.row === row && c.col === col)?.value;
const rowOf = (sheet: SheetPlan, col: number, text: string): number =>
  sheet.cells.find((c) => c.col === col && c.value === text)!.row;

// 指标汇总 and 通报表 of one run, from the same computed results (as runCounty builds them).
function sheets(totalTargets?: TargetValues): { summary: SheetPlan; bulletin: SheetPlan } {
  const options = totalTargets ? { totalTargets } : {};
  const aggregation = aggregateRecords(input.records, input.asOf);
  const results = computeIndicators({ ...input, ...options, aggregation });
  const plan = buildWorkbookPlan({ ...input, options, computed: { aggregation, results } });
  return {
    summary: plan.sheets.find((s) => s.name === SUMMARY_SHEET)!,
    bulletin: buildBulletinSheet({ results, catalogue: DEFAULT_CATALOGUE, dedup: null }),
  };
}

describe("buildBulletinSheet()", () => {
  const { summary, bulletin } = sheets();
  // 通报表: 排名 | 单位 | 签约资金任务（亿元） | …; 指标汇总: 单位 | 年度签约资金任务 | …
  const targetOf = (unit: string) => valueAt(bulletin, rowOf(bulletin, 1, unit), 2);
  const summaryTargetOf = (unit: string) => valueAt(summary, rowOf(summary, 0, unit), 1);

  it("shows a unit listed twice in the target table with the target 指标汇总 holds (its later row)", () => {
    expect(targetOf("甲镇")).toBe(0.3);
    expect(summaryTargetOf("甲镇")).toBe(3000);
  });

  it("shows the county's target as the exact sum of the units' (0.30003 亿元, as 指标汇总's 3000.3)", () => {
    expect(targetOf("合计")).toBe(0.30003);
    expect(summaryTargetOf("合计")).toBe(3000.3);
  });

  it("shows the county's own target when the table has a totals row", () => {
    const own = sheets({ target_amt_signed: 5000 });
    expect(valueAt(own.bulletin, rowOf(own.bulletin, 1, "合计"), 2)).toBe(0.5);
    expect(valueAt(own.summary, rowOf(own.summary, 0, "合计"), 1)).toBe(5000);
  });
});
