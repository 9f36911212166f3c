import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGGREGATES } from "./aggregates.js";
import { DEFAULT_CATALOGUE } from "./compileIndicator.js";
import { computeIndicators } from "./computeIndicators.js";
import { addDecimal, divideDecimal, toDecimal } from "./math.js";
import { record, signed, target } from "./testing/records.js";

const asOf = "2024-09-30";
// Expected rates: the exact quotient, as the nearest number (float division can differ in the last bit).
const q = (a: number, b: number): number => Number(divideDecimal(toDecimal(a), toDecimal(b)));

describe("computeIndicators()", () => {
  // DOMAIN.md: 49.8592亿元 signed against 53亿元 (annual) and 45.05亿元 (Q3 dispatch).
  const report = computeIndicators({
    records: [signed("城关镇", { amt_signed: 300000 }), signed("河口镇", { amt_signed: 198592 })],
    targets: [
      target("城关镇", { target_amt_signed: 300000, dispatch_amt_signed: 250000 }),
      target("河口镇", { target_amt_signed: 230000, dispatch_amt_signed: 200500 }),
    ],
    asOf,
  }).total.indicators;

  it("reproduces the report: 94.07% of the annual target", () => {
    expect(report["rate_signed"]).toBeCloseTo(0.940739622641509, 14);
  });

  it("reproduces the report: 110.68% of the dispatch target", () => {
    expect(report["rate_dispatch_signed"]).toBeCloseTo(1.106752497225305, 14);
  });

  it("reproduces the report: 4.81亿元 above dispatch, 3.1408亿元 short of the annual target", () => {
    expect([report["gap_dispatch_signed"], report["gap_signed"]]).toEqual([48092, -31408]);
  });

  it("reproduces the report: time progress 75% and 19.07 points ahead of it", () => {
    expect([report["time_progress"], report["prog_gap_pp_signed"]]).toEqual([
      0.75, 19.073962264150943,
    ]);
  });

  it("reproduces 5.5/22 = 25% for 省外到位 and 100/300 = 33.33% for 外资", () => {
    const r = computeIndicators({
      records: [signed("县", { amt_arrived: 55000, fund_source: "省外", fdi: 100 })],
      targets: [target("县", { target_amt_arrived_outprov: 220000, target_fdi: 300 })],
      asOf: "2024-03-31",
    }).units[0]!.indicators;
    expect([r["rate_arrived_outprov"], r["rate_fdi"], r["time_progress"]]).toEqual([
      0.25,
      q(1, 3),
      0.25,
    ]);
  });

  describe("on a hand-worked ledger", () => {
    // 甲镇: two new (one started, one 省外), one carried, one 意向, one terminated carried.
    const records = [
      signed("甲镇", { amt_signed: 1000.5, amt_arrived: 200.1, status: "开工" }),
      signed("甲镇", {
        amt_signed: 500,
        amt_signed_outprov: 300,
        amt_arrived: 100,
        fund_source: "省外",
      }),
      record("甲镇", {
        sign_type: "合同",
        sign_date: "2023-05-01",
        status: "在建",
        amt_signed: 9999,
        amt_arrived: 50.2,
        fund_source: "省外",
      }),
      record("甲镇", {
        sign_type: "意向",
        sign_date: "2024-04-01",
        status: "签约",
        amt_signed: 7777,
        amt_arrived: 7,
      }),
      record("甲镇", {
        sign_type: "合同",
        sign_date: "2022-05-01",
        status: "终止",
        amt_arrived: 8,
      }),
      signed("乙镇", { amt_signed: 0.1, amt_arrived: 0.2 }),
    ];
    const r = computeIndicators({
      records,
      targets: [
        target("甲镇", { target_amt_signed: 3000, target_amt_arrived: 700 }),
        target("丙镇", { target_amt_signed: 100 }),
      ],
      asOf,
    });
    const jia = r.units.find((u) => u.unit === "甲镇")!.indicators;
    const yi = r.units.find((u) => u.unit === "乙镇")!.indicators;
    const bing = r.units.find((u) => u.unit === "丙镇")!.indicators;

    it("counts only new 合同/协议 projects: n_signed", () => {
      expect([jia["n_signed"], yi["n_signed"], r.total.indicators["n_signed"]]).toEqual([2, 1, 3]);
    });

    it("sums amt_signed over new projects only", () => {
      expect(jia["amt_signed"]).toBe(1500.5);
    });

    it("takes 其中省外 where filled, else the whole amount when 资金来源 is 省外", () => {
      expect([jia["amt_signed_outprov"], jia["amt_arrived_outprov"]]).toEqual([300, 150.2]);
    });

    it("sums amt_arrived over new and carried-over projects", () => {
      expect(jia["amt_arrived"]).toBe(350.3);
    });

    it("sums amt_arrived_new over new projects only", () => {
      expect(jia["amt_arrived_new"]).toBe(300.1);
    });

    it("computes 资金到位率 = new arrivals / signed", () => {
      expect(jia["arrival_rate_new"]).toBe(q(300.1, 1500.5));
    });

    it("counts started new projects and the 开工率", () => {
      expect([jia["n_started_new"], jia["start_rate_new"]]).toEqual([1, 0.5]);
    });

    it("computes completion rates and gaps against the targets", () => {
      expect([
        jia["rate_signed"],
        jia["gap_signed"],
        jia["rate_arrived"],
        jia["gap_arrived"],
      ]).toEqual([q(1500.5, 3000), -1499.5, q(350.3, 700), -349.7]);
    });

    it("adds exactly: 乙镇's 0.1 + the county's amounts has no float drift", () => {
      expect(r.total.indicators["amt_signed"]).toBe(1500.6);
    });

    it("gives each unit's share of the county", () => {
      expect([jia["share_signed"], yi["share_signed"], bing["share_signed"]]).toEqual([
        q(1500.5, 1500.6),
        q(0.1, 1500.6),
        0,
      ]);
    });

    it("ranks by completion rate, leaving units without a target unranked", () => {
      expect([jia["rank_signed"], yi["rank_signed"], bing["rank_signed"]]).toEqual([1, null, 2]);
    });

    it("lists a unit that only has a target, with zero_signed true", () => {
      expect([r.units.map((u) => u.unit), bing["zero_signed"], jia["zero_signed"]]).toEqual([
        ["甲镇", "丙镇", "乙镇"],
        true,
        false,
      ]);
    });

    it("leaves rates with no target empty, never 0", () => {
      expect([
        yi["rate_signed"],
        yi["gap_signed"],
        yi["prog_gap_pp_signed"],
        jia["rate_dispatch_signed"],
      ]).toEqual([null, null, null, null]);
    });

    it("sums the units' targets for the county when no county target is given", () => {
      expect(r.total.indicators["rate_signed"]).toBe(q(1500.6, 3100));
    });

    it("has every catalogue key for every unit and the total", () => {
      const keys = DEFAULT_CATALOGUE.map((c) => c.def.key).sort();
      expect(
        [...r.units.map((u) => u.indicators), r.total.indicators].every(
          (v) => Object.keys(v).sort().join() === keys.join(),
        ),
      ).toBe(true);
    });
  });

  it("uses the county's own targets when given", () => {
    const r = computeIndicators({
      records: [signed("甲", { amt_signed: 50 })],
      targets: [target("甲", { target_amt_signed: 40 })],
      asOf,
      totalTargets: { target_amt_signed: 100 },
    });
    expect(r.total.indicators["rate_signed"]).toBe(0.5);
  });

  describe("properties", () => {
    const units = ["甲镇", "乙镇", "丙镇", "丁园区"];
    const money = fc.option(
      fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100),
      { nil: undefined },
    );
    const arbRecord = fc
      .record({
        unit: fc.constantFrom(...units),
        sign_type: fc.constantFrom("合同", "协议", "框架协议", "意向", undefined),
        sign_date: fc.constantFrom(
          "2023-06-01",
          "2024-01-01",
          "2024-09-30",
          "2024-10-02",
          undefined,
        ),
        is_new: fc.constantFrom("新签", "续建", undefined),
        status: fc.constantFrom("在谈", "签约", "开工", "投产", "终止", undefined),
        fund_source: fc.constantFrom("省外", "市内", undefined),
        amt_signed: money,
        amt_signed_outprov: money,
        amt_arrived: money,
        amt_arrived_outprov: money,
        fdi: money,
      })
      .map(({ unit, ...f }) =>
        record(unit, Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined))),
      );
    const arbTarget = fc.record(
      {
        target_amt_signed: fc.constantFrom(0, 100, 5000),
        dispatch_amt_arrived: fc.constantFrom(0, 300),
      },
      { requiredKeys: [] },
    );
    const arbInput = fc.tuple(
      fc.array(arbRecord, { maxLength: 30 }),
      fc.array(fc.tuple(fc.constantFrom(...units), arbTarget), { maxLength: 4 }),
    );

    it("totals equal the exact sum over units for every additive indicator", () => {
      fc.assert(
        fc.property(arbInput, ([records, targets]) => {
          const r = computeIndicators({
            records,
            targets: targets.map(([u, v]) => target(u, v)),
            asOf,
          });
          for (const a of AGGREGATES) {
            const sum = r.units
              .map((u) => toDecimal(u.indicators[a.key] as number))
              .reduce(addDecimal, "0");
            expect(r.total.indicators[a.key]).toBe(Number(sum));
          }
        }),
      );
    });

    it("never yields a rate from a zero or missing denominator", () => {
      fc.assert(
        fc.property(arbInput, ([records, targets]) => {
          const r = computeIndicators({
            records,
            targets: targets.map(([u, v]) => target(u, v)),
            asOf,
          });
          for (const { unit, indicators: row } of r.units) {
            const own = targets.filter(([u]) => u === unit).map(([, t]) => t.target_amt_signed);
            const t = own.reverse().find((v) => v !== undefined);
            expect(row["rate_signed"] === null).toBe(t === undefined || t === 0);
          }
          for (const row of [...r.units.map((u) => u.indicators), r.total.indicators]) {
            for (const v of Object.values(row))
              expect(typeof v !== "number" || Number.isFinite(v)).toBe(true);
            if (row["amt_signed"] === 0) expect(row["arrival_rate_new"]).toBeNull();
            if (row["n_signed"] === 0) expect(row["start_rate_new"]).toBeNull();
          }
          if (r.total.indicators["amt_signed"] === 0)
            expect(r.units.every((u) => u.indicators["share_signed"] === null)).toBe(true);
        }),
      );
    });

    it("ranks units by rate_signed in competition order", () => {
      fc.assert(
        fc.property(arbInput, ([records, targets]) => {
          const r = computeIndicators({
            records,
            targets: targets.map(([u, v]) => target(u, v)),
            asOf,
          });
          const rates = r.units.map((u) => u.indicators["rate_signed"] as number | null);
          r.units.forEach((u, i) => {
            const v = rates[i];
            expect(u.indicators["rank_signed"]).toBe(
              v === null || v === undefined
                ? null
                : 1 + rates.filter((o) => o !== null && o !== undefined && o > v).length,
            );
          });
        }),
      );
    });
  });
});

describe("computeIndicators() 框架协议/意向", () => {
  it("reports this year's 框架协议 and 意向 apart (n_intent, amt_intent), never as signed", () => {
    const r = computeIndicators({
      records: [
        signed("甲镇", { amt_signed: 1000 }),
        signed("甲镇", { sign_type: "框架协议", amt_signed: 5000, status: "在谈" }),
        signed("甲镇", { sign_type: "意向", amt_signed: 2000.5 }),
        signed("甲镇", { sign_type: "意向", amt_signed: 700, sign_date: "2023-06-01" }),
        signed("甲镇", { sign_type: "意向", amt_signed: 900, status: "终止" }),
      ],
      targets: [],
      asOf: "2024-09-30",
    });
    const v = r.units[0]!.indicators;
    expect([v.n_signed, v.amt_signed, v.n_intent, v.amt_intent]).toEqual([1, 1000, 2, 7000.5]);
  });
});
