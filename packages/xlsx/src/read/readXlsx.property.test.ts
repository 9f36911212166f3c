import type { GridCell } from "@zsyz/ledger";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readXlsx } from "./readXlsx.js";
import { buildXlsx } from "./testing/buildXlsx.js";
import type { TestCell } from "./testing/buildXlsx.js";

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("A&B", "<tag>", ' "引号" ', "中文\n换行", "签约资金（万元）", "=1+1"),
);
const cell: fc.Arbitrary<TestCell> = fc.oneof(
  fc.constant(null),
  text.filter((s) => s !== ""),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.boolean(),
  fc.integer({ min: 1, max: 60_000 }).map((d) => new Date(Date.UTC(1900, 0, d))),
  fc.constantFrom({ error: "#REF!" }, { error: "#N/A" }),
  fc.record({ formula: fc.constantFrom("A1+1", "SUM(A:A)"), result: fc.integer() }),
);
const rows = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 });

/** What the reader should give for a builder cell. */
function expected(v: TestCell): GridCell | null {
  if (v === null) return null;
  if (v instanceof Date) return { value: v, numFmt: "yyyy-mm-dd" };
  if (typeof v !== "object") return { value: v };
  if ("error" in v) return { value: null, error: v.error };
  if ("inline" in v) return { value: v.inline };
  return { value: v.result ?? null, formula: v.formula };
}

/** The grid shape the reader promises: trailing empties trimmed, rows as long as their last cell. */
function expectedRows(grid: ReadonlyArray<ReadonlyArray<TestCell>>): Array<Array<GridCell | null>> {
  const out = grid.map((row) => {
    const cells = row.map(expected);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
}

describe("readXlsx()", () => {
  it("gives back any grid written by the test builder", () => {
    fc.assert(
      fc.property(rows, fc.boolean(), (grid, date1904) => {
        const result = readXlsx(buildXlsx([{ name: "表", rows: grid }], date1904), "p.xlsx");
        if (!result.ok) throw new Error(result.message);
        expect(result.workbook.sheets[0]?.rows).toEqual(expectedRows(grid));
      }),
      { numRuns: 200 },
    );
  });
});
