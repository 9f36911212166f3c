import { describe, expect, it } from "vitest";
import { ISSUE_MESSAGES, ISSUE_SEVERITY, type IssueCode, makeIssue } from "./issues.js";

const codes = Object.keys(ISSUE_SEVERITY) as IssueCode[];
const HAN = /\p{Script=Han}/u;

describe("ISSUE_MESSAGES", () => {
  it("has a message for every code and no message without a code", () => {
    expect(Object.keys(ISSUE_MESSAGES).sort()).toEqual([...codes].sort());
  });

  it.each(codes)(
    "writes %s in Chinese, without “undefined”, even with no details given",
    (code) => {
      const message = ISSUE_MESSAGES[code]({}, "");
      expect(message).toMatch(HAN);
      expect(message).not.toMatch(/undefined|null|NaN|\[object/);
    },
  );

  it.each(codes)("writes %s with every detail woven in and no “undefined”", (code) => {
    const message = ISSUE_MESSAGES[code](
      { label: "签约资金", detail: "细节", other: "本年到位资金" },
      "原值",
    );
    expect(message).toMatch(HAN);
    expect(message).not.toMatch(/undefined|null|NaN|\[object/);
  });

  it("tells the person what to do: every message ends a sentence with 。", () => {
    for (const code of codes)
      expect([code, ISSUE_MESSAGES[code]({}, "").endsWith("。")]).toEqual([code, true]);
  });
});

describe("ISSUE_SEVERITY", () => {
  it("knows only error and warning", () => {
    expect(new Set(Object.values(ISSUE_SEVERITY))).toEqual(new Set(["error", "warning"]));
  });

  it("uses stable snake_case codes", () => {
    for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
  });
});

describe("makeIssue()", () => {
  it("fills severity, message and raw from the code and the cell", () => {
    expect(
      makeIssue(
        "money_unparsed",
        { file: "城关镇.xlsx", sheet: "台账", cell: "F7", raw: "五千", row: 7 },
        { label: "签约资金" },
      ),
    ).toEqual({
      code: "money_unparsed",
      severity: "error",
      file: "城关镇.xlsx",
      sheet: "台账",
      cell: "F7",
      raw: "五千",
      row: 7,
      message:
        "“签约资金”的值“五千”无法识别为金额。请填写数字（单位以表头为准，如“1200”或“1.2亿”）。",
    });
  });

  it("leaves raw empty and row out for a file-level issue", () => {
    const issue = makeIssue("no_ledger_sheet", { file: "a.xlsx", sheet: "", cell: "" });
    expect(issue.raw).toBe("");
    expect("row" in issue).toBe(false);
  });
});
