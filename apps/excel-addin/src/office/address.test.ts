import { describe, expect, it } from "vitest";
import { quoteSheetName, splitSheetRef } from "./address.js";

describe("splitSheetRef()", () => {
  it("splits a quoted sheet and drops the $ of an absolute address", () => {
    expect(splitSheetRef("'指标汇总'!$F$5:$F$9")).toEqual({ sheet: "指标汇总", address: "F5:F9" });
  });

  it("reads an unquoted sheet name", () => {
    expect(splitSheetRef("Sheet1!B2")).toEqual({ sheet: "Sheet1", address: "B2" });
  });

  it("gives back a name with spaces and an apostrophe that quoteSheetName wrote", () => {
    const name = "东城 O'Neil 表";
    expect(quoteSheetName(name)).toBe("'东城 O''Neil 表'");
    expect(splitSheetRef(`${quoteSheetName(name)}!$A$1`)).toEqual({ sheet: name, address: "A1" });
  });
});
