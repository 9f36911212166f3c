import { DEFAULT_SETTINGS } from "@zsyz/indicators";
import { describe, expect, it } from "vitest";
import { describeSettings } from "./describeSettings.js";

describe("describeSettings()", () => {
  it("names the county, DOMAIN.md's default bands and the scheme of the defaults", () => {
    expect(describeSettings(DEFAULT_SETTINGS)).toBe(
      `本县称谓「全县」；签约金额分档 1000、10000、100000 万元；考评办法「${DEFAULT_SETTINGS.scoring.name}」`,
    );
  });

  it("says what staff changed: bands, custom indicators, requirements, the counting policy", () => {
    const line = describeSettings({
      ...DEFAULT_SETTINGS,
      countyName: "全区",
      sizeBands: [5000],
      customIndicators: [{ key: "custom_1", name: "新签到位比", expression: "1" }],
      requirements: [{ indicator: "start_rate_new", atLeast: 0.8 }],
      countingPolicy: { origins: ["境外"], signTypes: ["合同"] },
    });
    expect(line).toContain("本县称谓「全区」；签约金额分档 5000 万元");
    expect(line).toContain("；自定义指标 1 个；达标要求 1 条；统计口径已修改");
  });
});
