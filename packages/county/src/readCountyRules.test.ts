import { DEFAULT_SETTINGS, type Settings } from "@zsyz/indicators";
import type { GridSheet } from "@zsyz/ledger";
import { makeSheet } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { readCountyRules } from "./readCountyRules.js";
import { ruleTemplates } from "./ruleTemplates.js";

// Settings that differ from the templates' defaults in every rule, so a part taken from a
// sheet shows.
const given: Settings = {
  ...DEFAULT_SETTINGS,
  scoring: {
    name: "设置中的办法",
    items: [{ indicator: "rate_signed", weight: 100, method: "linear" }],
    deductions: [],
  },
  requirements: [{ indicator: "rate_signed", atLeast: 0.1 }],
  countingPolicy: { origins: ["境外"], signTypes: ["合同"] },
};
const [schemeTemplate, requirementTemplate, policyTemplate] = ruleTemplates({
  ...DEFAULT_SETTINGS,
  requirements: [{ indicator: "rate_arrived", atLeast: 0.5 }],
});
// A rule sheet as 新建台账 writes it and staff fill it in, under the name given.
const filled = (name: string, t: typeof schemeTemplate): GridSheet =>
  makeSheet(name, [t!.columns.map((c) => c.header), ...(t!.rows ?? []).map((r) => [...r])]);
const owners = (rows: string[][]): GridSheet =>
  makeSheet("重复项目归属", [["项目名称", "归属单位", "说明"], ...rows]);
const read = (sheets: GridSheet[]) =>
  readCountyRules({ file: "任务.xlsx", workbook: { file: "任务.xlsx", sheets } }, given);

describe("readCountyRules()", () => {
  it("names each part its sheets gave, by the sheet's name as the workbook spells it", () => {
    const rules = read([
      owners([["光伏电站项目", "城关镇", ""]]),
      filled(" 考评办法", schemeTemplate),
      filled("达标要求", requirementTemplate),
      filled("统计 口径", policyTemplate),
    ]);
    expect(rules.replaced).toEqual([
      { sheet: "重复项目归属", part: "owners" },
      { sheet: " 考评办法", part: "scoring" },
      { sheet: "达标要求", part: "requirements" },
      { sheet: "统计 口径", part: "counting" },
    ]);
    expect(rules.settings.scoring.name).toBe("默认考评办法");
    expect(rules.settings.requirements).toEqual([{ indicator: "rate_arrived", atLeast: 0.5 }]);
    expect(rules.issues).toEqual([]);
  });

  it("does not count a filled 考评办法 sheet without a header it knows, and says why in an issue", () => {
    const rules = read([
      makeSheet("考评办法", [["2025年考评办法"], ["考核内容", "满分"], ["签约资金完成率", 40]]),
      filled("统计口径", policyTemplate),
    ]);
    expect(rules.replaced).toEqual([{ sheet: "统计口径", part: "counting" }]);
    expect(rules.settings.scoring).toBe(given.scoring);
    expect(rules.issues.map((i) => [i.code, i.sheet, i.cell, i.raw])).toEqual([
      ["settings_invalid", "考评办法", "A1", "2025年考评办法"],
    ]);
    expect(rules.issues[0]?.message).toBe(
      "设置“考评办法”的值“2025年考评办法”无法采用：前 10 行中没有找到含“指标或问题”和“分值”两列的表头，整张表未采用。考评得分按「设置」中的考评办法计算；要按本表计分，请按“新建台账”生成的表头填写。",
    );
  });

  it("does not count a 考评办法 sheet with deductions but no 考评项目 it can use", () => {
    const rules = read([
      makeSheet("考评办法", [
        ["类别", "指标或问题", "分值"],
        ["扣分项", "疑似重复报送", 2],
      ]),
    ]);
    expect(rules.replaced).toEqual([]);
    expect(rules.settings.scoring).toBe(given.scoring);
    expect(rules.issues.map((i) => [i.sheet, i.cell])).toEqual([["考评办法", "B1"]]);
  });

  it("does not count a 达标要求 sheet without its header, nor a 重复项目归属 sheet that names no owner", () => {
    const rules = read([
      owners([["光伏电站项目", "", ""]]),
      makeSheet("达标要求", [
        ["考核内容", "标准"],
        ["资金到位率", "50%"],
      ]),
    ]);
    expect(rules.replaced).toEqual([]);
    expect(rules.settings.requirements).toBe(given.requirements);
    expect(rules.owners).toEqual([]);
    expect(rules.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["ownership_invalid", "重复项目归属", "B2"],
      ["settings_invalid", "达标要求", "A1"],
    ]);
  });

  it("does not count a filled 重复项目归属 sheet without its header, and says why at its first filled row", () => {
    const rules = read([
      makeSheet("重复项目归属", [
        ["项目", "单位"],
        ["光伏电站项目", "城关镇"],
      ]),
    ]);
    expect(rules.replaced).toEqual([]);
    expect(rules.owners).toEqual([]);
    expect(rules.issues.map((i) => [i.code, i.sheet, i.cell, i.raw])).toEqual([
      ["ownership_invalid", "重复项目归属", "A1", "项目、单位"],
    ]);
  });

  it("takes nothing, silently, from rule sheets left blank or holding only their header", () => {
    const rules = read([
      makeSheet("考评办法", [[null, ""]]),
      makeSheet("达标要求", [["指标", "达标值", "说明"]]),
      owners([]),
    ]);
    expect(rules).toEqual({ settings: given, owners: [], replaced: [], issues: [] });
  });
});
