import { describe, expect, it } from "vitest";
import { defaultAsOf, toIsoDate } from "./defaultAsOf.js";

describe("defaultAsOf()", () => {
  it("proposes the last day of the month before", () => {
    expect(defaultAsOf("2024-10-15")).toBe("2024-09-30");
  });
  it("goes back across the new year", () => {
    expect(defaultAsOf("2025-01-03")).toBe("2024-12-31");
  });
  it("knows leap Februaries", () => {
    expect(defaultAsOf("2024-03-01")).toBe("2024-02-29");
  });
  it("stays in the previous month on the last day of a month", () => {
    expect(defaultAsOf("2024-09-30")).toBe("2024-08-31");
  });
});

describe("toIsoDate()", () => {
  it("writes the local calendar date", () => {
    expect(toIsoDate(new Date(2024, 8, 5, 23, 59))).toBe("2024-09-05");
  });
});
