import { DEFAULT_SETTINGS } from "@zsyz/indicators";
import type { GridWorkbook } from "@zsyz/ledger";
import { makeSheet } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { buildSummaryJson } from "./buildSummaryJson.js";
import type { LedgerSource } from "./LedgerSource.js";
import { type CountyInput, runCounty } from "./runCounty.js";

// Three units, one project each, on 2024-09-30; targets 10亿, 2亿, 1亿 → rates 50%, 150%, 10%:
// 乙镇 1st, 甲镇 2nd, 丙镇 3rd. On 2024-06-30 甲镇 was 1st, 乙镇 2nd and 丙镇 3rd (last).
const AS_OF = "2024-09-30";
const HEADER = [
  "项目名称",
  "责任单位",
  "投资方",
  "签约类型",
  "签约时间",
  "签约资金",
  "本年到位资金",
  "项目状态",
];
const ledger = (unit: string, signed: number, arrived: number): LedgerSource => {
  const workbook: GridWorkbook = {
    file: `${unit}.xlsx`,
    sheets: [
      makeSheet("台账", [
        HEADER,
        [`${unit}项目`, unit, "某公司", "合同", "2024-03-01", signed, arrived, "签约"],
      ]),
    ],
  };
  return { file: workbook.file, workbook };
};
const targets: GridWorkbook = {
  file: "任务分解表.xlsx",
  sheets: [
    makeSheet("任务", [
      ["单位", "年度签约资金任务"],
      ["甲镇", 100000],
      ["乙镇", 20000],
      ["丙镇", 10000],
    ]),
  ],
};
const earlier = {
  version: 2,
  asOf: "2024-06-30",
  files: [],
  rows: { read: 3, merged: 3, rejected: 0 },
  units: [
    {
      unit: "甲镇",
      indicators: {
        n_signed: 1,
        amt_signed: 18000,
        amt_arrived: 12000,
        rate_signed: 0.18,
        rank_signed: 1,
      },
    },
    {
      unit: "乙 镇",
      indicators: {
        n_signed: 1,
        amt_signed: 10000,
        amt_arrived: 0,
        rate_signed: 0.5,
        rank_signed: 2,
      },
    },
    {
      unit: "丙镇",
      indicators: { n_signed: 0, amt_signed: 0, amt_arrived: 0, rate_signed: 0, rank_signed: 3 },
    },
  ],
  total: {
    indicators: { n_signed: 2, amt_signed: 28000, amt_arrived: 12000, rate_signed: 28000 / 130000 },
    dedup: { n_signed: 0, amt_signed: 0, amt_arrived: 0, amt_arrived_new: 0 },
  },
  issues: [],
};
const run = (previous?: CountyInput["previous"]) =>
  runCounty({
    ledgers: [ledger("甲镇", 50000, 10000), ledger("乙镇", 30000, 0), ledger("丙镇", 1000, 500)],
    targets: { file: targets.file, workbook: targets },
    asOf: AS_OF,
    ...(previous ? { previous } : {}),
  });
const withPrevious = run({ file: "上期汇总.json", text: JSON.stringify(earlier) });

describe("runCounty() with the previous period", () => {
  it("gives each unit its previous figures and the change in the JSON (万元, 个百分点, places)", async () => {
    const json = buildSummaryJson(await withPrevious, AS_OF);
    const jia = json.units!.find((u) => u.unit === "甲镇")!.previous!;
    expect([jia.asOf, jia.indicators["amt_signed"], jia.change["amt_signed"]]).toEqual([
      "2024-06-30",
      18000,
      32000,
    ]);
    // 50% now against 18% before: 32 points; 1st → 2nd: one place down.
    expect([
      jia.change["rate_signed"],
      jia.change["rank_signed"],
      jia.change["amt_arrived"],
    ]).toEqual([32, -1, -2000]);
  });

  it("matches a unit written with a space in the earlier summary (乙 镇 = 乙镇)", async () => {
    const json = buildSummaryJson(await withPrevious, AS_OF);
    expect(json.units!.find((u) => u.unit === "乙镇")!.previous!.change["rank_signed"]).toBe(1);
  });

  it("compares the county total", async () => {
    const json = buildSummaryJson(await withPrevious, AS_OF);
    // 81000 − 28000 signed; 10500 − 12000 arrived.
    expect([
      json.total!.previous!.change["amt_signed"],
      json.total!.previous!.change["amt_arrived"],
    ]).toEqual([53000, -1500]);
  });

  it("says the change in the county's and each unit's paragraph", async () => {
    const r = await withPrevious;
    const text = (subject: string) => r.paragraphs.find((p) => p.subject === subject)!.text;
    expect(text("全县")).toContain(
      "较上期（截至6月底）签约资金增加5.30亿元、到位资金减少0.15亿元。",
    );
    expect(text("甲镇")).toContain(
      "较上期（截至6月底）签约资金增加3.20亿元、到位资金减少0.20亿元，签约资金完成率排名下降1位。",
    );
    expect(text("乙镇")).toContain("签约资金完成率排名上升1位");
  });

  it("names the unit ranked last in both periods in the 通报 and under 通报表", async () => {
    const r = await withPrevious;
    expect(r.paragraphs.find((p) => p.subject === "各单位完成情况")!.text).toContain(
      "丙镇连续两次签约资金完成率排名末位。",
    );
    const bulletin = r.plan.sheets.find((s) => s.name === "通报表")!;
    expect(bulletin.cells.some((c) => c.value === "丙镇连续两次签约资金完成率排名末位。")).toBe(
      true,
    );
  });

  it("adds a 较上期 block to 指标汇总: the previous value as data, the change as a live formula", async () => {
    const summary = (await withPrevious).plan.sheets.find((s) => s.name === "指标汇总")!;
    const col = (header: string) =>
      summary.cells.find((c) => c.row === 3 && c.value === header)!.col;
    const at = (row: number, c: number) => summary.cells.find((x) => x.row === row && x.col === c)!;
    const prev = at(4, col("上期签约资金（万元）"));
    const change = at(4, col("签约资金较上期（万元）"));
    expect([prev.value, prev.formula, change.value]).toEqual([18000, undefined, 32000]);
    expect(change.formula).toMatch(/^IF\(OR\([A-Z]+5="",[A-Z]+5=""\),"",[A-Z]+5-[A-Z]+5\)$/);
    expect(at(4, col("签约资金完成率排名较上期（位，正数为上升）")).value).toBe(-1);
  });
});

describe("runCounty() with the settings' size bands", () => {
  it("counts and sums new projects of at least each band instead of the default ones", async () => {
    const r = await runCounty({
      ledgers: [ledger("甲镇", 50000, 10000), ledger("乙镇", 30000, 0), ledger("丙镇", 1000, 500)],
      asOf: AS_OF,
      settings: { ...DEFAULT_SETTINGS, sizeBands: [1000, 40000] },
    });
    const t = r.results.total.indicators;
    // ≥ 1000: all three (81000); ≥ 40000: 甲镇's 50000 only; the default 亿元 band is gone.
    expect([
      t["n_signed_ge_1000"],
      t["amt_signed_ge_1000"],
      t["n_signed_ge_40000"],
      t["amt_signed_ge_40000"],
      t["n_signed_ge_10000"],
    ]).toEqual([3, 81000, 1, 50000, undefined]);
    const header = r.plan.sheets[0]!.cells.filter((c) => c.row === 3).map((c) => c.value);
    expect(header).toContain("40000万元以上项目签约资金（万元）");
  });
});

describe("runCounty() with a previous summary it cannot use", () => {
  it("reports a file the front end could not read, with its reason, and goes on", async () => {
    const r = await run({ file: "上期汇总.json", failure: "文件不存在或没有读取权限" });
    expect([r.comparison, r.rows.merged]).toEqual([null, 3]);
    expect(r.issues.filter((i) => i.code === "previous_unusable").map((i) => i.message)).toEqual([
      "上期汇总文件“上期汇总.json”无法用于对比：文件不存在或没有读取权限。本次汇总照常完成，但不含较上期对比。请选择本县上一期用本工具导出的汇总 JSON 文件。",
    ]);
  });

  const refused = async (text: string) => {
    const r = await run({ file: "上期汇总.json", text });
    return {
      comparison: r.comparison,
      issues: r.issues.filter((i) => i.code === "previous_unusable").map((i) => i.message),
      merged: r.rows.merged,
    };
  };

  it.each([
    ["not JSON", "版本：2", "不是有效的 JSON 文件"],
    [
      "a summary cut off while written",
      JSON.stringify(earlier).slice(0, 40),
      "内容不完整（可能还在写入，或复制时中断）",
    ],
    [
      "version 1",
      JSON.stringify({ ...earlier, version: 1 }),
      "它是第 1 版汇总格式，只能对比第 2 版",
    ],
    [
      "a later date",
      JSON.stringify({ ...earlier, asOf: "2024-12-31" }),
      "上期截至日期 2024-12-31 不早于本次截至日期 2024-09-30",
    ],
    ["the same date", JSON.stringify({ ...earlier, asOf: AS_OF }), "不早于本次截至日期"],
    [
      "a check without figures",
      JSON.stringify({ version: 2, asOf: "2024-06-30", files: [], rows: {}, issues: [] }),
      "不含指标",
    ],
    [
      "another county",
      JSON.stringify({ ...earlier, units: [{ unit: "张村镇", indicators: {} }] }),
      "其中的单位（张村镇）与本次台账的单位没有一个相同，可能是其他县（区）的汇总",
    ],
    [
      "last period's workbook",
      "PK\u0003\u0004[Content_Types].xml",
      "这是 Excel 工作簿，不是汇总 JSON",
    ],
    ["someone else's JSON", JSON.stringify({ name: "x" }), "不是本工具导出的汇总 JSON"],
  ])("%s: names the file and why, and the run goes on without comparison", async (_, text, why) => {
    const r = await refused(text);
    expect(r.comparison).toBe(null);
    expect(r.merged).toBe(3);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toContain("上期汇总文件“上期汇总.json”无法用于对比");
    expect(r.issues[0]).toContain(why);
  });
});
