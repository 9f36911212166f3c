import { makeSheet } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { fillCompletion, undoFill } from "./fillCompletion.js";
import { ALL_CAPABILITIES as ALL } from "../../testing/fakeExcel/allCapabilities.js";

function tracking(rows = 3): FakeExcel {
  const fake = new FakeExcel();
  const data = Array.from({ length: rows }, (_, i) => [
    `第${i + 1}镇`,
    100 + i,
    null,
    i === 0 ? "手填的" : null,
    "备注不动",
  ]);
  fake.loadGrid({
    file: "任务.xlsx",
    sheets: [
      makeSheet(
        "任务完成",
        [
          ["单位", "签约资金任务", "签约资金完成", "签约资金完成率", "备注"],
          ...data,
          ["合计", { value: 0, formula: "SUM(B2:B4)" }, null, null, null],
        ],
        { numFmt: { D2: "0.0" } },
      ),
    ],
  });
  return fake;
}

describe("fillCompletion()", () => {
  it("writes IFERROR rates and SUMIFS only into the cells of the plan, and leaves every other cell alone", async () => {
    const fake = tracking();
    const out = await fillCompletion(fake, {
      sheet: "任务完成",
      sumifs: ["签约资金"],
      capabilities: ALL,
    });
    if (!out.ok) throw new Error(out.error.message);
    expect(fake.cell("任务完成", "D2")).toMatchObject({
      formula: '=IFERROR(C2/B2,"")',
      numberFormat: "0.00%",
    });
    expect(fake.cell("任务完成", "D5")?.formula).toBe('=IFERROR(C5/B5,"")');
    expect(fake.cell("任务完成", "C2")?.formula).toMatch(/^=SUMIFS\('项目明细'!\$L:\$L,/);
    expect(fake.cell("任务完成", "C5")).toBeUndefined();
    expect(fake.cell("任务完成", "E2")).toEqual({ value: "备注不动" });
    expect(fake.cell("任务完成", "B5")?.formula).toBe("=SUM(B2:B4)");
  });

  it("undo restores exactly the previous contents and formats of the filled cells", async () => {
    const fake = tracking();
    const before = JSON.stringify(fake.sheet("任务完成").rows);
    const out = await fillCompletion(fake, {
      sheet: "任务完成",
      sumifs: ["签约资金"],
      capabilities: ALL,
    });
    if (!out.ok) throw new Error(out.error.message);
    await undoFill(fake, out.undo);
    // An emptied cell reads as "" in General format, as Excel reports a never-written one.
    const norm = (json: string) =>
      (JSON.parse(json) as (Record<string, unknown> | null)[][]).map((row) => {
        const cells = row.map((c) =>
          c && c["value"] === "" && !c["formula"] && (c["numberFormat"] ?? "General") === "General"
            ? null
            : c,
        );
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        return cells;
      });
    expect(norm(JSON.stringify(fake.sheet("任务完成").rows))).toEqual(norm(before));
    expect(fake.cell("任务完成", "D2")).toMatchObject({ value: "手填的", numberFormat: "0.0" });
  });

  it("takes a fixed number of syncs for 2,000 rows", async () => {
    const fake = tracking(2000);
    fake.resetCounters();
    const out = await fillCompletion(fake, { sheet: "任务完成", sumifs: [], capabilities: ALL });
    expect(out.ok).toBe(true);
    // Read, save the cells, write with calculation suspended, recalculate.
    expect(fake.syncs.length).toBeLessThanOrEqual(5);
    expect(fake.state.calculationStale).toBe(false);
  });

  it("returns the package's Chinese message when the table has no 完成率 column", async () => {
    const fake = new FakeExcel();
    fake.loadGrid({
      file: "x.xlsx",
      sheets: [
        makeSheet("表", [
          ["单位", "任务"],
          ["甲", 1],
        ]),
      ],
    });
    const out = await fillCompletion(fake, { sheet: "表", sumifs: [], capabilities: ALL });
    expect(out.ok ? "" : out.error.message).toContain("任务、完成、完成率");
  });
});
