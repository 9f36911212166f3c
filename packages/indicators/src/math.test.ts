import { describe, expect, it } from "vitest";
import { addDecimal, divideDecimal, parseExpression, roundHalfUp, toDecimal } from "./math.js";

describe("addDecimal()", () => {
  it("adds without binary drift: 0.1 + 0.2 = 0.3", () => {
    expect(addDecimal(toDecimal(0.1), toDecimal(0.2))).toBe("0.3");
  });
});

describe("divideDecimal()", () => {
  it("returns null for a zero divisor, never Infinity or NaN", () => {
    expect(divideDecimal("5", "0")).toBeNull();
  });

  it("divides to full precision", () => {
    expect(divideDecimal("100", "300")?.slice(0, 12)).toBe("0.3333333333");
  });
});

describe("roundHalfUp()", () => {
  it("rounds ties away from zero on the exact decimal", () => {
    expect([roundHalfUp("2.675", 2), roundHalfUp("-2.675", 2), roundHalfUp("0.125", 2)]).toEqual([
      "2.68",
      "-2.68",
      "0.13",
    ]);
  });

  it("does not print negative zero", () => {
    expect(roundHalfUp("-0.001", 2)).toBe("0.00");
  });
});

describe("parseExpression()", () => {
  it("turns arithmetic into the plain Expr tree", () => {
    expect(parseExpression("a / (b - 1)")).toMatchInlineSnapshot(`
      {
        "expr": {
          "left": {
            "name": "a",
            "type": "symbol",
          },
          "op": "/",
          "right": {
            "left": {
              "name": "b",
              "type": "symbol",
            },
            "op": "-",
            "right": {
              "type": "number",
              "value": "1",
            },
            "type": "binary",
          },
          "type": "binary",
        },
        "ok": true,
      }
    `);
  });

  it.each([
    ["import({}, {override: true})", "expression_forbidden_function"],
    ['evaluate("1+1")', "expression_forbidden_function"],
    ['parse("1")', "expression_forbidden_function"],
    ['createUnit("foo")', "expression_forbidden_function"],
    ["a = 1", "expression_forbidden_node"],
    ["f(x) = x", "expression_forbidden_node"],
    ["x.constructor", "expression_forbidden_node"],
    ['"text"', "expression_forbidden_node"],
    ["[1, 2]", "expression_forbidden_node"],
    ["5!", "expression_forbidden_operator"],
    ["7 mod 2", "expression_forbidden_operator"],
    ["1e99999", "expression_bad_constant"],
    ["a +", "expression_syntax"],
  ])("refuses %s", (text, code) => {
    const r = parseExpression(text);
    expect(r.ok ? "accepted" : r.failure.code).toBe(code);
  });
});
