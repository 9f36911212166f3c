import { type GridCell, type GridWorkbook } from "@zsyz/ledger";
import { sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { toA1 } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import {
  assertWellFormed,
  cellsOf,
  numFmtOf,
  rowsOf,
  sharedStringsOf,
  unzipParts,
  type WrittenCell,
} from "./testing/readParts.js";
import { writeGrid } from "./writeGrid.js";

/** A written cell decoded back into the grid cell it came from. */
function decode(w: WrittenCell, strings: readonly string[], numFmt: string): GridCell {
  const cell: GridCell = { value: null };
  if (w.f) cell.formula = w.f.text;
  if (w.t === "e") cell.error = w.v!;
  else if (w.t === "s") cell.value = strings[Number(w.v)]!;
  else if (w.t === "str") cell.value = w.v ?? "";
  else if (w.t === "b") cell.value = w.v === "1";
  else if (w.v !== undefined) cell.value = Number(w.v);
  if (numFmt !== "General") cell.numFmt = numFmt;
  return cell;
}

const grid: GridWorkbook = {
  file: "测试.xlsx",
  sheets: [
    { name: "说明", rows: [[{ value: "隐藏的说明页" }]], merges: [], hidden: true },
    {
      name: "台账",
      rows: [
        [{ value: "项目名称" }, { value: "签约日期" }, { value: "金额" }, null, { value: "=1+1" }],
        [
          { value: "A&B <公司>" },
          { value: new Date(Date.UTC(2024, 8, 30)) },
          { value: 1200, formula: "F8*0.3", numFmt: "0.00" },
          { value: null, error: "#DIV/0!" },
          { value: null, formula: "1/0", error: "#DIV/0!" },
        ],
        [
          { value: true },
          { value: 45175, numFmt: "yyyy-mm-dd" },
          { value: null, formula: "G8+800" },
        ],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      hiddenRows: [2, 4],
    },
  ],
};
const parts = unzipParts(writeGrid(grid, { now: new Date("2024-10-08T00:00:00Z") }));
const strings = sharedStringsOf(parts["xl/sharedStrings.xml"]!);
const sheet2 = parts["xl/worksheets/sheet2.xml"]!;
const cells = cellsOf(sheet2);
const read = (address: string): GridCell =>
  decode(cells.get(address)!, strings, numFmtOf(parts["xl/styles.xml"]!, cells.get(address)!.s));

describe("writeGrid()", () => {
  it("writes well-formed XML in every part", () => {
    for (const [name, xml] of Object.entries(parts)) assertWellFormed(xml, name);
  });

  it("round-trips every cell of the sample ledgers and targets", () => {
    for (const wb of [...sampleLedgers(), sampleTargets()]) {
      const back = unzipParts(writeGrid(wb));
      const texts = sharedStringsOf(back["xl/sharedStrings.xml"]!);
      wb.sheets.forEach((sheet, i) => {
        const written = cellsOf(back[`xl/worksheets/sheet${i + 1}.xml`]!);
        sheet.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!cell || (cell.value === null && !cell.formula && !cell.error && !cell.numFmt))
              return;
            const at = toA1(r, c);
            const w = written.get(at)!;
            const got = decode(w, texts, numFmtOf(back["xl/styles.xml"]!, w.s));
            expect([wb.file, sheet.name, at, got]).toEqual([wb.file, sheet.name, at, cell]);
          }),
        );
      });
    }
  });

  it("writes text that starts with '=' as a shared string", () => {
    expect(cells.get("E1")).toMatchObject({ t: "s", f: undefined });
    expect(read("E1")).toEqual({ value: "=1+1" });
  });

  it("writes a Date as its serial number with a date format", () => {
    expect(read("B2")).toEqual({ value: 45565, numFmt: "yyyy-mm-dd" });
  });

  it("writes formulas with cached results, and error cells with or without a formula", () => {
    expect(read("C2")).toEqual({ value: 1200, formula: "F8*0.3", numFmt: "0.00" });
    expect(read("D2")).toEqual({ value: null, error: "#DIV/0!" });
    expect(read("E2")).toEqual({ value: null, formula: "1/0", error: "#DIV/0!" });
    expect(cells.get("C3")).toMatchObject({ f: { text: "G8+800" }, v: undefined });
  });

  it("escapes markup in text", () => {
    expect(read("A2")).toEqual({ value: "A&B <公司>" });
  });

  it("hides rows, including a hidden row without cells", () => {
    const rows = rowsOf(sheet2);
    expect(rows.get(3)).toMatchObject({ hidden: "1" });
    expect(rows.get(5)).toMatchObject({ hidden: "1" });
    expect(rows.get(2)?.["hidden"]).toBeUndefined();
  });

  it("writes merges and 14-wide columns", () => {
    expect(sheet2).toContain('<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    expect(sheet2).toContain('<col min="1" max="5" width="14" customWidth="1"/>');
  });

  it("hides sheets and opens on the first visible one", () => {
    const wb = parts["xl/workbook.xml"]!;
    expect(wb).toContain('<sheet name="说明" sheetId="1" state="hidden" r:id="rId1"/>');
    expect(wb).toContain('<workbookView activeTab="1"/>');
    expect(sheet2).toContain('tabSelected="1"');
  });
});
