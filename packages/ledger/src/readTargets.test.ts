import { describe, expect, it } from "vitest";
import { makeSheet } from "./makeSheet.js";
import { readTargets } from "./readTargets.js";
import { sampleTargets } from "./samples.js";

describe("readTargets()", () => {
  it("reads the sample table in 亿元 into 万元, one row per unit", () => {
    const read = readTargets(sampleTargets());
    expect(read.issues).toEqual([]);
    expect(read.targets.map((t) => t.unit)).toEqual([
      "城关镇",
      "河西乡",
      "东城街道",
      "经济开发区",
      "北山镇",
      "南湖镇",
      "西岭镇",
    ]);
    expect(read.targets[0]).toMatchObject({
      unit: "城关镇",
      row: 3,
      values: {
        target_amt_signed: 150000,
        target_amt_arrived: 100000,
        target_n_signed: 12,
        dispatch_amt_arrived: 80000,
        dispatch_amt_signed: 100000,
      },
    });
  });

  it("reads 2.5 亿元 as exactly 25000 万元", () => {
    expect(
      readTargets(sampleTargets()).targets.find((t) => t.unit === "北山镇")?.values
        .dispatch_amt_arrived,
    ).toBe(25000);
  });

  it("does not scale a count of projects by the 亿元 of the amounts", () => {
    expect(readTargets(sampleTargets()).targets.map((t) => t.values.target_n_signed)).toEqual([
      12, 10, 8, 15, 5, 6, 4,
    ]);
  });

  it("keeps the 合计 row apart, not as a unit", () => {
    const read = readTargets(sampleTargets());
    expect(read.total).toMatchObject({
      unit: "合计",
      row: 10,
      values: { target_amt_signed: 680000, target_n_signed: 60 },
    });
    expect(read.targets.some((t) => t.unit === "合计")).toBe(false);
  });

  it("reads a hand-made table with a 万元 header, synonyms and a 单位 row", () => {
    const sheet = makeSheet("分解表", [
      ["2024年目标任务分解表"],
      ["单位：万元"],
      [
        "序号",
        "乡镇（街道）",
        "签约资金任务（万元）",
        "到位资金任务",
        "签约项目数任务（个）",
        "签约调度目标",
      ],
      [1, "城关镇", 150000, "100,000", 12, 100000],
      [2, "河西乡", 80000, "—", 10, 60000],
      [undefined, "合计", 230000, 100000, 22, 160000],
    ]);
    const read = readTargets({ file: "分解表.xlsx", sheets: [sheet] });
    expect(read.issues).toEqual([]);
    expect(read.targets).toEqual([
      {
        unit: "城关镇",
        file: "分解表.xlsx",
        sheet: "分解表",
        row: 4,
        unitCell: "B4",
        values: {
          target_amt_signed: 150000,
          target_amt_arrived: 100000,
          target_n_signed: 12,
          dispatch_amt_signed: 100000,
        },
      },
      {
        unit: "河西乡",
        file: "分解表.xlsx",
        sheet: "分解表",
        row: 5,
        unitCell: "B5",
        values: { target_amt_signed: 80000, target_n_signed: 10, dispatch_amt_signed: 60000 },
      },
    ]);
  });

  it("reports an amount it cannot read, and an error cell, at their cells", () => {
    const sheet = makeSheet("分解表", [
      ["单位", "年度签约资金任务（万元）", "年度到位资金任务（万元）"],
      ["城关镇", "十五亿", { value: null, error: "#REF!" }],
    ]);
    const read = readTargets({ file: "分解表.xlsx", sheets: [sheet] });
    expect(read.issues.map((i) => `${i.severity} ${i.cell} ${i.code}`)).toEqual([
      "error B2 money_unparsed",
      "error C2 cell_error",
    ]);
    expect(read.targets[0]?.values).toEqual({});
  });

  it("reports a workbook without a target table", () => {
    const read = readTargets({
      file: "台账.xlsx",
      sheets: [
        makeSheet("Sheet1", [
          ["项目名称", "签约资金"],
          ["光伏项目", 100],
        ]),
      ],
    });
    expect(read.targets).toEqual([]);
    expect(read.issues.map((i) => [i.code, i.cell])).toEqual([["no_target_sheet", ""]]);
  });

  it("reads dispatch targets headed with their period in any spelling, 省外 included", () => {
    const sheet = makeSheet("分解表", [
      ["2024年招商引资目标任务分解表"],
      ["单位：亿元"],
      [
        "乡镇",
        "2024年签约资金任务",
        "第三季度(1——9月)签约资金调度目标",
        "1-9月到位资金任务",
        "三季度省外签约资金调度目标",
        "前三季度省外到位资金调度目标",
      ],
      ["城关镇", 15, 12.5, 8, 6, "3.2"],
    ]);
    const read = readTargets({ file: "分解表.xlsx", sheets: [sheet] }, { asOf: "2024-09-30" });
    expect(read.issues).toEqual([]);
    expect(read.targets[0]?.values).toEqual({
      target_amt_signed: 150000,
      dispatch_amt_signed: 125000,
      dispatch_amt_arrived: 80000,
      dispatch_amt_signed_outprov: 60000,
      dispatch_amt_arrived_outprov: 32000,
    });
  });

  it("reports every header it cannot use with its cell, and reads the rest", () => {
    const sheet = makeSheet("分解表", [
      ["序号", "单位", "年度签约资金任务", "签约资金完成率", "责任领导签字", "备注"],
      [1, "城关镇", 1000, 0.5, "张三", "无"],
    ]);
    const read = readTargets({ file: "分解表.xlsx", sheets: [sheet] });
    expect(read.issues.map((i) => `${i.severity} ${i.cell} ${i.code} ${i.raw}`)).toEqual([
      "warning D1 target_column_unknown 签约资金完成率",
      "warning E1 target_column_unknown 责任领导签字",
    ]);
    expect(read.targets[0]?.values).toEqual({ target_amt_signed: 1000 });
  });

  const quarters = makeSheet("分解表", [
    [
      "单位",
      "年度签约资金任务",
      "一季度签约资金调度目标",
      "二季度签约资金调度目标",
      "三季度签约资金调度目标",
      "四季度签约资金调度目标",
    ],
    ["城关镇", 1000, 200, 450, 700, 1000],
  ]);

  it("of quarterly dispatch columns reads the as-of date's quarter and names the others", () => {
    const read = readTargets({ file: "分解表.xlsx", sheets: [quarters] }, { asOf: "2024-06-30" });
    expect(read.targets[0]?.values).toEqual({ target_amt_signed: 1000, dispatch_amt_signed: 450 });
    expect(read.issues.map((i) => `${i.cell} ${i.code}`)).toEqual([
      "C1 target_column_unused",
      "E1 target_column_unused",
      "F1 target_column_unused",
    ]);
    expect(read.issues[0]?.message).toContain("采用“二季度签约资金调度目标”");
  });

  it("between quarter ends reads the quarter under way and warns that the periods differ", () => {
    const read = readTargets({ file: "分解表.xlsx", sheets: [quarters] }, { asOf: "2024-08-31" });
    expect(read.targets[0]?.values.dispatch_amt_signed).toBe(700);
    expect(
      read.issues.filter((i) => i.code === "target_period_mismatch").map((i) => i.cell),
    ).toEqual(["E1"]);
  });

  it("warns when the only dispatch column is of another period than the as-of date", () => {
    const sheet = makeSheet("分解表", [
      ["单位", "年度签约资金任务", "三季度签约资金调度目标"],
      ["城关镇", 1000, 700],
    ]);
    const read = readTargets({ file: "分解表.xlsx", sheets: [sheet] }, { asOf: "2024-06-30" });
    expect(read.issues.map((i) => `${i.severity} ${i.cell} ${i.code}`)).toEqual([
      "warning C1 target_period_mismatch",
    ]);
    expect(read.issues[0]?.message).toBe(
      "调度目标列“三季度签约资金调度目标”是截至9月的目标，与截至日期 2024-06-30 不在同一期，调度完成率按该列计算。请核实截至日期或任务分解表。",
    );
    expect(read.targets[0]?.values.dispatch_amt_signed).toBe(700);
  });

  it("refuses a negative target, keeps the first row of a unit listed twice, and checks 合计 against the units", () => {
    const sheet = makeSheet("分解表", [
      ["单位", "年度签约资金任务", "年度到位资金任务"],
      ["城关镇", 1000, -50],
      ["河西乡", 600.1, 300],
      ["城关镇", 900, 400],
      ["合计", 1600.1, 999],
    ]);
    const read = readTargets({ file: "分解表.xlsx", sheets: [sheet] });
    expect(read.targets.map((t) => [t.unit, t.values])).toEqual([
      ["城关镇", { target_amt_signed: 1000 }],
      ["河西乡", { target_amt_signed: 600.1, target_amt_arrived: 300 }],
    ]);
    expect(read.issues.map((i) => `${i.severity} ${i.cell} ${i.code}`)).toEqual([
      "error C2 target_negative",
      "warning A4 target_unit_duplicate",
      "warning C5 target_total_mismatch",
    ]);
    expect(read.issues[2]?.message).toContain("合计行 999 万元，各单位之和 300 万元");
  });
});
