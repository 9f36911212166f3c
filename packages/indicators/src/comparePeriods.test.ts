import { describe, expect, it } from "vitest";
import { comparePeriods, type PreviousPeriod } from "./comparePeriods.js";
import { DEFAULT_CATALOGUE } from "./compileIndicator.js";
import type { IndicatorResults } from "./computeIndicators.js";
import { writeChangeClause } from "./writeChangeClause.js";

// Hand-made results: 0.3 − 0.1 万元 must be exactly 0.2 (not 0.19999…); 50% − 37.5% is 12.5 points.
const results: IndicatorResults = {
  asOf: "2024-09-30",
  units: [
    {
      unit: "甲镇",
      indicators: { amt_signed: 0.3, amt_arrived: 5, rate_signed: 0.5, rank_signed: 2 },
      targets: {},
    },
    {
      unit: "乙镇",
      indicators: { amt_signed: 7, amt_arrived: 0, rate_signed: 0.1, rank_signed: 3 },
      targets: {},
    },
    {
      unit: "丙镇",
      indicators: { amt_signed: 90000, amt_arrived: 10000, rate_signed: 0.9, rank_signed: 1 },
      targets: {},
    },
    {
      unit: "新区",
      indicators: { amt_signed: 1, amt_arrived: 1, rate_signed: null, rank_signed: null },
      targets: {},
    },
  ],
  total: {
    indicators: { amt_signed: 32000, amt_arrived: 6, rate_signed: 0.4, rank_signed: null },
    targets: {},
  },
};
const previous: PreviousPeriod = {
  asOf: "2024-06-30",
  units: [
    {
      unit: "甲镇",
      indicators: { amt_signed: 0.1, amt_arrived: 5, rate_signed: 0.375, rank_signed: 1 },
    },
    {
      unit: "乙镇",
      indicators: { amt_signed: 7, amt_arrived: 0, rate_signed: 0.05, rank_signed: 3 },
    },
    {
      unit: "丙镇",
      indicators: { amt_signed: 10000, amt_arrived: 0, rate_signed: 0.2, rank_signed: 2 },
    },
  ],
  total: { amt_signed: 0, amt_arrived: 5 },
};
const c = comparePeriods(results, DEFAULT_CATALOGUE, previous);

describe("comparePeriods()", () => {
  it("gives amounts as exact differences, rates in points and ranks as places gained", () => {
    const jia = c.units.get("甲镇")!.change;
    expect([jia["amt_signed"], jia["rate_signed"], jia["rank_signed"]]).toEqual([0.2, 12.5, -1]);
  });

  it("leaves out a unit the earlier period did not have", () => {
    expect(c.units.has("新区")).toBe(false);
  });

  it("names the units ranked last in both periods", () => {
    expect([c.rankKey, c.lastTwice]).toEqual(["rank_signed", ["乙镇"]]);
  });

  it("names no unit when all are tied in a period (nobody is last), and 考评排名 only when scored", () => {
    const tied = (r: IndicatorResults): IndicatorResults => ({
      ...r,
      units: r.units.map((u) => ({ ...u, indicators: { ...u.indicators, rank_signed: 1 } })),
    });
    expect(comparePeriods(tied(results), DEFAULT_CATALOGUE, previous).lastTwice).toEqual([]);
    const scored = (r: IndicatorResults): IndicatorResults => ({
      ...r,
      units: r.units.map((u) => ({ ...u, indicators: { ...u.indicators, rank_score: 1 } })),
    });
    const withScores = {
      ...previous,
      units: previous.units.map((u) => ({ ...u, indicators: { ...u.indicators, rank_score: 1 } })),
    };
    expect(comparePeriods(scored(results), DEFAULT_CATALOGUE, withScores).rankKey).toBe(
      "rank_score",
    );
    expect(comparePeriods(scored(results), DEFAULT_CATALOGUE, withScores, false).rankKey).toBe(
      "rank_signed",
    );
  });

  it("gives null where either period has no value (the county has no rank)", () => {
    expect([c.total.change["rank_signed"], c.total.change["rate_signed"]]).toEqual([null, null]);
  });
});

describe("writeChangeClause()", () => {
  it("says increase, decrease or unchanged, in 亿元, and the rank's move", () => {
    expect(writeChangeClause(c.units.get("丙镇")!, "rank_signed")).toBe(
      "较上期（截至6月底）签约资金增加8.00亿元、到位资金增加1.00亿元，签约资金完成率排名上升1位",
    );
    expect(writeChangeClause(c.units.get("乙镇")!, "rank_signed")).toBe(
      "较上期（截至6月底）签约资金与上期持平、到位资金与上期持平，签约资金完成率排名与上期相同",
    );
    expect(writeChangeClause(c.total, null, { yiDecimals: 4 })).toBe(
      "较上期（截至6月底）签约资金增加3.2000亿元、到位资金增加0.0001亿元",
    );
  });
});
