import { describe, expect, it } from "vitest";
import { compileIndicator, DEFAULT_CATALOGUE } from "./compileIndicator.js";
import { computeIndicators } from "./computeIndicators.js";
import { signed, target } from "./testing/records.js";

const compile = (expression: string, key = "my_rate") =>
  compileIndicator({ key, name: "自定义", expression });
const refused = (expression: string): string => {
  const r = compile(expression);
  return r.ok ? "accepted" : r.error.code;
};

describe("compileIndicator()", () => {
  it("compiles a rate over named aggregates as a percent", () => {
    const r = compile("amt_arrived / amt_signed");
    expect(r.ok && r.indicator.def.format).toBe("percent");
  });

  it("accepts Chinese names for aggregates, targets and indicators", () => {
    const r = compile("省外签约资金 / 签约资金 + 签约资金完成率 * 0");
    expect(r.ok && r.indicator.kind === "expression" && JSON.stringify(r.indicator.expr)).toContain(
      '"name":"amt_signed_outprov"',
    );
  });

  it("is evaluated exactly by computeIndicators, with the catalogue", () => {
    const c = compile("(amt_arrived - amt_signed) / target_amt_signed");
    if (!c.ok) throw new Error(c.error.message);
    const r = computeIndicators({
      records: [signed("甲", { amt_signed: 0.3, amt_arrived: 0.1 })],
      targets: [target("甲", { target_amt_signed: 0.2 })],
      asOf: "2024-09-30",
      catalogue: [...DEFAULT_CATALOGUE, c.indicator],
    });
    expect(r.units[0]!.indicators["my_rate"]).toBe(-1);
  });

  it("gives an empty value, not an error, when a referenced target is missing", () => {
    const c = compile("amt_signed - target_amt_arrived");
    if (!c.ok) throw new Error(c.error.message);
    const r = computeIndicators({
      records: [signed("甲", { amt_signed: 1 })],
      targets: [],
      asOf: "2024-09-30",
      catalogue: [...DEFAULT_CATALOGUE, c.indicator],
    });
    expect(r.units[0]!.indicators["my_rate"]).toBeNull();
  });

  it("turns a comparison into a yes/no indicator", () => {
    const r = compile("rate_signed >= time_progress and n_signed > 0");
    expect(r.ok && r.indicator.def.format).toBe("flag");
  });

  describe("refuses hostile or broken expressions with a Chinese message", () => {
    it.each([
      ["import({evaluate: 1}, {override: true})", "expression_forbidden_function"],
      ['evaluate("2+2")', "expression_forbidden_function"],
      ['parse("amt_signed")', "expression_forbidden_function"],
      ['createUnit("亿元")', "expression_forbidden_function"],
      ["simplify(amt_signed)", "expression_forbidden_function"],
      ["cos(amt_signed)", "expression_forbidden_function"],
      ["amt_signed = 5", "expression_forbidden_node"],
      ["f(x) = x; f(1)", "expression_forbidden_node"],
      ["amt_signed.constructor", "expression_forbidden_node"],
      ['amt_signed["constructor"]', "expression_forbidden_node"],
      ["{a: 1}", "expression_forbidden_node"],
      ["1:1000000000", "expression_forbidden_node"],
      ["amt_signed; amt_arrived", "expression_forbidden_node"],
      ['"文字"', "expression_forbidden_node"],
      ["amt_signed ^ 1000000", "expression_bad_exponent"],
      ["2 ^ amt_signed", "expression_bad_exponent"],
      ["9 ^ 9 ^ 9", "expression_bad_exponent"],
      ["1e308 * amt_signed", "expression_bad_constant"],
      ["pi * amt_signed", "expression_unknown_symbol"],
      ["amt_signd / 2", "expression_unknown_symbol"],
      ["my_rate + 1", "expression_unknown_symbol"],
      ["round(amt_signed, amt_arrived)", "expression_bad_arguments"],
      ["max()", "expression_bad_arguments"],
      ["(amt_signed", "expression_syntax"],
      ["   ", "expression_empty"],
      ["amt_signed + ".repeat(60) + "1", "expression_too_long"],
    ])("%s → %s", (expression, code) => {
      expect(refused(expression)).toBe(code);
    });

    it("explains an assignment in Chinese", () => {
      const r = compile("amt_signed = 5");
      expect(r.ok ? "" : r.error.message).toMatchInlineSnapshot(
        `"表达式中不允许使用赋值（“=”）；判断相等请写“==”。只能使用数字、指标名称、+ - * / ^、比较（< > <= >= == !=）、and/or/not、条件（条件 ? 值1 : 值2）和 abs、min、max、round 函数。"`,
      );
    });

    it("names the unknown symbol", () => {
      const r = compile("amt_signd / 2");
      expect(r.ok ? "" : r.error.message).toContain(
        "“amt_signd”不是已知的指标。请写指标的中文名称",
      );
    });
  });

  it("refuses a key that is not snake_case", () => {
    expect(compileIndicator({ key: "到位率", name: "x", expression: "1" })).toMatchObject({
      ok: false,
      error: { code: "indicator_key_invalid" },
    });
  });

  it("refuses a key already taken by an indicator or aggregate", () => {
    expect(
      [compile("1", "rate_signed"), compile("1", "amt_signed"), compile("1", "time_progress")].map(
        (r) => (r.ok ? "" : r.error.code),
      ),
    ).toEqual(["indicator_key_taken", "indicator_key_taken", "indicator_key_taken"]);
  });
});
