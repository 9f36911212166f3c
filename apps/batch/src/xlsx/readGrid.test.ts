import { type GridSheet, isoToSerial, makeSheet, sampleLedgers, toA1 } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { readGrid } from "./readGrid.js";
import { writeGrid } from "./writeGrid.js";

const roundTrip = async (sheet: ReturnType<typeof makeSheet>) =>
  (await readGrid(await writeGrid({ file: "t.xlsx", sheets: [sheet] }), "t.xlsx")).sheets[0]!;

describe("readGrid()", () => {
  it("keeps values, merged ranges and hidden rows", async () => {
    const sheet = await roundTrip(
      makeSheet("台账", [["标题"], ["项目名称", "签约资金"], ["甲", 1200], ["乙", "1.2亿"]], {
        merges: ["A1:B1"],
        hiddenRows: [4],
      }),
    );
    expect(sheet.rows.map((r) => r.map((c) => c?.value ?? null))).toEqual([
      ["标题", null],
      ["项目名称", "签约资金"],
      ["甲", 1200],
      ["乙", "1.2亿"],
    ]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(sheet.hiddenRows).toEqual([3]);
  });

  it("keeps a formula's text with its cached value, and error cells as errors", async () => {
    const sheet = await roundTrip(
      makeSheet("s", [
        [
          { value: 30, formula: "A2*3" },
          { value: null, formula: "B9+1" },
          { value: null, error: "#DIV/0!" },
        ],
      ]),
    );
    expect(sheet.rows[0]).toEqual([
      { value: 30, formula: "A2*3" },
      { value: null, formula: "B9+1" },
      { value: null, error: "#DIV/0!" },
    ]);
  });

  it("keeps text that looks like a formula as text", async () => {
    const sheet = await roundTrip(makeSheet("s", [["=SUM(A1:A9)"]]));
    expect(sheet.rows[0]?.[0]).toEqual({ value: "=SUM(A1:A9)" });
  });

  it("reads date cells as dates", async () => {
    const sheet = await roundTrip(makeSheet("s", [[{ value: 45565, numFmt: "yyyy-mm-dd" }]]));
    const cell = sheet.rows[0]?.[0];
    expect(cell?.value).toEqual(new Date(Date.UTC(2024, 8, 30)));
  });

  it("marks hidden sheets", async () => {
    const wb = await readGrid(
      await writeGrid({
        file: "t.xlsx",
        sheets: [makeSheet("a", [["x"]]), makeSheet("b", [["y"]], { hidden: true })],
      }),
      "t.xlsx",
    );
    expect(wb.sheets.map((s) => s.hidden ?? false)).toEqual([false, true]);
  });

  it("round-trips every sample ledger cell for cell", async () => {
    // Non-empty cells by address; dates come back as Date where a date format was set.
    const cells = (sheet: GridSheet): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      sheet.rows.forEach((row, r) =>
        row.forEach((c, col) => {
          if (!c || (c.value === null && !c.error && c.formula === undefined)) return;
          const v =
            c.value instanceof Date ? isoToSerial(c.value.toISOString().slice(0, 10)) : c.value;
          out[toA1(r, col)] = c.error ?? v;
        }),
      );
      return out;
    };
    for (const grid of sampleLedgers()) {
      const back = await readGrid(await writeGrid(grid), grid.file);
      expect(back.sheets.map(cells)).toEqual(grid.sheets.map(cells));
    }
  });
});
