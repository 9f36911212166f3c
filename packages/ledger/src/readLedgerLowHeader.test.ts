// Issue 15, class 8: a header pushed below the rows header detection scans (title blocks,
// notes, blank rows) gets a message saying the header must be within the first 30 rows and
// where a header-like row was seen, instead of a bare "no header found".
import { describe, expect, it } from "vitest";
import type { CellValue } from "./grid.js";
import { makeSheet } from "./makeSheet.js";
import { readLedger } from "./readLedger.js";
import { AS_OF, CLEAN, projectRows } from "./testkit.js";

/** The title, header and one project of projectRows, with the header on 1-based row `row`. */
function headerOnRow(row: number) {
  const [title, header, project] = projectRows([CLEAN]);
  const filler: Array<readonly CellValue[]> = Array.from({ length: row - 2 }, (_, i) =>
    i === 0 ? [] : i % 5 === 0 ? [`说明第${i}条：请按要求填写。`] : [],
  );
  return readLedger(
    { file: "城关镇.xlsx", sheets: [makeSheet("台账", [title!, ...filler, header!, project!])] },
    { asOf: AS_OF },
  );
}

describe("readLedger() with a header far down the sheet", () => {
  it("reads a header on row 30, the last row scanned", () => {
    const read = headerOnRow(30);
    expect(read.rows.records).toBe(1);
    expect(read.issues).toEqual([]);
  });

  it.each([31, 45, 500])(
    "says a header seen on row %i must be within the first 30 rows, at its cell",
    (row) => {
      const read = headerOnRow(row);
      expect(read.rows.records).toBe(0);
      expect(read.issues.map((i) => [i.code, i.severity, i.sheet, i.cell])).toEqual([
        ["no_ledger_sheet", "error", "台账", `A${row}`],
      ]);
      expect(read.issues[0]?.message).toContain(
        `工作表“台账”第 ${row} 行像是表头，但表头必须在前 30 行内`,
      );
    },
  );

  it("keeps the plain message for a workbook with no header-like row at all", () => {
    const read = readLedger(
      {
        file: "通知.xlsx",
        sheets: [makeSheet("通知", [["关于报送台账的通知"], ["请各镇于10日前报送。"]])],
      },
      { asOf: AS_OF },
    );
    expect(read.issues[0]?.message).toContain("查看了工作表 “通知”");
    expect(read.issues[0]?.message).not.toContain("前 30 行");
  });
});
