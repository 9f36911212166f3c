import { describe, expect, it } from "vitest";
import { parseSettings, serializeSettings } from "./parseSettings.js";
import { settingsCatalogue } from "./applySettings.js";
import { DEFAULT_SETTINGS, type Settings } from "./Settings.js";

const messages = (json: string): string[] => {
  const r = parseSettings(json);
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe("parseSettings()", () => {
  it("says a county summary chosen by mistake is a summary, not a newer settings file", () => {
    const summary = JSON.stringify({
      version: 2,
      asOf: "2024-09-30",
      units: [{ unit: "城关镇", indicators: {} }],
      total: { indicators: {} },
    });
    const read = parseSettings(summary);
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.errors.map((e) => e.message)).toEqual([
      "这是汇总结果文件（汇总.json），不是设置文件。请选择在「设置」中「导出」得到的文件。",
    ]);
  });

  it("fills absent fields with the defaults", () => {
    expect(parseSettings('{"version":1}')).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it("reads back what serializeSettings wrote", () => {
    const s: Settings = {
      ...DEFAULT_SETTINGS,
      rounding: { ...DEFAULT_SETTINGS.rounding, percentDecimals: 1, trimZeros: true },
      displayUnit: "万元",
      countyName: "全区",
      customIndicators: [
        { key: "arrival_all", name: "综合到位率", expression: "到位资金 / 签约资金" },
        {
          key: "arrival_all_pp",
          name: "综合到位率百分数",
          expression: "arrival_all * 100",
          format: "number",
        },
      ],
      scoring: {
        name: "本县办法",
        items: [{ indicator: "arrival_all", weight: 10, method: "linear", cap: 1 }],
        deductions: [],
      },
    };
    expect(parseSettings(serializeSettings(s))).toEqual({ ok: true, settings: s });
  });

  it("shows the package's Chinese validation error of a bad custom indicator, with its place", () => {
    expect(
      messages(
        '{"version":1,"customIndicators":[{"key":"r1","name":"比率","expression":"amt_signd / 2"}]}',
      ),
    ).toEqual([expect.stringMatching(/^自定义指标（第1个“比率”）：.*amt_signd/)]);
  });

  it("reports every bad field at once, not only the first", () => {
    expect(
      messages(
        '{"version":1,"rounding":{"percentDecimals":-1},"displayUnit":"元","scoring":{"name":"x","items":[{"indicator":"nope","weight":1,"method":"linear"}],"deductions":[{"code":"no_such_issue","points":1}]}}',
      ),
    ).toEqual([
      "设置项“rounding.percentDecimals”应为 0 到 6 之间的整数。",
      "设置项“displayUnit”应为“万元”或“亿元”。",
      "考评项目（scoring.items[1]）引用的指标“nope”不存在。请选择已有指标或先添加自定义指标。",
      "扣分项（scoring.deductions[1]）的问题类型“no_such_issue”不存在。",
    ]);
  });

  it("lets a scoring item use a custom indicator", () => {
    const json =
      '{"version":1,"customIndicators":[{"key":"mine","name":"自定","expression":"n_signed * 2"}],"scoring":{"name":"x","items":[{"indicator":"mine","weight":5,"method":"tiers","tiers":[{"atLeast":1,"share":1}]}],"deductions":[]}}';
    expect(parseSettings(json).ok).toBe(true);
  });

  it("refuses settings written by a newer add-in, and damaged text", () => {
    expect(messages('{"version":2}')).toEqual([
      "设置来自更新版本的插件（版本 2），当前插件无法读取。请升级插件。",
    ]);
    expect(messages("{version")[0]).toContain("不是有效的 JSON");
  });
});

describe("parseSettings() requirements and leading measure", () => {
  it("reads requirements and the leading measure", () => {
    const r = parseSettings(
      JSON.stringify({
        version: 1,
        requirements: [{ indicator: "arrival_rate_new", atLeast: 0.5 }],
        leadMeasure: "arrived_outprov",
      }),
    );
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.settings.requirements).toEqual([{ indicator: "arrival_rate_new", atLeast: 0.5 }]);
    expect(r.settings.leadMeasure).toBe("arrived_outprov");
  });

  it("names a requirement on an unknown indicator, one that is not a number, and a bad measure", () => {
    const r = parseSettings(
      JSON.stringify({
        version: 1,
        requirements: [
          { indicator: "arrival_rate", atLeast: 0.5 },
          { indicator: "start_rate_new", atLeast: "百分之百" },
        ],
        leadMeasure: "省外",
      }),
    );
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      "设置项“requirements[1]”引用的指标“arrival_rate”不存在。请选择已有指标。",
      "设置项“requirements[2].atLeast”应为 -1000000000000 到 1000000000000 之间的数。",
      "设置项“leadMeasure”应为 signed、arrived、signed_outprov 或 arrived_outprov。",
    ]);
  });
});

describe("parseSettings() counting policy", () => {
  it("reads origins, sign types and a minimum", () => {
    const r = parseSettings(
      JSON.stringify({
        version: 1,
        countingPolicy: { origins: ["省外", "境外"], signTypes: ["合同"], minSigned: 500 },
      }),
    );
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.settings.countingPolicy).toEqual({
      origins: ["省外", "境外"],
      signTypes: ["合同"],
      minSigned: 500,
    });
  });

  it("names an origin it does not know", () => {
    const r = parseSettings(JSON.stringify({ version: 1, countingPolicy: { origins: ["外地"] } }));
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      "设置项“countingPolicy.origins”应为以下值的列表：省外、省内市外、市内、境外、县内。",
    ]);
  });
});

describe("parseSettings() size bands", () => {
  it("reads size bands in 万元, kept ascending", () => {
    const r = parseSettings(JSON.stringify({ version: 1, sizeBands: [10000, 5000] }));
    expect(r.ok ? r.settings.sizeBands : r.errors).toEqual([5000, 10000]);
  });

  it("lets a requirement name a band of its own sizes, which the catalogue then has", () => {
    const json = JSON.stringify({
      version: 1,
      sizeBands: [5000],
      requirements: [{ indicator: "n_signed_ge_5000", atLeast: 2 }],
    });
    const r = parseSettings(json);
    expect(r.ok ? r.settings.requirements : r.errors).toEqual([
      { indicator: "n_signed_ge_5000", atLeast: 2 },
    ]);
    const keys = r.ok ? settingsCatalogue(r.settings).map((c) => c.def.key) : [];
    expect(keys).toContain("n_signed_ge_5000");
    expect(keys).toContain("meets_n_signed_ge_5000");
    expect(keys).not.toContain("n_signed_ge_1000");
  });

  it("leaves them out when absent (the default bands apply)", () => {
    const r = parseSettings(JSON.stringify({ version: 1 }));
    expect(r.ok && r.settings.sizeBands).toBe(undefined);
  });

  it.each([[[]], [[0]], [[1000.5]], [[1000, 1000]], ["亿元"]])(
    "refuses %j with a Chinese message",
    (bands) => {
      const r = parseSettings(JSON.stringify({ version: 1, sizeBands: bands }));
      expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
        "设置项“sizeBands”应为 1 到 6 个互不相同的正整数（单位：万元），例如 [1000, 10000, 100000]。",
      ]);
    },
  );

  it("reads a settings file written over Chinese names: custom indicators without a code, requirements and scoring items by name", () => {
    const r = parseSettings(
      JSON.stringify({
        version: 1,
        customIndicators: [
          { name: "新签到位比", expression: "新签约项目到位资金 / 签约资金" },
          { name: "新签到位比（百分数）", expression: "新签到位比 * 100", format: "number" },
        ],
        requirements: [{ indicator: "资金到位率", atLeast: 0.5 }],
        scoring: {
          name: "本县办法",
          items: [{ indicator: "新签到位比", weight: 100, method: "linear", cap: 1 }],
          deductions: [],
        },
      }),
    );
    expect(r).toMatchObject({
      ok: true,
      settings: {
        customIndicators: [
          { key: "custom_1", name: "新签到位比", expression: "新签约项目到位资金 / 签约资金" },
          { key: "custom_2", name: "新签到位比（百分数）", expression: "新签到位比 * 100" },
        ],
        requirements: [{ indicator: "arrival_rate_new", atLeast: 0.5 }],
        scoring: { items: [{ indicator: "custom_1", weight: 100, method: "linear", cap: 1 }] },
      },
    });
  });

  it("names a scoring item's indicator that is neither a code nor a Chinese name", () => {
    expect(
      messages(
        JSON.stringify({
          version: 1,
          scoring: { items: [{ indicator: "招商热度", weight: 10, method: "linear" }] },
        }),
      ),
    ).toEqual([
      "考评项目（scoring.items[1]）引用的指标“招商热度”不存在。请选择已有指标或先添加自定义指标。",
    ]);
  });
});
