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
});
