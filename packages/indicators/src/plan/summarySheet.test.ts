import { describe, expect, it } from "vitest";
import { signed, target } from "../testing/records.js";
import { buildWorkbookPlan } from "./buildWorkbookPlan.js";
import { SUMMARY_HEADER_ROW } from "./summarySheet.js";

const plan = buildWorkbookPlan({
  records: [signed("城关镇", { amt_signed: 100 }), signed("河口镇", { amt_signed: 50 })],
  targets: [target("城关镇", { target_n_signed: 3, target_amt_signed: 200 })],
  asOf: "2024-09-30",
});
const summary = plan.sheets[0]!;
const column = (header: string): number =>
  summary.cells.find((c) => c.row === SUMMARY_HEADER_ROW && c.value === header)!.col;
const formatsOf = (col: number): (string | undefined)[] => [
  ...new Set(
    summary.cells.filter((c) => c.col === col && c.row > SUMMARY_HEADER_ROW).map((c) => c.numFmt),
  ),
];

describe("buildSummarySheet() formats", () => {
  it("shows counts and the project-count target without decimals", () => {
    expect(formatsOf(column("签约项目数（个）"))).toEqual(["0"]);
    expect(formatsOf(column("新签约开工项目数（个）"))).toEqual(["0"]);
    expect(formatsOf(column("年度签约项目数任务（个）"))).toEqual(["0"]);
  });

  it("keeps money targets at two decimals", () => {
    expect(formatsOf(column("年度签约资金任务（万元）"))).toEqual(["#,##0.00"]);
  });

  it("makes the header row tall enough for its wrapped headers", () => {
    expect(summary.rows).toEqual([{ row: SUMMARY_HEADER_ROW, height: 45 }]);
  });
});
