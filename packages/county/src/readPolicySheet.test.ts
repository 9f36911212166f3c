import { DEFAULT_COUNTING_POLICY } from "@zsyz/ledger";
import { makeSheet } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { readPolicySheet } from "./readPolicySheet.js";

const book = (rows: (string | number | null)[][]) => ({
  file: "任务.xlsx",
  sheets: [makeSheet("统计口径", [["口径", "设置", "说明"], ...rows])],
});

describe("readPolicySheet()", () => {
  it("reads origins and sign types in any separator, and a minimum typed as a number or with 万元", () => {
    expect(
      readPolicySheet(
        book([
          ["计入的资金来源", "境外，省外/省内市外", null],
          ["计为签约的签约类型", "合同、协议、框架协议", null],
          ["新签项目签约资金起点（万元）", "500万元", null],
        ]),
      ),
    ).toEqual({
      sheet: "统计口径",
      policy: {
        origins: ["境外", "省外", "省内市外"],
        signTypes: ["合同", "协议", "框架协议"],
        minSigned: 500,
      },
      issues: [],
    });
    expect(readPolicySheet(book([["新签项目签约资金起点（万元）", 1000, null]]))?.policy).toEqual({
      ...DEFAULT_COUNTING_POLICY,
      minSigned: 1000,
    });
  });

  it("names the cell of an origin it does not know and of a minimum that is not an amount, and keeps those defaults", () => {
    const read = readPolicySheet(
      book([
        ["计入的资金来源", "省外、外省", null],
        ["计为签约的签约类型", "合同", null],
        ["新签项目签约资金起点（万元）", "五百", null],
      ]),
    );
    expect(read?.policy).toEqual({ origins: DEFAULT_COUNTING_POLICY.origins, signTypes: ["合同"] });
    expect(read?.issues.map((i) => [i.code, i.sheet, i.cell, i.raw])).toEqual([
      ["settings_invalid", "统计口径", "B2", "省外、外省"],
      ["settings_invalid", "统计口径", "B4", "五百"],
    ]);
  });

  it("leaves the settings' policy in force while the sheet is absent or has no rule filled in", () => {
    expect(readPolicySheet({ file: "任务.xlsx", sheets: [] })).toBeNull();
    expect(readPolicySheet(book([["新签项目签约资金起点（万元）", null, null]]))).toBeNull();
  });
});
