import { describe, expect, it } from "vitest";
import { findTargetWorkbookSheets } from "./targetWorkbookSheets.js";

describe("findTargetWorkbookSheets()", () => {
  it("finds the rule sheets whatever spaces their names carry, and nothing else", () => {
    expect(
      findTargetWorkbookSheets([
        "9月台账",
        "统计 口径",
        " 考评办法",
        "达标要求（旧）",
        "重复项目归属",
        "任务分解",
      ]),
    ).toEqual(["统计 口径", " 考评办法", "重复项目归属"]);
  });
});
