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
    ).toEqual([
      expect.stringMatching(/^「自定义指标」「比率」的「公式」：“amt_signd”不是已知的指标。/),
    ]);
  });

  it("reports every bad field at once, not only the first", () => {
    expect(
      messages(
        '{"version":1,"rounding":{"percentDecimals":-1},"displayUnit":"元","scoring":{"name":"x","items":[{"indicator":"nope","weight":1,"method":"linear"}],"deductions":[{"code":"no_such_issue","points":1}]}}',
      ),
    ).toEqual([
      "「百分比小数位」应为 0 到 6 之间的整数，如“2”。",
      "「金额显示单位」应为“万元”或“亿元”。",
      "「考评办法」「考评项目1」的「指标」“nope”不存在。请选择已有指标或先添加自定义指标。",
      "「考评办法」「扣分项1」的「问题类型」“no_such_issue”不存在。请选择已有的问题类型，如“疑似重复报送”。",
    ]);
  });

  it("reports each refused value at its own place, an entry of a list at its number", () => {
    const read = parseSettings(
      JSON.stringify({
        version: 1,
        countyName: " ",
        rounding: { yiDecimals: 9 },
        countingPolicy: { minSigned: -5 },
        requirements: [
          { indicator: "签约资金", atLeast: 1 },
          { indicator: "签约资金", atLeast: "一半" },
        ],
        scoring: {
          name: "",
          items: [{ indicator: "签约资金", weight: 5000, method: "linear", cap: -1 }],
          deductions: [
            { code: "duplicate_project", points: 1 },
            { code: "duplicate_project", points: 500, max: -2 },
          ],
        },
      }),
    );
    // Where each is said, in whatever order the fields are read.
    expect(new Set(read.ok ? [] : read.errors.map((e) => e.path))).toEqual(
      new Set([
        "countyName",
        "countingPolicy.minSigned",
        "requirements[2].atLeast",
        "rounding.yiDecimals",
        "scoring.name",
        "scoring.items[1].weight",
        "scoring.items[1].cap",
        "scoring.deductions[2].points",
        "scoring.deductions[2].max",
      ]),
    );
    expect(read.ok ? 0 : read.errors.length).toBe(9);
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
      "「达标要求」第1条的「指标」“arrival_rate”不存在。请选择已有指标，如“资金到位率”。",
      "「达标要求」第2条的「达标线」应为数字（比率写百分数，50 即 50%），如“50”。",
      "「报告首先写」应为 签约资金、到位资金、省外签约资金、省外到位资金 之一，如“签约资金”。",
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
      "「统计口径」的「计入的资金来源」只能从 省外、省内市外、市内、境外、县内 中选，“外地”不在其中。",
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

  const HOW = "请写 1 到 6 个互不相同的整数金额（万元），用顿号分隔，如“1000、10000、100000”。";
  it.each([
    [[], `「签约金额分档」一档也没有。${HOW}`],
    [[0], `「签约金额分档」中的“0”不是 1 到 100000000 之间的整数。${HOW}`],
    [[1000, 1000.5], `「签约金额分档」中的“1000.5”不是 1 到 100000000 之间的整数。${HOW}`],
    [[5000, "亿元"], `「签约金额分档」中的“亿元”不是 1 到 100000000 之间的整数。${HOW}`],
    [[1000, 5000, 1000], `「签约金额分档」中的“1000”写了不止一次。${HOW}`],
    [[1, 2, 3, 4, 5, 6, 7], `「签约金额分档」有 7 档，最多 6 档。${HOW}`],
    ["亿元", `「签约金额分档」写法有误。${HOW}`],
  ])("refuses %j, saying what is wrong in the form's words", (bands, message) => {
    expect(messages(JSON.stringify({ version: 1, sizeBands: bands }))).toEqual([message]);
  });

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
      "「考评办法」「考评项目1」的「指标」“招商热度”不存在。请选择已有指标或先添加自定义指标。",
    ]);
  });
});

describe("parseSettings() messages, in the words of the 设置 form", () => {
  it("names a scheme's 分值, 封顶, 分档, 计分方式 and 扣分 at the item the form numbers", () => {
    const scoring = {
      name: "本县办法",
      items: [
        { indicator: "签约资金完成率", weight: 35, method: "linear" },
        { indicator: "资金到位率", weight: 2000, method: "linear", cap: -1 },
        {
          indicator: "开工率",
          weight: 10,
          method: "tiers",
          tiers: [
            { atLeast: 1, share: 1 },
            { atLeast: 0.8, share: 75 },
          ],
        },
        { indicator: "开工率", weight: 10, method: "分段" },
      ],
      deductions: [
        { code: "疑似重复报送", points: 1 },
        { code: "duplicate_project", points: 200, max: -5 },
      ],
    };
    expect(messages(JSON.stringify({ version: 1, scoring }))).toEqual([
      "「考评办法」「考评项目2」的「分值」应为 0 到 1000 之间的数，如“35”。",
      "「考评办法」「考评项目2」的「封顶」应为 0 到 100 之间的数（比率写百分数，0 到 10000%），如“120%”；不封顶请留空。",
      "「考评办法」「考评项目3」的「分档」第2档有误。分档写法如“100%以上得满分；80%以上得满分的75%”，得分比例在 0 到 100% 之间。",
      "「考评办法」「考评项目4」的「计分方式」应为“按比例”或“分档”（并写出各档）。分档写法如“100%以上得满分；80%以上得满分的75%”，得分比例在 0 到 100% 之间。",
      "「考评办法」「扣分项2」的「每项扣分」应为 0 到 100 之间的数，如“2”。",
      "「考评办法」「扣分项2」的「最多扣分」应为不小于 0 的数，如“10”；不封顶请留空。",
    ]);
  });

  it("names the county's own name, 统计口径 and its 起点 as the form labels them", () => {
    expect(
      messages(
        JSON.stringify({
          version: 1,
          countyName: " ",
          countingPolicy: { origins: ["省外"], signTypes: [], minSigned: -1 },
        }),
      ),
    ).toEqual([
      "「本县称谓」不能为空，如“全县”。",
      "「统计口径」的「计为签约的签约类型」至少要选一种，如“合同”。",
      "「统计口径」的「新签项目签约资金起点」应为不小于 0 的数（万元），如“500”；不设起点请留空。",
    ]);
  });

  it("names a custom indicator without a name by its number, and one without a formula by its name", () => {
    expect(
      messages(
        JSON.stringify({
          version: 1,
          customIndicators: [
            { name: "", expression: "签约资金" },
            { name: "新签到位比" },
            { name: "亿元项目占比", expression: "亿元以上项目数 / 签约项目数", format: "比例" },
          ],
        }),
      ),
    ).toEqual([
      "「自定义指标1」的「名称」：请填写指标的中文名称（如“综合到位率”）。",
      "「自定义指标」「新签到位比」应写出名称和公式，如名称“新签到位比”、公式“新签约项目到位资金 / 签约资金”。",
      "「自定义指标」「亿元项目占比」的「显示格式」“比例”不存在，应为 百分比、金额（万元）、个数、百分点、数值、是/否、金额（万美元）、名次 之一；不写则按公式自动选择。",
    ]);
  });

  it("says a file without the settings version is not one the add-in exported", () => {
    expect(messages(JSON.stringify({ countyName: "全区" }))).toEqual([
      "「设置版本」应为 1：这不像本插件导出的设置。请选择在「设置」中「导出」得到的文件。",
    ]);
  });

  it("takes the form's words where the file holds a code: 报告首先写, 显示格式, 计分方式, 扣分项", () => {
    const r = parseSettings(
      JSON.stringify({
        version: 1,
        leadMeasure: "省外到位资金",
        customIndicators: [{ name: "到位比", expression: "到位资金 / 签约资金", format: "数值" }],
        scoring: {
          name: "本县办法",
          items: [{ indicator: "资金到位率", weight: 10, method: "按比例" }],
          deductions: [{ code: "疑似重复报送", points: 1 }],
        },
      }),
    );
    expect(r.ok && r.settings.leadMeasure).toBe("arrived_outprov");
    expect(r.ok && r.settings.customIndicators[0]?.format).toBe("number");
    expect(r.ok && r.settings.scoring.items[0]?.method).toBe("linear");
    expect(r.ok && r.settings.scoring.deductions).toEqual([
      { code: "duplicate_project", points: 1 },
    ]);
  });
});

describe("parseSettings() never speaks JSON to staff", () => {
  it("names no JSON path nor code in any message of a file wrong everywhere", () => {
    const all = messages(
      JSON.stringify({
        version: 1,
        rounding: { yiDecimals: 9, trimZeros: "是" },
        displayUnit: "元",
        countyName: "",
        sizeBands: [0],
        customIndicators: [{ name: "甲", expression: "签约资" }, 5],
        requirements: [{ atLeast: 1 }, { indicator: "资金到位率", atLeast: "高" }],
        leadMeasure: "x",
        countingPolicy: { origins: "省外", signTypes: ["合约"], minSigned: "多" },
        scoring: {
          name: "",
          items: [5, { indicator: "x", weight: "多", method: "y" }],
          deductions: [{}, { code: "z", points: -1, max: "多" }],
        },
      }),
    );
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const m of all) {
      expect(m).toMatch(/^「/);
      expect(m).not.toMatch(/[a-z][A-Za-z]*\.[a-z]|\[\d+\]|sizeBands|countingPolicy|atLeast/);
    }
    expect(all).toContain("「达标要求」第1条缺少指标：每条应写出指标和达标线。");
  });
});
