import { makeIssue, type LedgerRecord } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { issueUnits } from "./issueUnits.js";

// Only what issueUnits reads of a record: where it came from and its unit.
const record = (sheet: string, row: number, unit: string) =>
  ({ file: "全县.xlsx", sheet, row, unit }) as LedgerRecord;
const issue = (file: string, sheet: string, row?: number) =>
  makeIssue("duplicate_project", {
    file,
    sheet,
    cell: row === undefined ? "" : `B${row}`,
    raw: "",
    ...(row === undefined ? {} : { row }),
  });

describe("issueUnits()", () => {
  // One workbook with every township's sheet, as the task pane hands it over.
  const records = [
    record("城关镇", 4, "城关镇"),
    record("城关镇", 5, "城关镇"),
    record("开发区", 4, "经济开发区"),
    record("开发区", 5, "河西乡"),
    record("开发区", 6, "经济开发区"),
  ];
  const files = [{ file: "全县.xlsx", status: "ok", rows: 5, unit: "城关镇" }] as const;

  it("gives an issue the unit of its own project row, not the workbook's", () => {
    const units = issueUnits(
      [issue("全县.xlsx", "城关镇", 5), issue("全县.xlsx", "开发区", 5)],
      records,
      [...files],
    );
    expect(units).toEqual(["城关镇", "河西乡"]);
  });

  it("falls back to the unit most rows of its sheet belong to, then to its file's", () => {
    const units = issueUnits(
      [issue("全县.xlsx", "开发区", 2), issue("全县.xlsx", "说明"), issue("其他.xlsx", "Sheet1")],
      records,
      [...files],
    );
    expect(units).toEqual(["经济开发区", "城关镇", ""]);
  });
});
