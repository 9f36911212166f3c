import { describe, expect, it } from "vitest";
import {
  checkSettingChoices,
  checkSettingNumber,
  checkSettingText,
  settingChoicesRule,
  settingNumberRule,
} from "./checkSettingValue.js";

describe("checkSettingNumber()", () => {
  it("accepts a value within the setting's bounds", () => {
    expect(checkSettingNumber("rounding.yiDecimals", 6)).toBeNull();
    expect(checkSettingNumber("requirements[].atLeast", -3.5, { no: 1 })).toBeNull();
  });

  it("refuses a fraction where a whole number belongs, and text where a number does", () => {
    expect(checkSettingNumber("rounding.yiDecimals", 1.5)).toBe(
      "「亿元小数位」应为 0 到 6 之间的整数，如“2”。",
    );
    expect(checkSettingNumber("requirements[].atLeast", Number.NaN, { no: 2 })).toBe(
      "「达标要求」第2条的「达标线」应为数字（比率写百分数，50 即 50%），如“50”。",
    );
  });

  it("says how to leave out a setting that may be left out", () => {
    expect(checkSettingNumber("countingPolicy.minSigned", -1)).toBe(
      "「统计口径」的「新签项目签约资金起点」应为不小于 0 的数（万元），如“500”；不设起点请留空。",
    );
  });
});

describe("settingNumberRule()", () => {
  it("says the rule and an example without naming the setting, for a sheet's cell", () => {
    expect(settingNumberRule("scoring.deductions[].points")).toBe("应为 0 到 100 之间的数，如“2”");
  });
});

describe("checkSettingText()", () => {
  it("refuses blank text with an example", () => {
    expect(checkSettingText("scoring.name", "")).toBe(
      "「考评办法」的「办法名称」不能为空，如“招商引资考评办法”。",
    );
    expect(checkSettingText("countyName", "全区")).toBeNull();
  });
});

describe("checkSettingChoices()", () => {
  it("names a value that is not offered, and asks for at least one sign type", () => {
    expect(checkSettingChoices("countingPolicy.origins", ["外地"], ["省外", "境外"])).toBe(
      "「统计口径」的「计入的资金来源」只能从 省外、境外 中选，“外地”不在其中。",
    );
    expect(checkSettingChoices("countingPolicy.signTypes", [], ["合同", "协议"])).toBe(
      "「统计口径」的「计为签约的签约类型」至少要选一种，如“合同”。",
    );
    expect(checkSettingChoices("countingPolicy.origins", [], ["省外"])).toBeNull();
  });
});

describe("settingChoicesRule()", () => {
  it("says the rule without the place, and how to type it in a cell when typed", () => {
    expect(settingChoicesRule("countingPolicy.origins", ["外地"], ["省外", "境外"])).toBe(
      "只能从 省外、境外 中选，“外地”不在其中",
    );
    expect(settingChoicesRule("countingPolicy.origins", ["外地"], ["省外", "境外"], true)).toBe(
      "只能从 省外、境外 中选，用顿号分隔；“外地”不在其中",
    );
    expect(settingChoicesRule("countingPolicy.signTypes", [], ["合同", "协议"], true)).toBe(
      "至少要填一种，如“合同”",
    );
    expect(settingChoicesRule("countingPolicy.origins", "省外", ["省外", "境外"])).toBe(
      "只能从 省外、境外 中选，如“省外”",
    );
    expect(settingChoicesRule("countingPolicy.signTypes", ["协议"], ["合同", "协议"])).toBeNull();
  });
});
