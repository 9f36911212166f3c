// `zsyz merge` (and, at the end, the pane's 一键计算) with a target workbook that carries the
// county's own rules (考评办法, 达标要求, 统计口径 as 新建台账 writes them, none of them the
// default) and one bad row in two of them: the rules take effect, the bad rows are named at
// their cells and left out, the rest apply. Every expected figure below is worked by hand from
// the bundled ledgers (tests/batch/merge.e2e.test.ts pins the same ledgers under the default
// rules).
import { buildSummaryJson } from "@zsyz/county";
import { DEFAULT_SETTINGS } from "@zsyz/indicators";
import type { GridSheet, GridWorkbook } from "@zsyz/ledger";
import { sampleLedgers } from "@zsyz/ledger/samples";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { excelPaneHost } from "../../apps/excel-addin/src/office/excelPaneHost.js";
import { runOneClick } from "../../apps/excel-addin/src/runOneClick.js";
import { FakeExcel } from "../../apps/excel-addin/testing/fakeExcel/FakeExcel.js";
import { ALL_CAPABILITIES as ALL } from "../../apps/excel-addin/testing/fakeExcel/allCapabilities.js";
import { BAD_CELLS, ruleTargets, writeRuleCounty } from "../helpers/ruleCounty.js";
import { runZsyz, type RunResult, type SummaryJson } from "../helpers/runZsyz.js";
import { readWorkbook, sheetOf } from "../helpers/xlsxParts.js";
import { compareWithLibreOffice } from "./lo-compare.js";

const AS_OF = "2024-09-30";

let dir: string;
let run: RunResult;
let summary: SummaryJson;
let book: GridWorkbook;
const unit = (name: string) => summary.units.find((u) => u.unit === name)!.indicators;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zsyz-rules-"));
  await writeRuleCounty(dir);
  run = runZsyz(
    [
      "merge",
      "台账",
      "--targets",
      "任务分解表.xlsx",
      "--as-of",
      AS_OF,
      "--out",
      "县汇总.xlsx",
      "--json",
      "汇总.json",
      "-q",
    ],
    { cwd: dir },
  );
  summary = JSON.parse(await readFile(join(dir, "汇总.json"), "utf8")) as SummaryJson;
  book = readWorkbook(await readFile(join(dir, "县汇总.xlsx")), "县汇总.xlsx");
});

describe("zsyz merge with the county's rules in the target workbook", () => {
  it("finishes (exit 1 for the ledgers' planted errors) with every row accounted for", () => {
    expect(run.code, run.stderr).toBe(1);
    // The policy leaves projects out of the figures, never out of the accounting.
    expect(summary.rows).toEqual({ read: 65, merged: 64, rejected: 1 });
  });

  it("names each bad rule cell by sheet and cell, on screen and in the JSON", () => {
    const invalid = summary.issues.filter((i) => i.code === "settings_invalid");
    expect(invalid.map((i) => [i.file, i.sheet, i.cell, i.raw])).toEqual([
      ["任务分解表.xlsx", "考评办法", BAD_CELLS.schemePoints.cell, "十五分"],
      ["任务分解表.xlsx", "达标要求", BAD_CELLS.requirementName.cell, "招商满意度"],
    ]);
    // In the 设置 form's words for the same field, with an example of what to write.
    expect(invalid[0]!.message).toContain("分值应为 0 到 1000 之间的数，如“35”。该项未采用");
    expect(invalid[1]!.message).toMatch(/不是已有的指标名称/);
    expect(run.stdout).toContain("考评办法!C5");
    expect(run.stdout).toContain("达标要求!A4");
  });

  it("leaves out, with a warning at the cell, exactly the projects outside the 统计口径", () => {
    // 起点 1000万元: 南湖镇's 900, 东城街道's 400 and 0.075亿 (750); 市内 money: 城关镇's 分布式光伏.
    const excluded = summary.issues.filter((i) => i.code === "policy_excluded");
    expect(excluded.map((i) => [i.file, `${i.sheet}!${i.cell}`, i.raw])).toEqual([
      ["台账/05-南湖镇-9月.xlsx", "统计表!F11", "900"],
      ["台账/城关镇招商引资项目台账.xlsx", "项目台账!E9", "市内"],
      ["台账/东城街道.xlsx", "9月台账!H5", "400多万元"],
      ["台账/东城街道.xlsx", "9月台账!H11", "0.075"],
    ]);
    expect(excluded[1]!.message).toContain("资金来源为“市内”");
  });

  it("counts the new projects the policy keeps, per unit and for the county", () => {
    // Default run: 南湖镇 7, 城关镇 13, 东城街道 9 — less the four above.
    const counts = summary.units.map((u) => [u.unit, u.indicators.n_signed]);
    expect(counts).toEqual([
      ["城关镇", 12],
      ["河西乡", 6],
      ["东城街道", 7],
      ["经济开发区", 11],
      ["北山镇", 0],
      ["南湖镇", 6],
      ["西岭镇", 0],
    ]);
    // 城关镇: 26023+5324+26000+5305+28063+22853+15111+28265+9947+2017+9406+1800 (蔬菜净菜, its row
    // in 经济开发区's file); 东城街道: 15000+22000+35000+9796+24439+29670+9585.
    expect(unit("城关镇").amt_signed).toBe(180114);
    expect(unit("东城街道").amt_signed).toBe(145490);
    expect(unit("南湖镇").amt_signed).toBe(105634);
    // 42 new projects less the duplicate counted once; 660062 − 26000 万元.
    expect(summary.total.indicators.n_signed).toBe(41);
    expect(summary.total.indicators.amt_signed).toBe(634062);
  });

  it("applies the 达标要求 (资金到位率 ≥ 25%, 开工率 ≥ 50%) per unit; the unknown one adds nothing", () => {
    const meets = summary.units.map((u) => [
      u.unit,
      u.indicators.meets_arrival_rate_new,
      u.indicators.meets_start_rate_new,
    ]);
    // 到位率: 49410/180114 = 27.4%, 29085/78193 = 37.2%, 29610/145490 = 20.4%, 40711/150631 =
    // 27.0%, 13044/105634 = 12.3%; 开工率: 6/12, 3/6 (both exactly the line), 5/7, 3/11, 1/6.
    expect(meets).toEqual([
      ["城关镇", true, true],
      ["河西乡", true, true],
      ["东城街道", false, true],
      ["经济开发区", true, false],
      ["北山镇", null, null],
      ["南湖镇", false, false],
      ["西岭镇", null, null],
    ]);
    expect(Object.keys(unit("城关镇")).filter((k) => k.startsWith("meets_"))).toEqual([
      "meets_arrival_rate_new",
      "meets_start_rate_new",
    ]);
    // The county: 152860/634062 = 24.11%, short of 25%.
    expect(summary.total.indicators.meets_arrival_rate_new).toBe(false);
    const county = String(sheetOf(book, "报告摘要").rows[2]?.[1]?.value);
    expect(county).toContain("资金到位率24.11%，未达到25%的要求");
  });

  it("scores each unit by the 考评办法 sheet, the bad item left out", () => {
    // 80 × min(签约资金完成率, 100%) + 20 for 到位率 ≥ 30% (10 from 25%) − 2 per 疑似重复报送:
    // 城关镇 80 + 10 − 2; 河西乡 80 × 78193/80000 + 20; 东城街道 80 + 0; 经济开发区
    // 80 × 150631/200000 + 10 − 2; 南湖镇 80 + 0; 北山镇 and 西岭镇 nothing signed, no rate.
    const scores = summary.units.map((u) => [u.unit, u.indicators.score, u.indicators.rank_score]);
    expect(scores).toEqual([
      ["城关镇", 88, 2],
      ["河西乡", 98.193, 1],
      ["东城街道", 80, 3],
      ["经济开发区", 68.2524, 5],
      ["北山镇", 0, 6],
      ["南湖镇", 80, 3],
      ["西岭镇", 0, 6],
    ]);
    const ws = sheetOf(book, "考评得分");
    expect(ws.rows[0]?.[0]?.value).toBe("招商引资考评得分（2024年度招商引资考评办法）");
    expect(ws.rows[2]?.map((c) => c?.value)).toEqual([
      "单位",
      "签约资金完成率（80分）",
      "资金到位率（20分）",
      "扣分：疑似重复报送（每项2分，最多10分）",
      "得分",
      "排名",
    ]);
  });

  it("writes 指标汇总 and 考评得分 whose formulas LibreOffice recomputes to the same figures", async () => {
    const { formulas, mismatches } = await compareWithLibreOffice(join(dir, "县汇总.xlsx"), [
      "指标汇总",
      "考评得分",
    ]);
    // 考评得分: 7 units × (2 items + 1 deduction + 得分 + 排名).
    expect(formulas["考评得分"]).toBe(35);
    expect(formulas["指标汇总"]).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  });
});

// The task pane reads the same rule sheets from the open workbook (beside 任务分解) and hands
// them to the same pipeline: the ledgers as sheets of one workbook, as in tests/parity.
describe("一键计算 in the pane with the rule sheets in the workbook", () => {
  let pane: SummaryJson;
  beforeAll(async () => {
    const ledgers = sampleLedgers(2024).flatMap((book, i) =>
      book.sheets
        .filter((s) => !s.hidden)
        .map((s): GridSheet => ({ ...s, name: `${i + 1}${s.name}` })),
    );
    const fake = new FakeExcel({ name: "全县.xlsx" });
    fake.loadGrid({ file: "全县.xlsx", sheets: [...ledgers, ...ruleTargets().sheets] });
    // The pane's own settings stay the defaults: only the sheets can bring these rules.
    const result = await runOneClick(
      excelPaneHost(fake, ALL),
      { ledgerSheets: ledgers.map((s) => s.name), targetSheet: "任务分解", asOf: AS_OF },
      DEFAULT_SETTINGS,
    );
    expect(result.applied.ok).toBe(true);
    // As the JSON file would hold it, in the shape the CLI's is read.
    pane = JSON.parse(JSON.stringify(buildSummaryJson(result.run, AS_OF))) as SummaryJson;
  });

  it("applies the 统计口径 and 达标要求 as the CLI does", () => {
    const pick = (s: { units: SummaryJson["units"] }) =>
      s.units.map((u) => [
        u.unit,
        u.indicators.n_signed,
        u.indicators.amt_signed,
        u.indicators.meets_arrival_rate_new,
        u.indicators.meets_start_rate_new,
      ]);
    expect(pick(pane)).toEqual(pick(summary));
    expect(pane.total.indicators.n_signed).toBe(41);
    expect(pane.issues.filter((i) => i.code === "policy_excluded")).toHaveLength(4);
  });

  it("names the bad rule cells of its own sheets", () => {
    const invalid = pane.issues.filter((i) => i.code === "settings_invalid");
    expect(invalid.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["考评办法!C5", "达标要求!A4"]);
  });

  it("scores by the 考评办法 sheet as the CLI does, each deduction with the unit whose row it is", () => {
    const score = (unit: string) => pane.units.find((u) => u.unit === unit)!.indicators.score;
    expect(pane.units.map((u) => u.unit)).toEqual(summary.units.map((u) => u.unit));
    // Every ledger is a sheet of one workbook here: 城关镇's and 经济开发区's 疑似重复报送 rows
    // still cost each of them 2 points (by hand: 90 − 2 and 70.2524 − 2).
    expect(
      ["城关镇", "河西乡", "东城街道", "经济开发区", "南湖镇", "北山镇", "西岭镇"].map(score),
    ).toEqual([88, 98.193, 80, 68.2524, 80, 0, 0]);
    // One 疑似重复报送 row on each side (城关镇's is sheet 1, 经济开发区's sheet 4).
    const duplicates = pane.issues.filter((i) => i.code === "duplicate_project");
    expect(duplicates.map((i) => i.sheet).sort()).toEqual(["1项目台账", "4台账"]);
  });
});
