import { describe, expect, it } from "vitest";
import { describeSheetUnused } from "./describeSheetUnused.js";
import { makeSheet } from "./makeSheet.js";

const WHY = {
  label: "考评办法",
  detail: "前 10 行中没有找到表头，整张表未采用",
  other: "按「设置」计分",
};

describe("describeSheetUnused()", () => {
  it("names the first filled row with its text as Excel shows it: a date as a date, not a serial", () => {
    const sheet = makeSheet(
      "考评办法",
      [
        [null, " "],
        [null, "截至", 45292, "考评 项目"],
      ],
      { numFmt: { C2: "yyyy-mm-dd" } },
    );
    const issue = describeSheetUnused("汇总.xlsx", sheet, "settings_invalid", WHY);
    expect(issue).toMatchObject({
      code: "settings_invalid",
      file: "汇总.xlsx",
      sheet: "考评办法",
      cell: "B2",
      row: 2,
      raw: "截至、2024-01-01、考评 项目",
    });
    expect(issue?.message).toContain("前 10 行中没有找到表头，整张表未采用");
    expect(issue?.message).toContain("按「设置」计分");
  });

  it("cuts a long row's text after 40 characters", () => {
    const long = "甲".repeat(30);
    const sheet = makeSheet("重复项目归属", [[long, long]]);
    const issue = describeSheetUnused("任务.xlsx", sheet, "ownership_invalid", WHY);
    expect(issue?.raw).toBe(`${long}、${"甲".repeat(9)}…`);
  });

  it("says nothing of a sheet with nothing in it", () => {
    const sheet = makeSheet("达标要求", [[null, "  "], [], [null, null, "\n"]]);
    expect(describeSheetUnused("汇总.xlsx", sheet, "settings_invalid", WHY)).toBeNull();
  });
});
