import { buildSummaryJson, type CountyRun } from "@zsyz/county";
import { DEFAULT_SETTINGS } from "@zsyz/indicators";
import type { GridSheet } from "@zsyz/ledger";
import { makeSheet, sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { ALL_CAPABILITIES } from "../testing/fakeExcel/allCapabilities.js";
import { FakeExcel } from "../testing/fakeExcel/FakeExcel.js";
import { excelPaneHost } from "./office/excelPaneHost.js";
import { runOneClick } from "./runOneClick.js";

const AS_OF = "2024-09-30";
const ledgers = sampleLedgers(2024);
const chengguan = ledgers.find((w) => w.file.startsWith("城关镇"))!.sheets[0]!;
const kaifaqu = ledgers
  .find((w) => w.file.startsWith("经济开发区"))!
  .sheets.find((s) => s.name === "台账")!;
// Both units report the project on their row 6 (worked out from the sample ledgers).
const shared = String(chengguan.rows[5]![1]!.value);

/**
 * 城关镇 and 经济开发区 in one workbook with the targets, and maybe the 重复项目归属 sheet
 * (under `ownershipName`) and more sheets.
 */
function workbook(
  ownership: boolean,
  ownershipName = "重复项目归属",
  more: GridSheet[] = [],
): FakeExcel {
  const fake = new FakeExcel();
  fake.loadGrid({
    file: "全县.xlsx",
    sheets: [
      { ...chengguan, name: "城关镇" },
      { ...kaifaqu, name: "经济开发区" },
      { ...sampleTargets().sheets[0]!, name: "任务分解" },
      ...(ownership
        ? [
            makeSheet(ownershipName, [
              ["项目名称", "归属单位", "说明"],
              [shared, "城关镇", "经县招商局核实"],
            ]),
          ]
        : []),
      ...more,
    ],
  });
  return fake;
}

/** 问题清单's rows as written to the workbook: 单位 (C), 工作表 (E), 单元格 (F) and 原值 (G). */
function issueRows(fake: FakeExcel): string[][] {
  const rows: string[][] = [];
  for (let r = 3; fake.cell("问题清单", `A${r}`)?.value; r += 1)
    rows.push(
      ["C", "E", "F", "G"].map((c) => String(fake.cell("问题清单", `${c}${r}`)?.value ?? "")),
    );
  return rows;
}

const oneClick = (fake: FakeExcel) =>
  runOneClick(
    excelPaneHost(fake, ALL_CAPABILITIES),
    { ledgerSheets: ["城关镇", "经济开发区"], targetSheet: "任务分解", asOf: AS_OF },
    DEFAULT_SETTINGS,
  );

describe("一键计算 with the county's rules beside the targets", () => {
  it("takes a project both units report out of the county total once, through the deduction row", async () => {
    const { run } = await oneClick(workbook(false));
    expect(buildSummaryJson(run, AS_OF).total?.dedup).toMatchObject({ n_signed: 1 });
  });

  it("reads the workbook's 重复项目归属 sheet: the owner alone counts the project, no deduction", async () => {
    const { run } = await oneClick(workbook(true));
    expect(buildSummaryJson(run, AS_OF).total?.dedup).toMatchObject({ n_signed: 0, amt_signed: 0 });
    const dup = run.issues.filter((i) => i.code === "duplicate_project");
    expect(dup.map((i) => i.severity)).not.toContain("error");
  });
});

describe("一键计算 finding the county's rule sheets", () => {
  // 统计口径 counting only 境外 money: every sample project from elsewhere is left out, with a
  // warning each; its 起点 row cannot be read.
  const policy = (name: string) =>
    makeSheet(name, [
      ["口径", "设置", "说明"],
      ["计入的资金来源", "境外", ""],
      ["新签项目签约资金起点（万元）", "很多", ""],
    ]);
  const excluded = (issues: { code: string }[]) =>
    issues.filter((i) => i.code === "policy_excluded").length;

  it("reads 重复项目归属 under a name with stray spaces, as the CLI finds it", async () => {
    const { run } = await oneClick(workbook(true, " 重复项目归属 "));
    expect(buildSummaryJson(run, AS_OF).total?.dedup).toMatchObject({ n_signed: 0, amt_signed: 0 });
  });

  it("applies the workbook's 统计口径 with no target sheet chosen, and lists the cells it could not read in 问题清单", async () => {
    const request = { ledgerSheets: ["城关镇", "经济开发区"], targetSheet: null, asOf: AS_OF };
    const plain = await runOneClick(
      excelPaneHost(workbook(false), ALL_CAPABILITIES),
      request,
      DEFAULT_SETTINGS,
    );
    const fake = workbook(false, "", [policy("统计 口径")]);
    const ruled = await runOneClick(
      excelPaneHost(fake, ALL_CAPABILITIES),
      request,
      DEFAULT_SETTINGS,
    );
    expect(excluded(plain.run.issues)).toBe(0);
    expect(excluded(ruled.run.issues)).toBeGreaterThan(0);
    expect(ruled.ruleIssues.map((i) => [i.sheet, i.cell])).toEqual([["统计 口径", "B3"]]);
    // A rule sheet's problem is the county's: no township's 单位, nothing off its 考评得分.
    expect(issueRows(fake)).toContainEqual(["", "统计 口径", "B3", "很多"]);
    // The pane's own settings stay as they were: the report compares against them.
    expect(ruled.settings).toBe(DEFAULT_SETTINGS);
    // No target table: the rule sheets did not go in as one (its absence would be an issue).
    expect(ruled.run.targets).toBeNull();
  });
});

describe("一键计算 with a 考评办法 sheet", () => {
  const scoreTitle = (fake: FakeExcel) => fake.cell("考评得分", "A1")?.value;

  it("scores by a 考评办法 sheet it can read, and says the run took it", async () => {
    const fake = workbook(false, "", [
      makeSheet("考评办法", [
        ["类别", "指标或问题", "分值"],
        ["办法名称", "2024年县考评办法", null],
        ["考评项目", "签约资金完成率", 100],
      ]),
    ]);
    const { run, ruleIssues } = await oneClick(fake);
    expect(run.ruleSheets).toEqual([{ sheet: "考评办法", part: "scoring" }]);
    expect(ruleIssues).toEqual([]);
    expect(scoreTitle(fake)).toBe("招商引资考评得分（2024年县考评办法）");
  });

  it("names under the button a 考评办法 without its header, and scores by the pane's settings", async () => {
    const fake = workbook(false, "", [
      makeSheet("考评办法", [
        ["考核内容", "满分"],
        ["签约资金完成率", 100],
      ]),
    ]);
    const { run, ruleIssues } = await oneClick(fake);
    expect(run.ruleSheets).toEqual([]);
    expect(ruleIssues.map((i) => [i.sheet, i.cell, i.raw])).toEqual([
      ["考评办法", "A1", "考核内容、满分"],
    ]);
    expect(scoreTitle(fake)).toBe(`招商引资考评得分（${DEFAULT_SETTINGS.scoring.name}）`);
  });
});

describe("一键计算 without a target sheet", () => {
  const request = { ledgerSheets: ["城关镇", "经济开发区"], targetSheet: null, asOf: AS_OF };
  const unit = (run: CountyRun, name: string) =>
    run.results.units.find((u) => u.unit === name)!.indicators;

  it("applies 重复项目归属: 经济开发区's copy of the shared project is left out, nothing is deducted", async () => {
    const before = await runOneClick(
      excelPaneHost(workbook(false), ALL_CAPABILITIES),
      request,
      DEFAULT_SETTINGS,
    );
    const { run } = await runOneClick(
      excelPaneHost(workbook(true), ALL_CAPABILITIES),
      request,
      DEFAULT_SETTINGS,
    );
    // Unresolved, the later copy (经济开发区's row 6: 合同 of 2024-04-12, 签约 26000, 到位 9000)
    // comes out of the county total once.
    expect(buildSummaryJson(before.run, AS_OF).total?.dedup).toEqual({
      n_signed: 1,
      amt_signed: 26000,
      amt_arrived: 9000,
      amt_arrived_new: 9000,
    });
    // Owned by 城关镇: 经济开发区's copy is rejected, so that unit counts one project and 26000
    // less, 城关镇 and the county total are unchanged, and nothing is deducted.
    expect(buildSummaryJson(run, AS_OF).total?.dedup).toEqual({
      n_signed: 0,
      amt_signed: 0,
      amt_arrived: 0,
      amt_arrived_new: 0,
    });
    expect(run.rows.rejected).toBe(before.run.rows.rejected + 1);
    expect(run.rows.read).toBe(before.run.rows.read);
    const park = (r: CountyRun, k: string) => unit(r, "经济开发区")[k] as number;
    expect(park(before.run, "n_signed") - park(run, "n_signed")).toBe(1);
    expect(park(before.run, "amt_signed") - park(run, "amt_signed")).toBeCloseTo(26000, 6);
    expect(unit(run, "城关镇").amt_signed).toBe(unit(before.run, "城关镇").amt_signed);
    expect(run.results.total.indicators.amt_signed).toBe(
      before.run.results.total.indicators.amt_signed,
    );
    expect(run.issues.filter((i) => i.code.startsWith("duplicate")).map((i) => i.severity)).toEqual(
      ["warning", "warning"],
    );
  });

  it("lists a 重复项目归属 row naming no duplicate in 问题清单 with its cell", async () => {
    const fake = workbook(false, "", [
      makeSheet("重复项目归属", [
        ["项目名称", "归属单位"],
        ["没有重复的项目", "城关镇"],
      ]),
    ]);
    const { ruleIssues } = await runOneClick(
      excelPaneHost(fake, ALL_CAPABILITIES),
      request,
      DEFAULT_SETTINGS,
    );
    expect(ruleIssues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["ownership_invalid", "重复项目归属", "A2"],
    ]);
    expect(issueRows(fake)).toContainEqual(["", "重复项目归属", "A2", "没有重复的项目"]);
  });
});
