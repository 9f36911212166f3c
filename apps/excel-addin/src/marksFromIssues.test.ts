import { makeIssue } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { marksFromIssues } from "./marksFromIssues.js";

describe("marksFromIssues()", () => {
  it("merges issues of one cell under the worst severity and skips other sheets and whole-file issues", () => {
    const at = (sheet: string, cell: string) => ({ file: "f", sheet, cell });
    const marks = marksFromIssues(
      [
        makeIssue("money_approximate", at("台账", "F7"), { label: "签约资金", detail: "500" }),
        makeIssue("money_negative", at("台账", "F7"), { label: "签约资金" }),
        makeIssue("required_empty", at("说明", "C3"), { label: "投资方" }),
        makeIssue("unit_unknown", at("台账", "")),
      ],
      "台账",
    );
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ cell: "F7", severity: "error" });
    expect(marks[0]?.messages).toHaveLength(2);
  });
});
