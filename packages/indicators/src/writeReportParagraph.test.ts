import { describe, expect, it } from "vitest";
import { computeIndicators } from "./computeIndicators.js";
import { record, signed, target } from "./testing/records.js";
import { writeCountyParagraph, writeUnitParagraph } from "./writeReportParagraph.js";

// The county of DOMAIN.md's first quote: 59 projects, 49.8592亿元 signed, 37.4亿元 arrived.
const records = [
  signed("城关镇", { amt_signed: 300000, amt_arrived: 250000, status: "开工" }),
  signed("河口镇", { amt_signed: 198592, amt_arrived: 124000 }),
  ...Array.from({ length: 57 }, (_, i) =>
    signed(i % 2 ? "城关镇" : "河口镇", { amt_signed: 0, status: i < 9 ? "在建" : "签约" }),
  ),
];
const results = computeIndicators({
  records,
  targets: [
    target("城关镇", { target_amt_signed: 250000 }),
    target("河口镇", { target_amt_signed: 280000 }),
    target("白水镇", { target_amt_signed: 10000 }),
  ],
  totalTargets: { target_amt_signed: 530000, dispatch_amt_signed: 450500 },
  asOf: "2024-09-30",
});

describe("writeCountyParagraph()", () => {
  it("writes the county paragraph in the style of the report", () => {
    expect(writeCountyParagraph(results)).toMatchInlineSnapshot(
      `"截至9月底，全县签约招商引资项目59个、签约资金49.86亿元，其中亿元以上项目2个、签约资金49.86亿元，超第三季度调度考评目标4.81亿元、完成第三季度签约资金调度指标110.68%，完成年度签约任务的94.07%，高于时序进度19.07个百分点；当年新签约项目到位资金37.40亿元，资金到位率75.01%；到位资金37.40亿元；新签约项目已开工10个，开工率16.95%；在建项目10个。"`,
    );
  });

  it("says 低于 the dispatch target when short of it, and uses the county's own name", () => {
    const r = computeIndicators({
      records: [signed("甲", { amt_signed: 1000 })],
      targets: [],
      totalTargets: { dispatch_amt_signed: 3000 },
      asOf: "2024-06-30",
    });
    expect(writeCountyParagraph(r, { countyName: "全区" })).toContain(
      "全区签约招商引资项目1个、签约资金0.10亿元，其中千万元以上项目1个、签约资金0.10亿元，低于第二季度调度考评目标0.20亿元、完成第二季度签约资金调度指标33.33%",
    );
  });

  it("omits clauses whose data is missing (no targets: no rates, no progress)", () => {
    const r = computeIndicators({
      records: [signed("甲", { amt_signed: 1000 })],
      targets: [],
      asOf: "2024-09-15",
    });
    expect(writeCountyParagraph(r)).toBe(
      "截至9月15日，全县签约招商引资项目1个、签约资金0.10亿元，其中千万元以上项目1个、签约资金0.10亿元；当年新签约项目到位资金0.00亿元，资金到位率0.00%；新签约项目已开工0个，开工率0.00%。",
    );
  });

  it("says the stages and this year's new starts, and the 亿元 band of the signed projects", () => {
    // 甲: 在谈 1; 开工 this year (12000万, 亿元 band); 投产 carried, started this year; 签约 800万.
    const r = computeIndicators({
      records: [
        record("甲", { name: "洽谈项目", status: "在谈" }),
        signed("甲", { amt_signed: 12000, status: "开工", start_date: "2024-04-01" }),
        signed("甲", { sign_date: "2023-05-01", status: "投产", start_date: "2024-02-01" }),
        signed("甲", { amt_signed: 800 }),
      ],
      targets: [],
      asOf: "2024-06-30",
    });
    const text = writeCountyParagraph(r);
    expect([
      text.includes("签约招商引资项目2个、签约资金1.28亿元，其中亿元以上项目1个、签约资金1.20亿元"),
      text.endsWith("；在谈项目1个、在建项目1个、竣工投产项目1个，当年新开工项目2个。"),
    ]).toEqual([true, true]);
  });

  it("writes the 外资 clause of the second quote", () => {
    const r = computeIndicators({
      records: [signed("甲", { fdi: 100 })],
      targets: [target("甲", { target_fdi: 300 })],
      asOf: "2024-03-31",
    });
    expect(writeCountyParagraph(r)).toContain("全口径外资到位100.00万美元，完成任务的33.33%");
  });
});

describe("writeUnitParagraph()", () => {
  it("writes one unit's paragraph with its rank among units", () => {
    expect(writeUnitParagraph(results, "城关镇")).toMatchInlineSnapshot(
      `"截至9月底，城关镇签约招商引资项目29个、签约资金30.00亿元，其中亿元以上项目1个、签约资金30.00亿元，完成年度签约任务的120.00%，高于时序进度45.00个百分点，签约资金完成率居全县第1位；当年新签约项目到位资金25.00亿元，资金到位率83.33%；到位资金25.00亿元；新签约项目已开工5个，开工率17.24%；在建项目5个。"`,
    );
  });

  it("names a unit without signings and says it is behind time progress", () => {
    expect(writeUnitParagraph(results, "白水镇")).toBe(
      "截至9月底，白水镇尚无当年新签约项目，完成年度签约任务的0.00%，低于时序进度75.00个百分点，签约资金完成率居全县第3位。",
    );
  });

  it("returns null for a unit not in the results", () => {
    expect(writeUnitParagraph(results, "不存在镇")).toBeNull();
  });
});

describe("the paragraph's 省外 clauses, requirements and leading measure", () => {
  // 省外 money only: 1000 万元 signed, 400 arrived; 省外 targets 2000/1000 a year, 800/500 by Q3.
  const r = computeIndicators({
    records: [signed("城关镇", { amt_signed: 1000, amt_arrived: 400, fund_source: "省外" })],
    targets: [],
    totalTargets: {
      target_amt_signed_outprov: 2000,
      dispatch_amt_signed_outprov: 800,
      target_amt_arrived_outprov: 1000,
      dispatch_amt_arrived_outprov: 500,
    },
    asOf: "2024-09-30",
  });

  it("writes 省外签约 and 省外到位 against their dispatch and annual targets", () => {
    const text = writeCountyParagraph(r);
    expect(text).toContain(
      "省外签约资金0.10亿元，超第三季度省外签约资金调度目标0.02亿元、完成第三季度省外签约资金调度指标125.00%，完成年度省外签约资金任务的50.00%",
    );
    expect(text).toContain(
      "省外到位资金0.04亿元，低于第三季度省外到位资金调度目标0.01亿元、完成第三季度省外到位资金调度指标80.00%，完成年度省外到位资金任务的40.00%",
    );
  });

  it("leads with 省外到位资金 when the city assesses it alone", () => {
    expect(writeCountyParagraph(r, { lead: "arrived_outprov" })).toMatch(
      /^截至9月底，全县省外到位资金0\.04亿元，低于第三季度省外到位资金调度目标0\.01亿元、/,
    );
  });

  it("says whether each rate with a requirement meets it", () => {
    const text = writeCountyParagraph(r, {
      requirements: [
        { indicator: "arrival_rate_new", atLeast: 0.3 },
        { indicator: "start_rate_new", atLeast: 1 },
      ],
    });
    expect(text).toContain("资金到位率40.00%，达到30%以上的要求");
    expect(text).toContain("开工率0.00%，未达到100%的要求");
  });
});
