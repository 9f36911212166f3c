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

  it("says what to write in the 设置 form's words for the same rule: the choices, one at least, the 起点", () => {
    const read = readPolicySheet(
      book([
        ["计入的资金来源", "省外、外省", null],
        ["计为签约的签约类型", "、", null],
        ["新签项目签约资金起点（万元）", "万元", null],
      ]),
    );
    expect(read?.issues.map((i) => [i.cell, i.message])).toEqual([
      [
        "B2",
        "设置“统计口径·计入的资金来源”的值“省外、外省”无法采用：计入的资金来源只能从 省外、省内市外、市内、境外、县内 中选，用顿号分隔；“外省”不在其中。该项未采用（按默认值或其余设置计算），请更正。",
      ],
      [
        "B3",
        "设置“统计口径·计为签约的签约类型”的值“、”无法采用：计为签约的签约类型至少要填一种，如“合同”。该项未采用（按默认值或其余设置计算），请更正。",
      ],
      [
        "B4",
        "设置“统计口径·新签项目签约资金起点（万元）”的值“万元”无法采用：新签项目签约资金起点应为不小于 0 的数（万元），如“500”；不设起点请留空。该项未采用（按默认值或其余设置计算），请更正。",
      ],
    ]);
    expect(read?.policy).toEqual(DEFAULT_COUNTING_POLICY);
  });

  it("finds a rule written in staff's own words by its key word, and passes over rows of no rule", () => {
    expect(
      readPolicySheet(
        book([
          ["备注", "本表由招商局填写", null],
          ["签约资金最低（万元）", 300, null],
          ["统计的资金来源", "境外、省外", null],
        ]),
      )?.policy,
    ).toEqual({ ...DEFAULT_COUNTING_POLICY, origins: ["境外", "省外"], minSigned: 300 });
  });

  it("leaves the settings' policy in force while the sheet is absent or has no rule filled in", () => {
    expect(readPolicySheet({ file: "任务.xlsx", sheets: [] })).toBeNull();
    expect(readPolicySheet(book([["新签项目签约资金起点（万元）", null, null]]))).toBeNull();
  });
});
