import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankCompetition } from "./rankCompetition.js";

describe("rankCompetition()", () => {
  it("ranks 1, 2, 2, 4 with ties sharing a rank", () => {
    expect(rankCompetition([1.2, 0.9, 0.9, 0.5])).toEqual([1, 2, 2, 4]);
  });

  it("leaves units without a value unranked", () => {
    expect(rankCompetition([null, 0.5, null, 0.7])).toEqual([null, 2, null, 1]);
  });

  it("is a competition ranking (property): rank = 1 + number of strictly higher values", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null })), (values) => {
        const ranks = rankCompetition(values);
        values.forEach((v, i) => {
          if (v === null) expect(ranks[i]).toBeNull();
          else expect(ranks[i]).toBe(1 + values.filter((o) => o !== null && o > v).length);
        });
        const taken = ranks.filter((r): r is number => r !== null).sort((a, b) => a - b);
        taken.forEach((r, i) => expect(r).toBeLessThanOrEqual(i + 1));
      }),
    );
  });
});
