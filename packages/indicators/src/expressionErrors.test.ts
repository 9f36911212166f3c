import { describe, expect, it } from "vitest";
import { compileIndicator, DEFAULT_CATALOGUE } from "./compileIndicator.js";
import { EXPRESSION_ERROR_CODES, EXPRESSION_MESSAGES } from "./expressionErrors.js";

const compiles = (expression: string) =>
  compileIndicator({ key: "custom_1", name: "试算", expression }, DEFAULT_CATALOGUE).ok;

describe("EXPRESSION_MESSAGES", () => {
  it("gives examples over Chinese names an expression accepts, never keys", () => {
    const unknown = EXPRESSION_MESSAGES.expression_unknown_symbol("签约资");
    const names = [...unknown.matchAll(/“([^”]+)”/g)].map((m) => m[1]!).slice(1);
    expect(names).toEqual([
      "签约项目数",
      "签约资金",
      "新签约项目到位资金",
      "年度签约资金任务",
      "签约资金完成率",
      "时序进度",
    ]);
    for (const name of names) expect(compiles(name), name).toBe(true);
    const empty = /如“([^”]+)”/.exec(EXPRESSION_MESSAGES.expression_empty(""))?.[1];
    expect(empty).toBe("新签约项目到位资金 / 签约资金");
    expect(compiles(empty!)).toBe(true);
  });

  it("names no indicator key where staff write expressions (only the code's own rule may)", () => {
    for (const code of EXPRESSION_ERROR_CODES) {
      if (code === "indicator_key_invalid") continue;
      expect(EXPRESSION_MESSAGES[code]("x"), code).not.toMatch(/[a-z]+_[a-z_]+/);
    }
  });
});
