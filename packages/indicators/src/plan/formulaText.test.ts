import { describe, expect, it } from "vitest";
import { needsTextGuard, toExcelSerial, toFileFormula, toOfficeFormula } from "./formulaText.js";

describe("toFileFormula()", () => {
  it("prefixes RANK.EQ with _xlfn. for .xlsx files", () => {
    expect(toFileFormula('IF(ISNUMBER(U5),RANK.EQ(U5,U$5:U$9,0),"")')).toBe(
      'IF(ISNUMBER(U5),_xlfn.RANK.EQ(U5,U$5:U$9,0),"")',
    );
  });

  it("leaves string literals and quoted sheet names alone", () => {
    expect(toFileFormula(`IF(A1="RANK.EQ(",'IFS(x'!A1,IFS(A1,1))`)).toBe(
      `IF(A1="RANK.EQ(",'IFS(x'!A1,_xlfn.IFS(A1,1))`,
    );
  });

  it("does not prefix twice or touch functions Excel 2007 already had", () => {
    expect(toFileFormula("_xlfn.RANK.EQ(A1,A1:A3)+SUMIFS(A1:A3,B1:B3,TRUE)+IFERROR(1/0,0)")).toBe(
      "_xlfn.RANK.EQ(A1,A1:A3)+SUMIFS(A1:A3,B1:B3,TRUE)+IFERROR(1/0,0)",
    );
  });
});

describe("toOfficeFormula()", () => {
  it("adds the leading = Office.js needs", () => {
    expect([toOfficeFormula("SUM(A1:A3)"), toOfficeFormula("=SUM(A1:A3)")]).toEqual([
      "=SUM(A1:A3)",
      "=SUM(A1:A3)",
    ]);
  });
});

describe("needsTextGuard()", () => {
  it.each([
    '=HYPERLINK("http://x")',
    "+1",
    "-5",
    "@SUM(A1)",
    "001",
    "1,200",
    "50%",
    "2024-09-30",
    "9/30",
    "TRUE",
  ])("guards %s", (text) => {
    expect(needsTextGuard(text)).toBe(true);
  });

  it.each(["城关镇", "新能源电池项目", "约500", "A区"])("leaves %s alone", (text) => {
    expect(needsTextGuard(text)).toBe(false);
  });
});

describe("toExcelSerial()", () => {
  it("matches Excel's 1900 date system", () => {
    expect([
      toExcelSerial("2023-09-06"),
      toExcelSerial("2024-09-30"),
      toExcelSerial("1900-03-01"),
    ]).toEqual([45175, 45565, 61]);
  });
});
