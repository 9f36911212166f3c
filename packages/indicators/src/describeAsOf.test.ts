import { describe, expect, it } from "vitest";
import { describeAsOf, periodName } from "./describeAsOf.js";

describe("describeAsOf()", () => {
  it("writes a month's last day as 截至9月底", () => {
    expect(describeAsOf("2024-09-30")).toBe("截至9月底");
  });

  it("writes any other day in full", () => {
    expect(describeAsOf("2024-09-15")).toBe("截至9月15日");
  });

  it("adds the year when asked", () => {
    expect(describeAsOf("2024-02-29", true)).toBe("截至2024年2月底");
  });
});

describe("periodName()", () => {
  it("names the quarter a quarter-end closes", () => {
    expect([periodName("2024-03-31"), periodName("2024-09-30"), periodName("2024-12-31")]).toEqual([
      "第一季度",
      "第三季度",
      "第四季度",
    ]);
  });

  it("names the month otherwise", () => {
    expect([periodName("2024-08-31"), periodName("2024-09-15")]).toEqual(["8月", "9月"]);
  });
});
