import { describe, expect, it } from "vitest";
import { computeIndicators } from "./computeIndicators.js";
import { signed, target } from "./testing/records.js";
import { writeBulletinParagraph } from "./writeBulletinParagraph.js";

// As of 2024-09-30 (time progress 75%): 甲 signs 1200 of 1000 (120%), 乙 900 of 1000 (90%),
// 丙 300 of 1000 (30%), 丁 nothing of 500, 戊 signs 100 with nothing arrived and no target.
const results = computeIndicators({
  records: [
    signed("甲镇", { amt_signed: 1200, amt_arrived: 100 }),
    signed("乙镇", { amt_signed: 900, amt_arrived: 100 }),
    signed("丙镇", { amt_signed: 300, amt_arrived: 50 }),
    signed("戊镇", { amt_signed: 100 }),
  ],
  targets: [
    target("甲镇", { target_amt_signed: 1000 }),
    target("乙镇", { target_amt_signed: 1000 }),
    target("丙镇", { target_amt_signed: 1000 }),
    target("丁镇", { target_amt_signed: 500 }),
  ],
  asOf: "2024-09-30",
});

describe("writeBulletinParagraph()", () => {
  it("names who completed, who is ahead of and behind time progress, and who has nothing", () => {
    expect(writeBulletinParagraph(results)).toBe(
      "从各单位看，甲镇已完成年度签约任务；乙镇（90.00%）超时序进度；丙镇（30.00%）低于时序进度；丁镇还无签约实绩；戊镇到位资金为零。",
    );
  });

  it("says nothing without units to compare", () => {
    expect(
      writeBulletinParagraph(computeIndicators({ records: [], targets: [], asOf: "2024-09-30" })),
    ).toBe("");
  });
});
