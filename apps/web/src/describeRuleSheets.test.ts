import { describe, expect, it } from "vitest";
import { describeRuleSheets } from "./describeRuleSheets.js";

describe("describeRuleSheets()", () => {
  it("names the sheets that replaced 设置's parts as the workbook spells them, then 重复项目归属", () => {
    expect(
      describeRuleSheets([
        { sheet: "重复项目归属", part: "owners" },
        { sheet: " 考评办法", part: "scoring" },
        { sheet: "统计口径", part: "counting" },
      ]),
    ).toBe(
      "「 考评办法」「统计口径」按任务分解表所在工作簿中的表计算（优先于「设置」）。重复报送的项目按「重复项目归属」表认定归属单位。",
    );
  });

  it("says nothing when the run took no rule sheet", () => {
    expect(describeRuleSheets([])).toBe("");
  });
});
