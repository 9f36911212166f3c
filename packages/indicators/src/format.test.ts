import { describe, expect, it } from "vitest";
import {
  describeProgressGap,
  formatIndicator,
  formatPercent,
  formatPp,
  formatUsd,
  formatWan,
  formatYi,
} from "./format.js";

describe("formatYi()", () => {
  it("shows 498592万元 as 49.86亿元", () => {
    expect(formatYi(498592)).toBe("49.86亿元");
  });

  it("shows the gaps of the report: 4.81亿元 and 3.14亿元", () => {
    expect([formatYi(48092), formatYi(31408)]).toEqual(["4.81亿元", "3.14亿元"]);
  });

  it("rounds half up on the exact value (0.125亿 → 0.13)", () => {
    expect(formatYi(1250)).toBe("0.13亿元");
  });

  it("takes the number of decimals and zero trimming as options", () => {
    expect([formatYi(374000, { trimZeros: true }), formatYi(498592, { yiDecimals: 4 })]).toEqual([
      "37.4亿元",
      "49.8592亿元",
    ]);
  });
});

describe("formatPercent()", () => {
  it("shows the report's rates: 94.07%, 110.68%, 25.00%, 33.33%", () => {
    expect([
      formatPercent(498592 / 530000),
      formatPercent(498592 / 450500),
      formatPercent(5.5 / 22),
      formatPercent(100 / 300),
    ]).toEqual(["94.07%", "110.68%", "25.00%", "33.33%"]);
  });

  it("writes 25% when zeros are trimmed", () => {
    expect(formatPercent(0.25, { trimZeros: true })).toBe("25%");
  });
});

describe("formatPp()", () => {
  it("shows percentage points with 2 decimals", () => {
    expect(formatPp(19.073962264150943)).toBe("19.07个百分点");
  });
});

describe("describeProgressGap()", () => {
  it("says 高于时序进度 when ahead", () => {
    expect(describeProgressGap(19.073962264150943)).toBe("高于时序进度19.07个百分点");
  });

  it("says 低于时序进度 with the absolute gap when behind", () => {
    expect(describeProgressGap(-3.456)).toBe("低于时序进度3.46个百分点");
  });

  it("says 持平 when the gap rounds to zero", () => {
    expect(describeProgressGap(-0.004)).toBe("与时序进度持平");
  });
});

describe("formatWan() / formatUsd()", () => {
  it("shows 万元 and 万美元 amounts", () => {
    expect([formatWan(1200), formatUsd(100)]).toEqual(["1200.00万元", "100.00万美元"]);
  });
});

describe("formatIndicator()", () => {
  it("formats by the catalogue's display format, empty as blank", () => {
    expect([
      formatIndicator("count", 59),
      formatIndicator("rank", 1),
      formatIndicator("flag", true),
      formatIndicator("percent", null),
    ]).toEqual(["59个", "第1位", "是", ""]);
  });
});
