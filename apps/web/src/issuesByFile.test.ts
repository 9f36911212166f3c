import type { LedgerIssue } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { issuesByFile } from "./issuesByFile.js";

const issue = (file: string, cell: string): LedgerIssue => ({
  code: "required_empty",
  severity: "error",
  file,
  sheet: "台账",
  cell,
  raw: "",
  message: "必填",
});
const outcome = (file: string) => ({ file, status: "ok" as const, rows: 1 });

describe("issuesByFile()", () => {
  it("groups issues by file in input order, files without issues left out, others last", () => {
    const groups = issuesByFile(
      [
        issue("任务分解表.xlsx", "B3"),
        issue("b.xlsx", "A2"),
        issue("a.xlsx", "C4"),
        issue("b.xlsx", "A3"),
      ],
      ["a.xlsx", "b.xlsx", "c.xlsx"].map(outcome),
    );
    expect(groups.map((g) => [g.file, g.issues.map((i) => i.cell)])).toEqual([
      ["a.xlsx", ["C4"]],
      ["b.xlsx", ["A2", "A3"]],
      ["任务分解表.xlsx", ["B3"]],
    ]);
  });
});
