import { type LedgerIssue, makeIssue } from "./issues.js";
import { describe, expect, it } from "vitest";
import { countBySeverity, groupIssues } from "./groupIssues.js";

const at = (cell: string, row: number) => ({ file: "f.xlsx", sheet: "台账", cell, row });
const issues: LedgerIssue[] = [
  makeIssue("money_approximate", at("F7", 7), { label: "签约资金", detail: "500" }),
  makeIssue("required_empty", at("C9", 9), { label: "投资方" }),
  makeIssue("required_empty", at("C4", 4), { label: "投资方" }),
  makeIssue("money_approximate", at("F5", 5), { label: "签约资金", detail: "400" }),
  makeIssue("money_approximate", at("AA5", 5), { label: "签约资金", detail: "400" }),
];

describe("groupIssues()", () => {
  it("puts errors first, then larger groups, with cells in row order", () => {
    const groups = groupIssues(issues);
    expect(groups.map((g) => [g.title, g.severity, g.issues.map((i) => i.cell)])).toEqual([
      ["必填项未填", "error", ["C4", "C9"]],
      ["金额是约数", "warning", ["F5", "AA5", "F7"]],
    ]);
  });
});

describe("countBySeverity()", () => {
  it("counts errors and warnings", () => {
    expect(countBySeverity(issues)).toEqual({ error: 2, warning: 3 });
  });
});
