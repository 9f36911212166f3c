import { DEFAULT_SETTINGS, type Settings } from "@zsyz/indicators";
import { DEFAULT_COUNTING_POLICY, type GridWorkbook, type SheetTemplate } from "@zsyz/ledger";
import { makeSheet } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { readCountyRules } from "./readCountyRules.js";
import { ruleTemplates } from "./ruleTemplates.js";

// The sheets as 新建台账 writes them: the header, then the filled rows (or the example row).
const asWorkbook = (templates: readonly SheetTemplate[]): GridWorkbook => ({
  file: "任务.xlsx",
  sheets: templates.map((t) =>
    makeSheet(t.sheetName, [
      t.columns.map((c) => c.header),
      ...(t.rows ?? [t.example]).map((r) => [...r]),
    ]),
  ),
});
const roundTrip = (settings: Settings) =>
  readCountyRules(
    { file: "任务.xlsx", workbook: asWorkbook(ruleTemplates(settings)) },
    // Settings that differ in every rule, so only what the sheets hold can come back.
    {
      ...settings,
      scoring: { name: "别的办法", items: [], deductions: [] },
      requirements: [{ indicator: "rate_signed", atLeast: 0.1 }],
      countingPolicy: { origins: ["境外"], signTypes: ["意向"] },
    },
  );

describe("ruleTemplates()", () => {
  it("writes 考评办法, 达标要求 and 统计口径 with the defaults as tables staff read", () => {
    const [scheme, requirements, policy] = ruleTemplates();
    expect(scheme?.columns.map((c) => c.header)).toEqual([
      "类别",
      "指标或问题",
      "分值",
      "计分方式",
      "封顶",
      "分档",
      "说明",
    ]);
    expect(scheme?.rows).toEqual([
      ["办法名称", "默认考评办法", null, null, null, null, "考评得分表的标题使用此名称"],
      [
        "考评项目",
        "签约资金完成率",
        35,
        "按比例",
        "120%",
        null,
        "得分＝35×签约资金完成率，最多按120%计",
      ],
      [
        "考评项目",
        "到位资金完成率",
        35,
        "按比例",
        "120%",
        null,
        "得分＝35×到位资金完成率，最多按120%计",
      ],
      [
        "考评项目",
        "资金到位率",
        15,
        "分档",
        null,
        "100%以上得满分；80%以上得满分的75%；60%以上得满分的50%；40%以上得满分的25%；低于40%不得分",
        "资金到位率达到哪一档，得15分中相应的比例",
      ],
      [
        "考评项目",
        "开工率",
        15,
        "分档",
        null,
        "100%以上得满分；80%以上得满分的75%；60%以上得满分的50%；40%以上得满分的25%；低于40%不得分",
        "开工率达到哪一档，得15分中相应的比例",
      ],
      [
        "扣分项",
        "疑似重复报送",
        2,
        "每项扣分",
        "10",
        null,
        "问题清单中每有一条“疑似重复报送”扣2分，最多扣10分",
      ],
      [
        "扣分项",
        "未办结用地手续即开工",
        1,
        "每项扣分",
        "5",
        null,
        "问题清单中每有一条“未办结用地手续即开工”扣1分，最多扣5分",
      ],
    ]);
    expect(requirements?.sheetName).toBe("达标要求");
    expect(requirements?.rows).toBeUndefined();
    expect(policy?.rows?.map((r) => r.slice(0, 2))).toEqual([
      ["计入的资金来源", "境外、省外、省内市外、市内"],
      ["计为签约的签约类型", "合同、协议"],
      ["新签项目签约资金起点（万元）", null],
    ]);
  });

  it("offers dropdowns Excel can hold (at most 255 characters), the usual rates and issue kinds first", () => {
    for (const t of ruleTemplates()) {
      for (const c of t.columns.filter((x) => x.list))
        expect(c.list!.join(",").length).toBeLessThanOrEqual(255);
      for (const l of t.cellLists ?? [])
        expect(l.choices.join(",").length).toBeLessThanOrEqual(255);
    }
    const subject = ruleTemplates()[0]!.columns[1]!;
    expect(subject.strictList).toBe(false);
    expect(subject.list).toEqual(expect.arrayContaining(["签约资金完成率", "疑似重复报送"]));
  });

  it("reads back to the default settings' scheme and counting policy, with no issue", () => {
    const { settings, issues } = roundTrip(DEFAULT_SETTINGS);
    expect(issues).toEqual([]);
    expect(settings.scoring).toEqual(DEFAULT_SETTINGS.scoring);
    expect(settings.countingPolicy).toEqual(DEFAULT_COUNTING_POLICY);
    // An empty 达标要求 leaves the settings' own requirements in force.
    expect(settings.requirements).toEqual([{ indicator: "rate_signed", atLeast: 0.1 }]);
  });

  it("reads back a county's own rules: requirements, a minimum amount, a scheme over a custom indicator", () => {
    const own: Settings = {
      ...DEFAULT_SETTINGS,
      customIndicators: [
        {
          key: "custom_1",
          name: "综合到位率",
          expression: "到位资金 / 签约资金",
          format: "percent",
        },
      ],
      scoring: {
        name: "2025年考评办法",
        items: [
          { indicator: "custom_1", weight: 50, method: "linear", cap: 1 },
          {
            indicator: "start_rate_new",
            weight: 50,
            method: "tiers",
            tiers: [
              { atLeast: 0.9, share: 1 },
              { atLeast: 0.5, share: 0.6 },
            ],
          },
        ],
        deductions: [{ code: "stalled_not_started", points: 0.5 }],
      },
      requirements: [
        { indicator: "arrival_rate_new", atLeast: 0.5 },
        { indicator: "n_signed", atLeast: 3 },
      ],
      countingPolicy: { origins: ["境外", "省外"], signTypes: ["合同"], minSigned: 500 },
    };
    const { settings, issues } = roundTrip(own);
    expect(issues).toEqual([]);
    expect(settings.scoring).toEqual(own.scoring);
    expect(settings.requirements).toEqual(own.requirements);
    expect(settings.countingPolicy).toEqual(own.countingPolicy);
  });
});
