import { describe, expect, it } from "vitest";
import { computeIndicators } from "./computeIndicators.js";
import { scoreUnits } from "./scoreUnits.js";
import type { ScoringScheme } from "./scoringScheme.js";
import { signed, target } from "./testing/records.js";

const results = computeIndicators({
  records: [
    signed("甲", { amt_signed: 150, amt_arrived: 90, status: "开工" }),
    signed("乙", { amt_signed: 50, amt_arrived: 10 }),
    signed("丙", { amt_signed: 80 }),
  ],
  targets: [
    target("甲", { target_amt_signed: 100, target_amt_arrived: 100 }),
    target("乙", { target_amt_signed: 100, target_amt_arrived: 10 }),
    target("丙", {}),
  ],
  asOf: "2024-09-30",
});

describe("scoreUnits()", () => {
  it("scores with the default scheme: linear items capped at 120%, tiers for the rest", () => {
    // 甲: 35×1.2 (capped) + 35×0.9 + 15×0.5 (到位率 0.6) + 15×1 (开工率 1); 乙: 35×0.5 + 35×1 + 0 + 0.
    expect(scoreUnits(results).map((s) => [s.unit, s.score, s.rank])).toEqual([
      ["甲", 42 + 31.5 + 7.5 + 15, 1],
      ["乙", 17.5 + 35, 2],
      ["丙", 0, 3],
    ]);
  });

  it("marks an empty indicator as missing and gives it no points", () => {
    expect(scoreUnits(results)[2]!.items[0]).toEqual({
      indicator: "rate_signed",
      value: null,
      points: 0,
      missing: true,
    });
  });

  it("deducts per flagged issue up to the cap", () => {
    const s = scoreUnits(results, undefined, {
      甲: { duplicate_project: 7, started_without_land: 1 },
    })[0]!;
    expect([s.deducted, s.score]).toEqual([11, 96 - 11]);
  });

  it("follows a scheme written as configuration, tied units sharing rank 1", () => {
    const scheme: ScoringScheme = {
      name: "只看签约",
      items: [
        { indicator: "n_signed", weight: 10, method: "tiers", tiers: [{ atLeast: 1, share: 1 }] },
      ],
      deductions: [],
    };
    expect(scoreUnits(results, scheme, { 丙: {} }).map((s) => s.rank)).toEqual([1, 1, 1]);
  });
});
