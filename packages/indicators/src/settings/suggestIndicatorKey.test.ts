import { describe, expect, it } from "vitest";
import { checkCustomIndicators } from "./applySettings.js";
import { suggestIndicatorKey } from "./suggestIndicatorKey.js";

describe("suggestIndicatorKey()", () => {
  it("gives the first free custom_N, so an indicator written over Chinese names needs no code", () => {
    expect(suggestIndicatorKey([])).toBe("custom_1");
    const first = {
      key: suggestIndicatorKey([]),
      name: "新签到位占比",
      expression: "新签约项目到位资金 / 签约资金",
    };
    expect(checkCustomIndicators([first])).toEqual([null]);
    expect(suggestIndicatorKey([first])).toBe("custom_2");
  });
});
