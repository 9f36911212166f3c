import { describe, expect, it } from "vitest";
import { aggregateIndustries } from "./aggregateIndustries.js";
import { industryLabel } from "./industryLabel.js";
import { buildWorkbookPlan } from "./plan/buildWorkbookPlan.js";
import { detailLayout } from "./plan/detailSheet.js";
import { buildIndustrySheet } from "./plan/industrySheet.js";
import { buildNewProjectsSheet } from "./plan/newProjectsSheet.js";
import type { PlanCell } from "./plan/WorkbookPlan.js";
import { evaluatePlan } from "./plan/testing/evaluatePlan.js";
import { record, signed } from "./testing/records.js";

const asOf = "2024-09-30";
// New projects (合同, 2024-03-01) unless said otherwise; amounts in 万元.
const records = [
  signed("甲镇", { name: "一", industry: "工业", amt_signed: 5000, amt_arrived: 1000 }),
  signed("甲镇", { name: "二", industry: "新能源 汽车", amt_signed: 3000, amt_arrived: 0.1 }),
  signed("乙镇", { name: "三", industry: "新能源汽车", amt_signed: 12000, amt_arrived: 0.2 }),
  signed("乙镇", { name: "四", amt_signed: 800 }), // no industry
  signed("乙镇", { name: "五", industry: "ＡＩ 产业*", amt_signed: 100 }),
  signed("乙镇", { name: "六", industry: "ai 产业*", amt_signed: 50 }), // same as 五, other case
  record("甲镇", {
    name: "七",
    industry: "工业",
    sign_type: "合同",
    sign_date: "2023-03-01",
    status: "在建",
    amt_signed: 99999,
  }), // carried: not new
  record("甲镇", {
    name: "八",
    industry: "工业",
    sign_type: "意向",
    sign_date: "2024-03-01",
    status: "签约",
    amt_signed: 7777,
  }), // intent: not new
];

describe("industryLabel()", () => {
  it("keeps the text as written, normalising width and spaces only", () => {
    expect(
      ["新能源 汽车", " 工业 ", "ＡＩ  Industry", "光伏\u3000产业", undefined].map(industryLabel),
    ).toEqual(["新能源汽车", "工业", "AI Industry", "光伏产业", ""]);
  });
});

describe("aggregateIndustries()", () => {
  const r = aggregateIndustries(records, asOf);

  it("counts new projects by industry county-wide, largest 签约资金 first, 未填写 last", () => {
    expect(r.county).toEqual([
      { industry: "新能源汽车", n_signed: 2, amt_signed: 15000, amt_arrived_new: 0.3 },
      { industry: "工业", n_signed: 1, amt_signed: 5000, amt_arrived_new: 1000 },
      { industry: "AI产业*", n_signed: 2, amt_signed: 150, amt_arrived_new: 0 },
      { industry: "未填写", n_signed: 1, amt_signed: 800, amt_arrived_new: 0 },
    ]);
  });

  it("breaks them down per unit", () => {
    expect(r.units.get("甲镇")!.map((f) => [f.industry, f.n_signed])).toEqual([
      ["工业", 1],
      ["新能源汽车", 1],
    ]);
  });

  it("leaves the later copy of an unresolved duplicate out of the county, not out of its unit", () => {
    const third = records[2]!;
    const d = aggregateIndustries(records, asOf, { deducted: new Set([third.id]) });
    expect([d.county[0], d.units.get("乙镇")![0]!.n_signed]).toEqual([
      { industry: "工业", n_signed: 1, amt_signed: 5000, amt_arrived_new: 1000 },
      1,
    ]);
  });
});

describe("buildIndustrySheet()", () => {
  const plan = buildWorkbookPlan({ records, targets: [], asOf });
  const sheet = buildIndustrySheet({
    asOf,
    breakdown: aggregateIndustries(records, asOf),
    units: ["甲镇", "乙镇"],
    detail: detailLayout(records.length),
    countyName: "全县",
  });
  const values = evaluatePlan({ ...plan, sheets: [...plan.sheets, sheet] }).get("分类统计")!;
  const rows = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) =>
      ["A", "B", "C", "D", "E"].map((c) => {
        const cell = sheet.cells.find((x) => x.address === `${c}${from + i}`);
        const v = cell?.formula === undefined ? cell?.value : values.get(`${c}${from + i}`);
        // Excel's float sums (0.1 + 0.2): compare to 9 decimals, as the LibreOffice check does.
        return typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v;
      }),
    );

  it("recomputes the county block from 项目明细 (未填写 as the rest, then 合计)", () => {
    expect(rows(4, 8)).toEqual([
      ["全县", "新能源汽车", 2, 15000, 0.3],
      ["全县", "工业", 1, 5000, 1000],
      ["全县", "AI产业*", 2, 150, 0],
      ["全县", "未填写", 1, 800, 0],
      ["合计", null, 6, 20950, 1000.3],
    ]);
  });

  it("recomputes each unit's rows, matching an industry with * literally", () => {
    expect(rows(12, 16)).toEqual([
      ["甲镇", "工业", 1, 5000, 1000],
      ["甲镇", "新能源汽车", 1, 3000, 0.1],
      ["乙镇", "新能源汽车", 1, 12000, 0.2],
      ["乙镇", "AI产业*", 2, 150, 0],
      ["乙镇", "未填写", 1, 800, 0],
    ]);
  });

  it("gives every formula the value it was written with", () => {
    const wrong = sheet.cells.filter(
      (c) =>
        c.formula !== undefined && Math.abs(Number(values.get(c.address)) - Number(c.value)) > 1e-9,
    );
    expect(wrong).toEqual([]);
  });
});

describe("buildNewProjectsSheet()", () => {
  const sheet = buildNewProjectsSheet({ records, asOf });
  const column = (c: string) =>
    sheet.cells.filter((x) => x.address.startsWith(c) && x.row >= 2).map((x) => x.value);

  it("lists this year's new projects, largest 签约资金 first, then a 合计", () => {
    expect(column("B")).toEqual(["三", "一", "二", "四", "五", "六", "6个项目"]);
    expect(column("E")).toEqual([12000, 5000, 3000, 800, 100, 50, 20950]);
  });

  it("has a title with the as-of date and prints on A4 landscape", () => {
    expect([sheet.cells[0]!.value, sheet.print.paperSize, sheet.print.orientation]).toEqual([
      "新引进项目清单（截至2024年9月底）",
      "A4",
      "landscape",
    ]);
  });

  it("gives a writer reading a row at a time (reused cells) and one reading cells the list built up front", () => {
    const lazy = buildNewProjectsSheet({ records, asOf, lazy: true });
    const read = (c: PlanCell) => [c.address, c.value, c.formula, c.numFmt, c.style];
    expect(Array.from(lazy.lazyRows!(), (row) => row.map(read)).flat()).toEqual(
      sheet.cells.map(read),
    );
    expect(Array.from(lazy.lazyCells!(), read)).toEqual(sheet.cells.map(read));
  });
});
