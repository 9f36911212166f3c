import { describe, expect, it } from "vitest";
import { record, signed } from "../testing/records.js";
import { buildDetailSheet, DETAIL_DERIVED } from "./detailSheet.js";
import type { PlanCell } from "./WorkbookPlan.js";
import { shiftFormula } from "./testing/shiftFormula.js";

const asOf = "2024-09-30";
const asOfRef = "'指标汇总'!$B$2";
// Every kind of row the derived formulas treat differently, repeated so offsets reach 3 digits.
const kinds = [
  signed("城关镇", { amt_signed: 100, status: "开工", fund_source: "省外" }),
  record("城关镇", { sign_type: "协议", sign_date: "2023-04-01", is_new: "续建" }),
  record("河口镇", { sign_type: "意向", status: "在谈", amt_signed_outprov: 5 }),
  record("白水乡", {}),
];
const records = Array.from({ length: 300 }, (_, i) => kinds[i % kinds.length]!);
const sheet = buildDetailSheet(records, asOf, asOfRef);

describe("buildDetailSheet() shared formulas", () => {
  it("names every derived column over every data row", () => {
    const derivedHeaders = new Set<string>(DETAIL_DERIVED.map((d) => d.header));
    const derived = sheet.cells.filter((c) => c.row === 0 && derivedHeaders.has(String(c.value)));
    expect(sheet.sharedFormulas).toEqual({
      columns: derived.map((c) => c.col),
      firstRow: 1,
      lastRow: records.length,
    });
    expect(derived.map((c) => c.col)).toHaveLength(DETAIL_DERIVED.length);
  });

  it("holds, on every row, the first row's formula moved down by the row offset", () => {
    const shared = sheet.sharedFormulas!;
    const columns = new Set(shared.columns);
    const master = new Map(
      sheet.cells
        .filter((c) => c.row === shared.firstRow && columns.has(c.col))
        .map((c) => [c.col, c.formula!]),
    );
    let checked = 0;
    for (const c of sheet.cells) {
      if (!columns.has(c.col) || c.row < shared.firstRow || c.row > shared.lastRow) continue;
      expect([c.address, c.formula]).toEqual([
        c.address,
        shiftFormula(master.get(c.col)!, c.row - shared.firstRow),
      ]);
      checked += 1;
    }
    expect(checked).toBe(records.length * DETAIL_DERIVED.length);
  });

  it("claims no shared formulas when there is no data row", () => {
    expect(buildDetailSheet([], asOf, asOfRef).sharedFormulas).toBeUndefined();
  });

  it("gives the wrapped header row its height", () => {
    expect(sheet.rows).toEqual([{ row: 0, height: 45 }]);
  });
});

describe("buildDetailSheet() lazy cells", () => {
  const plain = (c: PlanCell): PlanCell => ({
    row: c.row,
    col: c.col,
    address: c.address,
    value: c.value,
    ...(c.formula !== undefined ? { formula: c.formula } : {}),
    ...(c.numFmt !== undefined ? { numFmt: c.numFmt } : {}),
    ...(c.style !== undefined ? { style: c.style } : {}),
  });

  it("gives a writer that reads each cell at once the cells of the plan built up front", () => {
    const lazy = buildDetailSheet(records, asOf, asOfRef, { lazy: true });
    expect(lazy.cells).toEqual([]);
    // Read a row at a time, as the file writer does: the in-place cells say what fresh ones say.
    const inPlace = Array.from(lazy.lazyRows!(), (row) => row.map(plain)).flat();
    expect(inPlace).toEqual(sheet.cells);
    expect(Array.from(lazy.lazyCells!(), plain)).toEqual(sheet.cells);
    // Row 3's 省外签约资金 cell: the formula and the value of that row, not of the last one.
    const outprov = inPlace.find((c) => c.row === 3 && c.formula?.startsWith("IF(ISNUMBER"));
    expect(outprov?.address).toMatch(/^[A-Z]+4$/);
    expect(outprov?.value).toBe(5);
  });
});

describe("shiftFormula()", () => {
  it("moves relative rows and keeps anchored rows, strings, sheet names and functions", () => {
    expect(shiftFormula(`OR(V2,W$2,'A1'!$B$2,"C3",LOG10(D4),$E5:F$6)`, 3)).toBe(
      `OR(V5,W$2,'A1'!$B$2,"C3",LOG10(D7),$E8:F$6)`,
    );
  });
});
