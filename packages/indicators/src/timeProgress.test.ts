import { describe, expect, it } from "vitest";
import { daysInMonth, timeProgress } from "./timeProgress.js";

describe("timeProgress()", () => {
  it("is 75.00% on 9月30日", () => {
    expect(timeProgress("2024-09-30")).toBe(0.75);
  });

  it("is 25% at the end of March", () => {
    expect(timeProgress("2024-03-31")).toBe(0.25);
  });

  it("counts days within the month: 15 of 30 days of September", () => {
    expect(timeProgress("2024-09-15")).toBeCloseTo((8 + 15 / 30) / 12, 15);
  });

  it("knows leap Februaries", () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), timeProgress("2024-02-29")]).toEqual([
      29,
      28,
      2 / 12,
    ]);
  });

  it("is 100% on 12月31日", () => {
    expect(timeProgress("2024-12-31")).toBe(1);
  });
});
