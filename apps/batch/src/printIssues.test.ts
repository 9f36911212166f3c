import type { CountyLedgers } from "@zsyz/county";
import { makeIssue } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { formatIssues, makePaint } from "./printIssues.js";

const plain = makePaint({ isTTY: false } as NodeJS.WriteStream);
const at = (file: string, cell: string) => ({ file, sheet: "台账", cell });

// 甲镇: one error (no 签约资金) and two warnings; 乙镇: one warning; the target table: one error.
const loaded: CountyLedgers = {
  files: [
    { file: "甲镇.xlsx", status: "ok", unit: "甲镇", sheet: "台账", rows: 3 },
    { file: "乙镇.xlsx", status: "ok", unit: "乙镇", sheet: "台账", rows: 2 },
  ],
  records: [],
  issues: [
    makeIssue("required_empty", at("甲镇.xlsx", "F3"), { label: "签约资金" }),
    makeIssue("hidden_row", at("甲镇.xlsx", "B4")),
    makeIssue("hidden_row", at("甲镇.xlsx", "B5")),
    makeIssue("hidden_row", at("乙镇.xlsx", "B3")),
    makeIssue("required_empty", at("任务分解表.xlsx", "B2"), { label: "单位" }),
  ],
  heldBack: [],
  deducted: [],
  rows: { read: 5, merged: 5, rejected: 0 },
};

describe("formatIssues()", () => {
  const text = formatIssues(loaded, plain);

  it("counts each file's errors and warnings in its heading", () => {
    expect(text).toContain("■ 甲镇.xlsx  甲镇，工作表“台账”，3 行项目：1 个错误、2 个警告");
    expect(text).toContain("■ 乙镇.xlsx  乙镇，工作表“台账”，2 行项目：1 个警告");
  });

  it("counts every issue of the run, the target table's too, in the last line", () => {
    expect(text.split("\n").at(-1)).toBe("问题：错误 2 个，警告 3 个。");
  });
});
