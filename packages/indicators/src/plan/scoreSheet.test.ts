import { columnLetter } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { aggregateRecords } from "../aggregateRecords.js";
import { DEFAULT_CATALOGUE } from "../compileIndicator.js";
import { computeIndicators } from "../computeIndicators.js";
import { scoreUnits } from "../scoreUnits.js";
import { DEFAULT_SCORING_SCHEME, type ScoringScheme } from "../scoringScheme.js";
import { signed, target } from "../testing/records.js";
import { buildBulletinSheet } from "./bulletinSheet.js";
import { buildIssueSheet } from "./issueSheet.js";
import { buildScoreSheet, scoreSheetLayout } from "./scoreSheet.js";
import { buildWorkbookPlan } from "./buildWorkbookPlan.js";
import { evaluatePlan } from "./testing/evaluatePlan.js";
import type { SheetPlan } from "./WorkbookPlan.js";

// 甲镇 signs 800 of 1000 (60 × 0.8 = 48) and gets 500 of 1000 (40 × 0.5 = 20): 68.
// 乙镇 signs 1200 of 1000 (capped at 100%: 60) and gets 1000 of 1000 (40): 100.
const input = {
  records: [
    signed("甲镇", { amt_signed: 800, amt_arrived: 500 }),
    signed("乙镇", { amt_signed: 1200, amt_arrived: 1000 }),
  ],
  targets: [
    target("甲镇", { target_amt_signed: 1000, target_amt_arrived: 1000 }),
    target("乙镇", { target_amt_signed: 1000, target_amt_arrived: 1000 }),
  ],
  asOf: "2024-09-30" as const,
};

const scheme = (deductions: ScoringScheme["deductions"]): ScoringScheme => ({
  name: "测试办法",
  items: [
    { indicator: "rate_signed", weight: 60, method: "linear", cap: 1 },
    { indicator: "rate_arrived", weight: 40, method: "linear" },
  ],
  deductions,
});

// 指标汇总, 问题清单, 考评得分 and 通报表 of one run, as the county pipeline lays them out.
function workbook(s: ScoringScheme): {
  score: SheetPlan;
  bulletin: SheetPlan;
  plan: ReturnType<typeof buildWorkbookPlan>;
} {
  const aggregation = aggregateRecords(input.records, input.asOf);
  const results = computeIndicators({ ...input, aggregation });
  const scores = scoreUnits(results, s);
  results.units.forEach((u, n) => {
    u.indicators["score"] = scores[n]!.score;
    u.indicators["rank_score"] = scores[n]!.rank;
  });
  const plan = buildWorkbookPlan({ ...input, computed: { aggregation, results } });
  const score = buildScoreSheet({
    scheme: s,
    results,
    catalogue: DEFAULT_CATALOGUE,
    scores,
    issueCounts: {},
    issueRows: 0,
  });
  const bulletin = buildBulletinSheet({
    results,
    catalogue: DEFAULT_CATALOGUE,
    dedup: null,
    score: scoreSheetLayout(s),
  });
  plan.sheets.push(buildIssueSheet([]), score, bulletin);
  return { score, bulletin, plan };
}

const header = (sheet: SheetPlan, col: number) =>
  sheet.cells.find(
    (c) => c.row === scoreSheetLayout(DEFAULT_SCORING_SCHEME).headerRow && c.col === col,
  )?.value;

describe("scoreSheetLayout()", () => {
  it.each([
    ["without deductions", []],
    [
      "with two deductions",
      [
        { code: "duplicate_project", points: 2, max: 10 },
        { code: "started_without_land", points: 1 },
      ],
    ],
  ] as const)("says where 考评得分 puts 得分 and 排名 %s", (_, deductions) => {
    const s = scheme(deductions);
    const { score } = workbook(s);
    const layout = scoreSheetLayout(s);
    expect([header(score, layout.scoreCol), header(score, layout.rankCol)]).toEqual([
      "得分",
      "排名",
    ]);
    expect(layout.columnCount).toBe(1 + 2 + deductions.length + 2);
  });
});

describe("buildBulletinSheet() with scores", () => {
  it("shows each unit's 考评得分 and 排名 as 考评得分 computes them, best first (乙镇 100, 甲镇 68)", () => {
    const { bulletin, plan } = workbook(
      scheme([{ code: "duplicate_project", points: 2, max: 10 }]),
    );
    const values = evaluatePlan(plan).get("通报表")!;
    const last = Math.max(...bulletin.cells.map((c) => c.col));
    // Rank and score recomputed from the formulas; the unit's name is a plain cell.
    const row = (r: number) => [
      values.get(`A${r + 1}`),
      bulletin.cells.find((c) => c.row === r && c.col === 1)?.value,
      values.get(`${columnLetter(last)}${r + 1}`),
    ];
    expect(header(bulletin, last)).toBe("考评得分");
    expect([row(3), row(4)]).toEqual([
      [1, "乙镇", 100],
      [2, "甲镇", 68],
    ]);
  });
});

describe("buildScoreSheet()", () => {
  it("names a deduction's issue kind as 问题清单 and 考评办法 do", () => {
    const { score } = workbook(scheme([{ code: "started_without_funds", points: 1 }]));
    expect(header(score, 3)).toBe("扣分：已开工但无到位资金（每项1分）");
  });
});
