import { describe, expect, it } from "vitest";
import { compileIndicator, DEFAULT_CATALOGUE } from "./compileIndicator.js";
import { indicatorNames } from "./indicatorNames.js";
import { checkCustomIndicators } from "./settings/applySettings.js";
import { parseSettings } from "./settings/parseSettings.js";

// How staff write an indicator's name: full-width brackets and slashes, spaces between words.
const SPELLINGS = [
  ["资金到位率", "arrival_rate_new"],
  ["资金 到位率", "arrival_rate_new"],
  ["签约资金超额（−差距）", "gap_signed"],
  ["签约超／欠进度", "prog_gap_pp_signed"],
  ["框架协议/意向　项目数", "n_intent"],
  ["start_rate_new", "start_rate_new"],
] as const;

describe("indicatorNames()", () => {
  it.each(SPELLINGS)("finds “%s” as %s", (name, key) => {
    expect(indicatorNames(DEFAULT_CATALOGUE).keyOf(name)).toBe(key);
  });

  it.each(SPELLINGS)("lets a settings file's requirement name “%s” (→ %s)", (name, key) => {
    const r = parseSettings(
      JSON.stringify({ version: 1, requirements: [{ indicator: name, atLeast: 0.5 }] }),
    );
    expect(r.ok && r.settings.requirements).toEqual([{ indicator: key, atLeast: 0.5 }]);
  });

  it.each(SPELLINGS)("lets a custom indicator's expression use “%s” (→ %s)", (name, key) => {
    const r = compileIndicator({ key: "custom_1", name: "测试", expression: `${name} * 2` });
    expect(r.ok && r.indicator.kind === "expression" && r.indicator.expr).toMatchObject({
      type: "binary",
      op: "*",
      left: { type: "symbol", name: key },
    });
  });

  it("knows in expressions the names only they may use: targets, 全县 totals, 时序进度", () => {
    const names = indicatorNames(DEFAULT_CATALOGUE, { symbols: true });
    expect([
      names.keyOf("年度签约资金任务"),
      names.keyOf("全县 签约资金"),
      names.keyOf("时序进度"),
    ]).toEqual(["target_amt_signed", "total_amt_signed", "time_progress"]);
    expect(indicatorNames(DEFAULT_CATALOGUE).keyOf("年度签约资金任务")).toBeUndefined();
  });

  it("prefers the longer name inside an expression: 省外签约资金 is not 省外 + 签约资金", () => {
    expect(
      indicatorNames(DEFAULT_CATALOGUE, { symbols: true }).replaceNames("省外签约资金/签约资金"),
    ).toBe(" amt_signed_outprov / amt_signed ");
  });

  it("names neither of two indicators that share a name", () => {
    const twin = compileIndicator({
      key: "custom_1",
      name: "资金到位率",
      expression: "到位资金 / 签约资金",
    });
    expect(twin.ok).toBe(true);
    const catalogue = [...DEFAULT_CATALOGUE, ...(twin.ok ? [twin.indicator] : [])];
    expect(indicatorNames(catalogue).keyOf("资金到位率")).toBeUndefined();
    expect(indicatorNames(catalogue).keyOf("custom_1")).toBe("custom_1");
  });

  it("still says which word of an expression is no indicator's name", () => {
    expect(
      checkCustomIndicators([{ key: "custom_1", name: "综合", expression: "到位 资金 / 签约资" }]),
    ).toEqual([expect.stringContaining("“签约资”不是已知的指标")]);
  });
});
