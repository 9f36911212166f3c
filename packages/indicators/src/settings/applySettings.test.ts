import { describe, expect, it } from "vitest";
import { buildWorkbookPlan } from "../plan/buildWorkbookPlan.js";
import { computeIndicators } from "../computeIndicators.js";
import { writeCountyParagraph } from "../writeReportParagraph.js";
import { signed, target } from "../testing/records.js";
import {
  checkCustomIndicators,
  formatForDisplay,
  settingsCatalogue,
  settingsParagraphOptions,
  settingsPlanOptions,
} from "./applySettings.js";
import { DEFAULT_SETTINGS, type Settings } from "./Settings.js";

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  rounding: { ...DEFAULT_SETTINGS.rounding, percentDecimals: 1, yiDecimals: 3 },
  countyName: "全区",
  customIndicators: [{ key: "double_signed", name: "双倍签约", expression: "amt_signed * 2" }],
};

describe("settingsPlanOptions()", () => {
  it("puts the custom indicators into the summary sheet as a column", () => {
    const plan = buildWorkbookPlan({
      records: [signed("甲镇", { amt_signed: 100 })],
      targets: [],
      asOf: "2024-09-30",
      options: settingsPlanOptions(custom),
    });
    const headers = plan.sheets[0]!.cells.filter((c) => c.style === "header").map((c) => c.value);
    expect(headers).toContain("双倍签约");
  });
});

describe("settingsCatalogue()", () => {
  it("is the built-in catalogue followed by the custom indicators", () => {
    expect(settingsCatalogue(custom).at(-1)?.def.key).toBe("double_signed");
    expect(settingsCatalogue(DEFAULT_SETTINGS)).toHaveLength(settingsCatalogue(custom).length - 1);
  });
});

describe("settingsParagraphOptions()", () => {
  it("rounds the paragraph as set and names the county", () => {
    const results = computeIndicators({
      records: [signed("甲镇", { amt_signed: 498592 })],
      targets: [target("甲镇", { target_amt_signed: 530000 })],
      asOf: "2024-09-30",
    });
    const text = writeCountyParagraph(results, settingsParagraphOptions(custom));
    expect(text).toContain("全区");
    expect(text).toContain("49.859亿元");
    expect(text).toContain("94.1%");
  });
});

describe("formatForDisplay()", () => {
  it("shows amounts in 万元 or 亿元 as set", () => {
    expect(formatForDisplay("money", 12345, { ...DEFAULT_SETTINGS, displayUnit: "万元" })).toBe(
      "12345.00万元",
    );
    expect(formatForDisplay("money", 12345, DEFAULT_SETTINGS)).toBe("1.23亿元");
  });
});

describe("checkCustomIndicators()", () => {
  it("gives one message per entry, letting later entries use earlier valid ones", () => {
    const out = checkCustomIndicators([
      { key: "a1", name: "甲", expression: "amt_signed" },
      { key: "a2", name: "乙", expression: "a1 / 2" },
      { key: "a3", name: "丙", expression: "" },
    ]);
    expect(out.slice(0, 2)).toEqual([null, null]);
    expect(out[2]).toMatch(/公式/);
  });

  it("names a Chinese word that is no indicator's name, instead of a syntax error", () => {
    const [message] = checkCustomIndicators([
      { key: "custom_1", name: "新签到位比", expression: "新签约项目到位资金 / 签约资" },
    ]);
    expect(message).toMatch(
      /^「自定义指标」「新签到位比」的「公式」：“签约资”不是已知的指标。请写指标的中文名称，如“签约项目数”/,
    );
  });

  it("asks for an empty expression with an example over Chinese names", () => {
    expect(
      checkCustomIndicators([{ key: "custom_1", name: "新签到位比", expression: " " }]),
    ).toEqual([
      "「自定义指标」「新签到位比」的「公式」：表达式为空。请填写计算公式，如“新签约项目到位资金 / 签约资金”。",
    ]);
  });

  it("says an empty name at the entry's number, under 名称", () => {
    expect(checkCustomIndicators([{ key: "custom_1", name: " ", expression: "签约资金" }])).toEqual(
      ["「自定义指标1」的「名称」：请填写指标的中文名称（如“综合到位率”）。"],
    );
  });

  it("knows the county's own size bands when given them, as parseSettings does", () => {
    const input = [{ key: "custom_1", name: "五千万项目", expression: "5000万元以上项目数 * 1" }];
    expect(checkCustomIndicators(input, [5000])).toEqual([null]);
    expect(checkCustomIndicators(input)[0]).toMatch(/^「自定义指标」「五千万项目」的「公式」：/);
  });

  it("accepts an expression over the Chinese names staff know", () => {
    expect(
      checkCustomIndicators([
        { key: "custom_1", name: "新签到位比", expression: "新签约项目到位资金 / 签约资金" },
        { key: "custom_2", name: "到位比（两倍）", expression: "新签到位比 * 2" },
      ]),
    ).toEqual([null, null]);
  });
});

describe("requirements (达标线)", () => {
  const withLine: Settings = {
    ...DEFAULT_SETTINGS,
    requirements: [{ indicator: "arrival_rate_new", atLeast: 0.5 }],
  };
  // 甲镇: 400 of 1000 arrived (40%); 乙镇: 600 of 1000 (60%); 丙镇: nothing signed (empty rate).
  const records = [
    signed("甲镇", { amt_signed: 1000, amt_arrived: 400 }),
    signed("乙镇", { amt_signed: 1000, amt_arrived: 600 }),
  ];
  const targets = [target("丙镇", { target_amt_signed: 100 })];

  it("adds meets_K per unit: true at or above the line, false below, empty without a rate", () => {
    const r = computeIndicators({
      records,
      targets,
      asOf: "2024-09-30",
      catalogue: settingsCatalogue(withLine),
    });
    expect(r.units.map((u) => [u.unit, u.indicators["meets_arrival_rate_new"]])).toEqual([
      ["丙镇", null],
      ["甲镇", false],
      ["乙镇", true],
    ]);
  });

  it("writes meets_K as a live column coloured green when met and red when missed", () => {
    const plan = buildWorkbookPlan({
      records,
      targets,
      asOf: "2024-09-30",
      options: settingsPlanOptions(withLine),
    });
    const summary = plan.sheets[0]!;
    const head = summary.cells.find((c) => c.value === "资金到位率是否达到要求")!;
    const rate = summary.cells.find((c) => c.row === 3 && c.value === "资金到位率")!;
    const cell = summary.cells.find((c) => c.row === 5 && c.col === head.col)!;
    expect(cell.value).toBe(false);
    expect(cell.formula).toContain(`${rate.address.replace(/\d+$/, "")}6>=0.5`);
    const rules = summary.conditionalFormats.filter((f) =>
      f.range.startsWith(head.address.replace(/\d+$/, "")),
    );
    expect(rules.map((f) => [f.formula.replace(/[A-Z]+5/g, "X"), f.fill])).toEqual([
      ["X=TRUE", "#C6EFCE"],
      ["X=FALSE", "#FFC7CE"],
    ]);
  });
});
