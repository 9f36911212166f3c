import { makeSheet } from "@zsyz/ledger/samples";
import { columnLetter } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { buildWorkbookPlan } from "../plan/buildWorkbookPlan.js";
import { evaluatePlan } from "../plan/testing/evaluatePlan.js";
import type { PlanCell, SheetPlan } from "../plan/WorkbookPlan.js";
import { signed, target } from "../testing/records.js";
import {
  aggregateForName,
  describeCompletionFill,
  planCompletionFill,
} from "./planCompletionFill.js";

const flat = makeSheet("任务完成", [
  ["2024年招商引资目标任务完成情况表"],
  [
    "单位",
    "签约资金任务（万元）",
    "签约资金完成（万元）",
    "签约资金完成率",
    "到位资金完成率",
    "到位资金任务",
    "到位资金完成",
  ],
  ["城关镇", 1000, 800, null, 0.5, 600, 300],
  ["河口镇", 500, null, "旧值", null, 400, 100],
  ["合计", 1500, 800, null, null, 1000, 400],
  [],
  ["填报人：张三", null, null, "审核人：李四"],
  ["后面的说明", 1, 2, 3],
]);

const cellsOf = (plan: {
  cells: readonly { address: string; formula: string; numFmt?: string }[];
}): string[] =>
  plan.cells.map((c) => `${c.address} ${c.formula}${c.numFmt ? ` [${c.numFmt}]` : ""}`);

describe("planCompletionFill()", () => {
  it("fills every 完成率 cell of the units' and totals rows with IFERROR(完成/任务) in percent, columns in any order", () => {
    const r = planCompletionFill(flat);
    if (!r.ok) throw new Error(r.error.message);
    expect(cellsOf(r.plan)).toEqual([
      'D3 IFERROR(C3/B3,"") [0.00%]',
      'E3 IFERROR(G3/F3,"") [0.00%]',
      'D4 IFERROR(C4/B4,"") [0.00%]',
      'E4 IFERROR(G4/F4,"") [0.00%]',
      'D5 IFERROR(C5/B5,"") [0.00%]',
      'E5 IFERROR(G5/F5,"") [0.00%]',
    ]);
    expect(r.plan.rows).toEqual([2, 3, 4]);
    expect(r.plan.totalsRows).toEqual([4]);
    expect(r.plan.groups.map((g) => [g.name, g.aggregate])).toEqual([
      ["签约资金", "amt_signed"],
      ["到位资金", "amt_arrived"],
    ]);
  });

  it("reads a merged parent over 任务/完成/完成率 and skips blank, heading and column-number rows", () => {
    const sheet = makeSheet(
      "表",
      [
        ["乡镇", "签约资金", null, null, "签约项目数", null, null],
        [null, "年度任务", "实际完成", "完成比例(%)", "目标", "完成", "完成率"],
        [1, 2, 3, 4, 5, 6, 7],
        ["一、乡镇"],
        ["甲镇", 10, 5, null, 3, 1, null],
        [],
        ["乙镇", 10, 12, null, 3, 4, null],
      ],
      { merges: ["A1:A2", "B1:D1", "E1:G1"] },
    );
    const r = planCompletionFill(sheet);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.plan.headerRow).toBe(1);
    expect(r.plan.unitCol).toBe(0);
    expect(r.plan.rows).toEqual([4, 6]);
    expect(cellsOf(r.plan)).toEqual([
      'D5 IFERROR(C5/B5,"") [0.00%]',
      'G5 IFERROR(F5/E5,"") [0.00%]',
      'D7 IFERROR(C7/B7,"") [0.00%]',
      'G7 IFERROR(F7/E7,"") [0.00%]',
    ]);
  });

  it("writes SUMIFS over 项目明细 into the 完成 cells asked for, never into totals rows, and no cell text into a formula", () => {
    const sheet = makeSheet("表", [
      ["单位", "签约资金任务", "签约资金完成(亿元)", "签约资金完成率"],
      ['=HYPERLINK("x")*', 1, null, null],
      ["合计", 1, null, null],
    ]);
    const r = planCompletionFill(sheet, { sumifs: ["签约资金"] });
    if (!r.ok) throw new Error(r.error.message);
    const sumifs = r.plan.cells.filter((c) => c.col === 2);
    expect(sumifs.map((c) => c.address)).toEqual(["C2"]);
    expect(sumifs[0]!.formula).toMatchInlineSnapshot(
      `"SUMIFS('项目明细'!$L:$L,'项目明细'!$C:$C,"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(A2,"~","~~"),"*","~*"),"?","~?"),'项目明细'!$AB:$AB,TRUE)/10000"`,
    );
    expect(r.plan.cells.some((c) => c.formula.includes("HYPERLINK"))).toBe(false);
  });

  it("sums the same figures as the engine when evaluated against the plan's 项目明细", () => {
    const records = [
      signed("甲镇", { amt_signed: 1200 }),
      signed("甲镇", { amt_signed: 300.5 }),
      signed("乙镇", { amt_signed: 80 }),
      signed("乙镇", { amt_signed: 999, sign_type: "意向" }),
    ];
    const plan = buildWorkbookPlan({
      records,
      targets: [target("甲镇", { target_amt_signed: 3000 })],
      asOf: "2024-09-30",
    });
    const table = makeSheet("表", [
      [
        "单位",
        "签约资金任务",
        "签约资金完成",
        "签约资金完成率",
        "签约项目数任务",
        "签约项目数完成",
        "签约项目数完成率",
      ],
      ["甲镇", 3000, null, null, 4, null, null],
      ["乙镇", 0, null, null, 1, null, null],
    ]);
    const r = planCompletionFill(table, { sumifs: ["签约资金", "签约项目数"] });
    if (!r.ok) throw new Error(r.error.message);
    const detail = plan.sheets.find((s) => s.name === "项目明细")!;
    const cells: PlanCell[] = table.rows.flatMap((row, ri) =>
      row.flatMap((c, ci) =>
        c
          ? [
              {
                row: ri,
                col: ci,
                address: `${columnLetter(ci)}${ri + 1}`,
                value: c.value as string | number,
              },
            ]
          : [],
      ),
    );
    for (const f of r.plan.cells) {
      const i = cells.findIndex((c) => c.address === f.address);
      // The test evaluator knows bounded ranges only: whole columns become the detail's rows.
      const formula = f.formula.replace(
        /\$([A-Z]+):\$([A-Z]+)/g,
        `$$$1$$2:$$$2$$${detail.rowCount}`,
      );
      const cell = { row: f.row, col: f.col, address: f.address, value: null, formula };
      if (i >= 0) cells[i] = cell;
      else cells.push(cell);
    }
    const sheet: SheetPlan = { ...detail, name: "表", cells, rowCount: 3, columnCount: 7 };
    const values = evaluatePlan({ ...plan, sheets: [...plan.sheets, sheet] }).get("表")!;
    expect(["C2", "D2", "F2", "G2", "C3", "D3", "F3", "G3"].map((a) => values.get(a))).toEqual([
      1500.5,
      1500.5 / 3000,
      2,
      0.5,
      80,
      "",
      1,
      1,
    ]);
  });

  it("reads completion tables headed with periods: 年度任务 | 1-9月完成 | 完成率", () => {
    const sheet = makeSheet("表", [
      ["单位", "年度任务", "1-9月完成", "完成率"],
      ["城关镇", 1000, 750, null],
    ]);
    const r = planCompletionFill(sheet);
    if (!r.ok) throw new Error(r.error.message);
    expect(cellsOf(r.plan)).toEqual(['D2 IFERROR(C2/B2,"") [0.00%]']);
  });

  it("pairs 签约资金年度任务 with 三季度签约资金完成 as one indicator", () => {
    const sheet = makeSheet("表", [
      ["单位", "签约资金年度任务", "三季度签约资金完成（万元）", "完成率"],
      ["城关镇", 1000, 750, null],
    ]);
    const r = planCompletionFill(sheet);
    if (!r.ok) throw new Error(r.error.message);
    expect(cellsOf(r.plan)).toEqual(['D2 IFERROR(C2/B2,"") [0.00%]']);
    expect(r.plan.groups.map((g) => [g.name, g.aggregate])).toEqual([["签约资金", "amt_signed"]]);
  });

  it("refuses SUMIFS for an indicator it cannot sum from the ledger", () => {
    const sheet = makeSheet("表", [
      ["单位", "税收任务", "税收完成", "税收完成率"],
      ["甲镇", 1, 1, null],
    ]);
    const r = planCompletionFill(sheet, { sumifs: ["税收"] });
    expect(r.ok ? null : r.error.code).toBe("sumifs_unknown_indicator");
  });

  it("says so when no indicator has all three columns", () => {
    const sheet = makeSheet("表", [
      ["单位", "签约资金任务", "签约资金完成"],
      ["甲镇", 1, 1],
    ]);
    const r = planCompletionFill(sheet);
    expect(r.ok ? null : r.error.message).toContain("任务、完成、完成率");
  });

  it("says so when the header has no rows under it", () => {
    const r = planCompletionFill(
      makeSheet("表", [["签约资金任务", "签约资金完成", "签约资金完成率"], [], ["（一）园区"]]),
    );
    expect(r.ok ? null : r.error.code).toBe("no_data_rows");
  });
});

describe("describeCompletionFill()", () => {
  it("lists each column with its cell ranges, gaps split", () => {
    const sheet = makeSheet("表", [
      ["单位", "签约资金任务", "签约资金完成", "签约资金完成率"],
      ["甲", 1, 1, null],
      ["乙", 1, 1, null],
      ["二、园区"],
      ["丙", 1, 1, null],
    ]);
    const r = planCompletionFill(sheet, { sumifs: ["签约资金"] });
    if (!r.ok) throw new Error(r.error.message);
    expect(describeCompletionFill(r.plan)).toEqual([
      "C列 签约资金完成（按台账汇总）：C2:C3、C5（3个单元格）",
      "D列 签约资金完成率：D2:D3、D5（3个单元格）",
    ]);
  });
});

describe("aggregateForName()", () => {
  it("knows the aggregates by name and by common synonyms", () => {
    expect(["签约资金", "签约金额", "到位外资", "外资", "税收"].map(aggregateForName)).toEqual([
      "amt_signed",
      "amt_signed",
      "fdi",
      "fdi",
      null,
    ]);
  });
});
