import { describe, expect, it } from "vitest";
import { settingPlace } from "./settingLabels.js";

describe("settingPlace()", () => {
  it("names a top-level setting by its label", () => {
    expect(settingPlace("sizeBands")).toBe("「签约金额分档」");
    expect(settingPlace("rounding.percentDecimals")).toBe("「百分比小数位」");
  });

  it("names a field of 统计口径 and of 考评办法 within its form", () => {
    expect(settingPlace("countingPolicy.minSigned")).toBe("「统计口径」的「新签项目签约资金起点」");
    expect(settingPlace("scoring.name")).toBe("「考评办法」的「办法名称」");
  });

  it("names a list entry as the form numbers it", () => {
    expect(settingPlace("scoring.items[].weight", { no: 2 })).toBe(
      "「考评办法」「考评项目2」的「分值」",
    );
    expect(settingPlace("scoring.deductions", { no: 1 })).toBe("「考评办法」「扣分项1」");
    expect(settingPlace("requirements[].atLeast", { no: 3 })).toBe("「达标要求」第3条的「达标线」");
  });

  it("names a custom indicator by its name, or by its number while it has none", () => {
    expect(settingPlace("customIndicators[].expression", { no: 1, name: "亿元项目数" })).toBe(
      "「自定义指标」「亿元项目数」的「公式」",
    );
    expect(settingPlace("customIndicators[].name", { no: 2, name: " " })).toBe(
      "「自定义指标2」的「名称」",
    );
  });
});
