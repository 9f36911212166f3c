import { describe, expect, it } from "vitest";
import { extractPeriod } from "./extractPeriod.js";
import { normalizeText } from "./normalizeText.js";

const end = (text: string): number | undefined =>
  extractPeriod(normalizeText(text)).period?.endMonth;

describe("extractPeriod()", () => {
  it.each([
    ["一季度签约资金调度目标", 3],
    ["第一季度签约资金", 3],
    ["二季度到位资金", 6],
    ["上半年签约资金", 6],
    ["三季度签约资金", 9],
    ["第三季度签约资金", 9],
    ["前三季度签约资金", 9],
    ["四季度签约资金", 12],
    ["1-9月签约资金", 9],
    ["1—9月签约资金", 9],
    ["1——9月签约资金", 9],
    ["1至9月签约资金", 9],
    ["１－９月签约资金", 9],
    ["1-6月份到位资金", 6],
    ["9月底签约资金", 9],
    ["截至9月签约资金", 9],
    ["截止11月底到位资金", 11],
    ["签约资金（1-3月）", 3],
  ])("reads %j as ending in month %d", (text, month) => {
    expect(end(text)).toBe(month);
  });

  it("names the period written first and takes every period out of the text", () => {
    expect(extractPeriod(normalizeText("第三季度(1——9月)签约资金调度目标"))).toEqual({
      rest: "签约资金调度目标",
      period: { text: "第三季度", endMonth: 9, wholeYear: false },
    });
  });

  it("reports 全年 and 年度 as the whole year but leaves the words in the text", () => {
    expect(extractPeriod("全年签约资金调度目标")).toEqual({
      rest: "全年签约资金调度目标",
      period: { text: "全年", endMonth: 12, wholeYear: true },
    });
    expect(extractPeriod("2024年度签约资金任务").period).toEqual({
      text: "年度",
      endMonth: 12,
      wholeYear: true,
    });
  });

  it("drops a year in front without taking it for a period", () => {
    expect(extractPeriod("2024年1-9月完成")).toEqual({
      rest: "完成",
      period: { text: "1-9月", endMonth: 9, wholeYear: false },
    });
  });

  it("leaves a single month and 本年 alone: a month's figure and this year's are not periods", () => {
    expect(extractPeriod("9月到位资金")).toEqual({ rest: "9月到位资金" });
    expect(extractPeriod("本年到位资金")).toEqual({ rest: "本年到位资金" });
  });
});
