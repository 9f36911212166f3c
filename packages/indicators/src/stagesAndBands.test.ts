import { columnLetter } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { compileBands, DEFAULT_CATALOGUE, withBands } from "./compileIndicator.js";
import { computeIndicators } from "./computeIndicators.js";
import { buildWorkbookPlan } from "./plan/buildWorkbookPlan.js";
import { evaluatePlan } from "./plan/testing/evaluatePlan.js";
import { record } from "./testing/records.js";

// A hand-worked county on 2024-09-30 (each row's stage, start and band written beside it).
const asOf = "2024-09-30";
const c = (sign_date: string, status: string, more: object = {}) => ({
  name: "项目",
  sign_type: "合同" as const,
  sign_date,
  status: status as "签约",
  ...more,
});
const records = [
  record("甲镇", { name: "在谈项目", status: "在谈" }), // talks
  record("甲镇", c("2024-03-01", "签约", { amt_signed: 1000 })), // new, signed, ≥1000
  record("甲镇", c("2024-02-01", "开工", { amt_signed: 12000, start_date: "2024-05-10" })), // new, building, started this year, ≥1000 ≥10000
  record("甲镇", c("2023-06-01", "在建", { amt_signed: 50000, start_date: "2023-08-01" })), // carried, building, started last year
  record("甲镇", c("2023-01-01", "投产", { amt_signed: 999.99, start_date: "2024-01-01" })), // carried, operating, started this year (1 Jan)
  record("甲镇", {
    ...c("2024-04-01", "竣工", { amt_signed: 100000, start_date: "2024-10-01" }),
    sign_type: "协议",
  }), // new, operating, start after the as-of date, in all three bands
  record("甲镇", { ...c("2024-05-01", "签约", { amt_signed: 20000 }), sign_type: "意向" }), // intent: signed stage, no band
  record("甲镇", c("2022-01-01", "终止")), // dropped
  record("甲镇", c("2024-03-01", "停建", { amt_signed: 5000 })), // new, stopped, ≥1000
  record("甲镇", c("2024-03-01", "注册", { amt_signed: 3000, fund_source: "县内" })), // policy: not counted; signed stage
  record("甲镇", c("2024-01-15", "开工", { start_date: "2024-02-01", fund_source: "县内" })), // policy: building, not a counted start
  record("乙镇", c("2024-06-01", "签约", { amt_signed: 9999.99 })), // new, signed, ≥1000 only
  record("乙镇", { name: "无状态", sign_type: "合同", sign_date: "2024-06-01" }), // no stage
];
const results = computeIndicators({ records, targets: [], asOf });
const jia = results.units.find((u) => u.unit === "甲镇")!.indicators;
const total = results.total.indicators;
const pick = (v: Record<string, unknown>, keys: string[]): unknown[] => keys.map((k) => v[k]);
const STAGES = [
  "n_stage_talks",
  "n_stage_signed",
  "n_stage_building",
  "n_stage_operating",
  "n_stage_stopped",
  "n_stage_dropped",
];

describe("stages, new starts and size bands", () => {
  it("counts every merged row in its stage, whatever its year, type or counting policy", () => {
    expect(pick(jia, STAGES)).toEqual([1, 3, 3, 2, 1, 1]);
  });

  it("adds the stages of all units into the county's, leaving out a row without status", () => {
    expect(pick(total, STAGES)).toEqual([1, 4, 3, 2, 1, 1]);
  });

  it("counts 当年新开工: started, counted, 开工时间 from 1 January up to the as-of date", () => {
    expect([jia["n_started_this_year"], total["n_started_this_year"]]).toEqual([2, 2]);
  });

  it("counts new projects of at least 1000, 10000 and 100000 万元, the threshold included", () => {
    expect(pick(jia, ["n_signed_ge_1000", "n_signed_ge_10000", "n_signed_ge_100000"])).toEqual([
      4, 2, 1,
    ]);
  });

  it("sums their 签约资金 per band", () => {
    expect(
      pick(jia, ["amt_signed_ge_1000", "amt_signed_ge_10000", "amt_signed_ge_100000"]),
    ).toEqual([118000, 112000, 100000]);
  });

  it("adds the bands over units for the county", () => {
    expect(pick(total, ["n_signed_ge_1000", "amt_signed_ge_1000"])).toEqual([5, 127999.99]);
  });

  it("takes other thresholds from the catalogue (settings' sizeBands)", () => {
    const catalogue = withBands(DEFAULT_CATALOGUE, [5000]);
    const r = computeIndicators({ records, targets: [], asOf, catalogue });
    const v = r.units.find((u) => u.unit === "甲镇")!.indicators;
    expect([v["n_signed_ge_5000"], v["amt_signed_ge_5000"], v["n_signed_ge_1000"]]).toEqual([
      3,
      117000,
      undefined,
    ]);
  });

  it("names the bands as reports do", () => {
    expect(compileBands([1000, 10000, 5000]).map((b) => b.def.name)).toEqual([
      "千万元以上项目数",
      "千万元以上项目签约资金",
      "亿元以上项目数",
      "亿元以上项目签约资金",
      "5000万元以上项目数",
      "5000万元以上项目签约资金",
    ]);
  });

  describe("in 指标汇总", () => {
    const catalogue = withBands(DEFAULT_CATALOGUE, [1000, 5000]);
    const plan = buildWorkbookPlan({ records, targets: [], asOf, options: { catalogue } });
    const summary = plan.sheets.find((s) => s.name === "指标汇总")!;
    const values = evaluatePlan(plan).get("指标汇总")!;
    const header = new Map(summary.cells.filter((x) => x.row === 3).map((x) => [x.value, x.col]));
    const column = (name: string): string => columnLetter(header.get(name) as number);

    it("recomputes the stages, new starts and bands from 项目明细 (甲镇, 乙镇, 合计)", () => {
      const got = [
        "在谈项目数（个）",
        "已签约未开工项目数（个）",
        "在建项目数（个）",
        "当年新开工项目数（个）",
        "5000万元以上项目数（个）",
        "5000万元以上项目签约资金（万元）",
      ].map((h) => [5, 6, 7].map((row) => values.get(`${column(h)}${row}`)));
      expect(got).toEqual([
        [1, 0, 1],
        [3, 1, 4],
        [3, 0, 3],
        [2, 0, 2],
        [3, 1, 4],
        [117000, 9999.99, 126999.99],
      ]);
    });

    it("moves 当年新开工 with the as-of date typed into B2", () => {
      // On 2024-04-30 the start of 2024-05-10 has not happened yet; 2024-01-01 has.
      const moved = {
        ...plan,
        sheets: plan.sheets.map((s) =>
          s.name !== "指标汇总"
            ? s
            : {
                ...s,
                cells: s.cells.map((x) => (x.address === "B2" ? { ...x, value: 45412 } : x)),
              },
        ),
      };
      const again = evaluatePlan(moved).get("指标汇总")!;
      expect(again.get(`${column("当年新开工项目数（个）")}5`)).toBe(1);
    });
  });
});
