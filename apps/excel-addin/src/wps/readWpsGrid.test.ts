import { ledgerTemplate, type CellRange, type GridWorkbook } from "@zsyz/ledger";
import { makeSheet } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { ALL_CAPABILITIES as ALL } from "../../testing/fakeExcel/allCapabilities.js";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { FakeEt } from "../../testing/wpsFake/FakeEt.js";
import { rangeToA1 } from "../office/address.js";
import { readSheetGrid } from "../office/readSheetGrid.js";
import { readWpsGrid } from "./readWpsGrid.js";

/**
 * A ledger of `n` projects under a merged title row and a two-row header (签约资金 over 金额 and
 * 日期, merged across; 项目名称 merged down), with every 50th (or `hiddenEvery`th) project row hidden.
 */
function mergedLedger(n: number, hiddenEvery = 50): GridWorkbook {
  const t = ledgerTemplate(2024);
  const width = t.columns.length;
  const title = ["东城街道招商引资项目台账", ...Array<null>(width - 1).fill(null)];
  const top = t.columns.map((c) => c.header);
  const second = t.columns.map(() => null as string | null);
  const rows = Array.from({ length: n }, (_, i) =>
    t.example.map((v, c) => (c === 1 ? `项目${i + 1}` : v)),
  );
  const hidden = Array.from({ length: Math.floor(n / hiddenEvery) }, (_, i) => 4 + i * hiddenEvery);
  return {
    file: "合并表头.xlsx",
    sheets: [
      makeSheet("台账", [title, top, second, ...rows], {
        merges: [
          "A1:" + String.fromCharCode(64 + Math.min(width, 26)) + "1",
          "A2:A3",
          "B2:B3",
          "C2:D2",
        ],
        hiddenRows: hidden,
      }),
    ],
  };
}

/** A small deterministic generator (LCG), so the layouts below are the same on every run. */
function seeded(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    // The high bits: an LCG's low bits cycle quickly.
    return Math.floor((x / 2147483648) * n);
  };
}

describe("readWpsGrid()", () => {
  it("finds every merged area and hidden row of 200 scattered layouts", () => {
    let placed = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const pick = seeded(seed);
      const rows = 1 + pick(40);
      const cols = 1 + pick(12);
      const merges: CellRange[] = [];
      for (let i = pick(8); i > 0; i--) {
        const top = pick(rows);
        const left = pick(cols);
        const m = {
          top,
          left,
          bottom: Math.min(rows - 1, top + pick(4)),
          right: Math.min(cols - 1, left + pick(4)),
        };
        const single = m.top === m.bottom && m.left === m.right;
        const overlaps = merges.some(
          (o) => o.top <= m.bottom && m.top <= o.bottom && o.left <= m.right && m.left <= o.right,
        );
        if (!single && !overlaps) merges.push(m);
      }
      const hidden = [...new Set(Array.from({ length: pick(6) }, () => pick(rows)))].sort(
        (a, b) => a - b,
      );
      const values = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => `${r},${c}`),
      );
      const wps = new FakeEt();
      wps.loadGrid({
        file: "x.xlsx",
        sheets: [
          makeSheet("表", values, {
            merges: merges.map(rangeToA1),
            hiddenRows: hidden.map((r) => r + 1),
          }),
        ],
      });
      const read = readWpsGrid(wps, "表").sheet;
      const key = (m: CellRange) => rangeToA1(m);
      expect(read.merges.map(key).sort(), `seed ${seed}`).toEqual(merges.map(key).sort());
      expect(read.hiddenRows ?? [], `seed ${seed}`).toEqual(hidden);
      placed += merges.length;
    }
    // The layouts do hold merges (about two each), not mostly empty sheets.
    expect(placed).toBeGreaterThan(200);
  });

  it("reads merged areas and hidden rows of a 2,000-row sheet as the Excel host does", async () => {
    const book = mergedLedger(2_000);
    const wps = new FakeEt({ name: book.file });
    wps.loadGrid(book);
    const excel = new FakeExcel({ name: book.file });
    excel.loadGrid(book);
    const fromWps = readWpsGrid(wps, "台账").sheet;
    const fromExcel = (await readSheetGrid(excel, { sheet: "台账", capabilities: ALL })).sheet;
    const sorted = (m: typeof fromWps.merges) =>
      [...m].sort((a, b) => a.top - b.top || a.left - b.left);
    expect(sorted(fromWps.merges)).toEqual(sorted(fromExcel.merges));
    expect(fromWps.merges).toHaveLength(4);
    expect(fromWps.hiddenRows).toEqual(fromExcel.hiddenRows);
    expect(fromWps.hiddenRows).toHaveLength(40);
  });

  it("finds merges and hidden rows in a number of object-model calls that follows them, not the rows", () => {
    const count = (n: number, hiddenEvery?: number) => {
      const book = mergedLedger(n, hiddenEvery);
      const wps = new FakeEt({ name: book.file });
      wps.loadGrid(book);
      const before = wps.calls;
      readWpsGrid(wps, "台账");
      return wps.calls - before;
    };
    const small = count(200);
    const large = count(2_000);
    const noneHidden = count(2_000, Infinity);
    console.info(
      `readWpsGrid object-model calls: 200 rows ${small}, 2,000 rows ${large} (40 hidden), ${noneHidden} (none hidden)`,
    );
    // Per row, the calls would be over 4,000 for 2,000 rows (two per row for merges, two for hidden).
    expect(noneHidden).toBeLessThan(400);
    expect(large).toBeLessThan(small * 5);
  });
});
