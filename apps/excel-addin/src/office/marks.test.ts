import { makeSheet } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { createSheet } from "../../testing/fakeExcel/fakeState.js";
import { MARK_COLORS, MARK_SETTING_KEY, clearMarks, markCells, noteText } from "./marks.js";
import { PAYLOAD_LIMIT_BYTES } from "./payload.js";
import { ALL_CAPABILITIES as ALL } from "../../testing/fakeExcel/allCapabilities.js";

function ledger(): FakeExcel {
  const fake = new FakeExcel();
  fake.loadGrid({
    file: "t.xlsx",
    sheets: [
      makeSheet("台账", [
        ["项目名称", "签约资金"],
        ["甲", "约500"],
        ["乙", 100],
      ]),
    ],
  });
  return fake;
}

describe("markCells()", () => {
  it("colours each cell by severity and adds a note with its messages", async () => {
    const fake = ledger();
    const summary = await markCells(
      fake,
      "台账",
      [
        { cell: "B2", severity: "warning", messages: ["金额是约数"] },
        { cell: "A3", severity: "error", messages: ["缺少投资方", "签约类型未填"] },
      ],
      { capabilities: ALL },
    );
    expect(summary).toEqual({ cells: 2, notes: 2, notesSkipped: 0 });
    expect(fake.cell("台账", "B2")?.fill).toBe(MARK_COLORS.warning);
    expect(fake.cell("台账", "A3")?.fill).toBe(MARK_COLORS.error);
    expect(fake.sheet("台账").notes.get("A3")?.content).toBe(
      noteText(["缺少投资方", "签约类型未填"]),
    );
    expect(fake.state.settings.has(MARK_SETTING_KEY)).toBe(true);
  });

  it("marks a first time in five syncs: no record to clear; the sheet; the cells; their colours; the record", async () => {
    const fake = ledger();
    await markCells(fake, "台账", [{ cell: "B2", severity: "warning", messages: ["x"] }], {
      capabilities: ALL,
    });
    expect(fake.syncs).toHaveLength(5);
  });

  it("leaves a note the user wrote in place and does not count it as ours", async () => {
    const fake = ledger();
    fake.sheet("台账").notes.set("B2", { content: "用户自己的批注", author: "王" });
    const summary = await markCells(
      fake,
      "台账",
      [{ cell: "B2", severity: "warning", messages: ["x"] }],
      { capabilities: ALL },
    );
    expect(summary).toEqual({ cells: 1, notes: 0, notesSkipped: 1 });
    await clearMarks(fake, { capabilities: ALL });
    expect(fake.sheet("台账").notes.get("B2")?.content).toBe("用户自己的批注");
  });

  it("refuses a protected sheet with a Chinese error before writing anything", async () => {
    const fake = ledger();
    fake.sheet("台账").protected = true;
    await expect(
      markCells(fake, "台账", [{ cell: "B2", severity: "error", messages: ["x"] }], {
        capabilities: ALL,
      }),
    ).rejects.toMatchObject({
      code: "sheet_protected",
      title: "工作表受保护，无法修改",
    });
    expect(fake.cell("台账", "B2")?.fill).toBeUndefined();
  });

  it("marks 20,000 cells in a handful of syncs, each under 5 MB", async () => {
    const fake = new FakeExcel();
    fake.loadGrid({
      file: "big.xlsx",
      sheets: [
        makeSheet(
          "台账",
          Array.from({ length: 20_000 }, (_, i) => [`项目${i}`, i]),
        ),
      ],
    });
    const marks = Array.from({ length: 20_000 }, (_, i) => ({
      cell: `B${i + 1}`,
      severity: "error" as const,
      messages: ["签约资金无法识别"],
    }));
    fake.resetCounters();
    await markCells(fake, "台账", marks, { capabilities: ALL });
    expect(fake.syncs.length).toBeLessThanOrEqual(12);
    expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    console.info(
      `marking 20,000 cells: ${fake.syncs.length} syncs, max request ${Math.max(...fake.syncs.map((s) => s.requestBytes))} bytes`,
    );
  }, 30_000);
});

describe("clearMarks()", () => {
  it("restores the previous fill, removes our notes and forgets the record", async () => {
    const fake = ledger();
    fake.sheet("台账").rows[1]![0]!.fill = "#DDEBF7";
    await markCells(
      fake,
      "台账",
      [
        { cell: "A2", severity: "error", messages: ["x"] },
        { cell: "B2", severity: "warning", messages: ["y"] },
      ],
      { capabilities: ALL },
    );
    const summary = await clearMarks(fake, { capabilities: ALL });
    expect(summary).toEqual({ restored: 2, keptUserFill: 0, notesRemoved: 2 });
    expect(fake.cell("台账", "A2")?.fill).toBe("#DDEBF7");
    expect(fake.cell("台账", "B2")?.fill).toBeUndefined();
    expect(fake.sheet("台账").notes.size).toBe(0);
    expect(fake.state.settings.has(MARK_SETTING_KEY)).toBe(false);
  });

  it("keeps a fill and a note the user changed after marking", async () => {
    const fake = ledger();
    await markCells(fake, "台账", [{ cell: "B2", severity: "warning", messages: ["y"] }], {
      capabilities: ALL,
    });
    fake.sheet("台账").rows[1]![1]!.fill = "#00B050";
    fake.sheet("台账").notes.get("B2")!.content = "已核实：约500是合同原文";
    const summary = await clearMarks(fake, { capabilities: ALL });
    expect(summary).toEqual({ restored: 0, keptUserFill: 1, notesRemoved: 0 });
    expect(fake.cell("台账", "B2")?.fill).toBe("#00B050");
    expect(fake.sheet("台账").notes.get("B2")?.content).toBe("已核实：约500是合同原文");
  });

  it("marking again first undoes the earlier marks", async () => {
    const fake = ledger();
    await markCells(fake, "台账", [{ cell: "A2", severity: "error", messages: ["x"] }], {
      capabilities: ALL,
    });
    await markCells(fake, "台账", [{ cell: "B3", severity: "error", messages: ["x"] }], {
      capabilities: ALL,
    });
    expect(fake.cell("台账", "A2")?.fill).toBeUndefined();
    expect(fake.cell("台账", "B3")?.fill).toBe(MARK_COLORS.error);
  });

  it("does nothing, in one sync, when nothing was marked", async () => {
    const fake = ledger();
    expect(await clearMarks(fake, { capabilities: ALL })).toEqual({
      restored: 0,
      keptUserFill: 0,
      notesRemoved: 0,
    });
    expect(fake.syncs).toHaveLength(1);
  });

  it("clears in four syncs: the record; the sheet and its protection; the cells; the restores with the record's deletion", async () => {
    const fake = ledger();
    await markCells(
      fake,
      "台账",
      [
        { cell: "A2", severity: "error", messages: ["x"] },
        { cell: "B2", severity: "warning", messages: ["y"] },
      ],
      { capabilities: ALL },
    );
    fake.resetCounters();
    await clearMarks(fake, { capabilities: ALL });
    expect(fake.syncs).toHaveLength(4);
  });

  it("takes two syncs per further part of the cells when they do not fit one request", async () => {
    const fake = ledger();
    const five = ["A1", "B1", "A2", "B2", "A3"].map((cell) => ({
      cell,
      severity: "error" as const,
      messages: ["x"],
    }));
    await markCells(fake, "台账", five, { capabilities: ALL });
    fake.resetCounters();
    // Two cells' worth of budget: parts of 2, 2 and 1 cells, each read then restored, the last
    // restore riding with the record's deletion: 2 + 2 + 2 + 1 + 1 = 8.
    const summary = await clearMarks(fake, { capabilities: ALL, budgetBytes: 2 * 480 });
    expect(summary.restored).toBe(5);
    expect(fake.syncs).toHaveLength(8);
    expect(fake.cell("台账", "A3")?.fill).toBeUndefined();
  });

  it("refuses a protected sheet and keeps the record, so clearing works once it is unprotected", async () => {
    const fake = ledger();
    await markCells(fake, "台账", [{ cell: "B2", severity: "warning", messages: ["y"] }], {
      capabilities: ALL,
    });
    fake.sheet("台账").protected = true;
    await expect(clearMarks(fake, { capabilities: ALL })).rejects.toMatchObject({
      code: "sheet_protected",
    });
    expect(fake.cell("台账", "B2")?.fill).toBe(MARK_COLORS.warning);
    fake.sheet("台账").protected = false;
    expect(await clearMarks(fake, { capabilities: ALL })).toMatchObject({ restored: 1 });
    expect(fake.cell("台账", "B2")?.fill).toBeUndefined();
  });

  it("colours without notes on Excel without the notes API", async () => {
    const fake = new FakeExcel({ apiMinor: 17 });
    fake.loadGrid({ file: "t.xlsx", sheets: [makeSheet("台账", [["a"]])] });
    const caps = { ...ALL, notes: false };
    expect(
      await markCells(fake, "台账", [{ cell: "A1", severity: "error", messages: ["x"] }], {
        capabilities: caps,
      }),
    ).toEqual({ cells: 1, notes: 0, notesSkipped: 0 });
    await clearMarks(fake, { capabilities: caps });
    expect(fake.cell("台账", "A1")?.fill).toBeUndefined();
  });
});

describe("clearMarks() with a record it cannot read", () => {
  it("resets the record and says so, and marking works again after", async () => {
    const fake = ledger();
    fake.state.settings.set(MARK_SETTING_KEY, '{"sheet":"台账","cells":[{"cell":"B2"');
    expect(await clearMarks(fake, { capabilities: ALL })).toEqual({
      restored: 0,
      keptUserFill: 0,
      notesRemoved: 0,
      damagedRecord: true,
    });
    expect(fake.state.settings.has(MARK_SETTING_KEY)).toBe(false);
    fake.state.settings.set(MARK_SETTING_KEY, '"台账"');
    expect(
      await markCells(fake, "台账", [{ cell: "B2", severity: "error", messages: ["x"] }], {
        capabilities: ALL,
      }),
    ).toMatchObject({ cells: 1 });
    expect(fake.cell("台账", "B2")?.fill).toBe(MARK_COLORS.error);
  });

  it("marks anyway and says the earlier marks could not be removed", async () => {
    const fake = ledger();
    // An earlier 标记 coloured C3; its record was cut short since.
    await markCells(fake, "台账", [{ cell: "C3", severity: "warning", messages: ["x"] }], {
      capabilities: ALL,
    });
    fake.state.settings.set(MARK_SETTING_KEY, '{"sheet":"台账","cells":[{"cell":"C3"');
    expect(
      await markCells(fake, "台账", [{ cell: "B2", severity: "error", messages: ["y"] }], {
        capabilities: ALL,
      }),
    ).toEqual({ cells: 1, notes: 1, notesSkipped: 0, damagedRecord: true });
    expect(fake.cell("台账", "B2")?.fill).toBe(MARK_COLORS.error);
    expect(fake.cell("台账", "C3")?.fill).toBe(MARK_COLORS.warning);
    // The new record reads: the next 标记 reports nothing damaged.
    expect(
      await markCells(fake, "台账", [{ cell: "B2", severity: "error", messages: ["y"] }], {
        capabilities: ALL,
      }),
    ).toEqual({ cells: 1, notes: 1, notesSkipped: 0 });
  });
});

describe("clearMarks() after the marked sheet changed", () => {
  const MARK = [{ cell: "B2", severity: "warning" as const, messages: ["金额是约数"] }];

  it("finds the marked sheet by its id after the user renamed it", async () => {
    const fake = ledger();
    await markCells(fake, "台账", MARK, { capabilities: ALL });
    fake.sheet("台账").name = "城关镇台账";
    expect(await clearMarks(fake, { capabilities: ALL })).toEqual({
      restored: 1,
      keptUserFill: 0,
      notesRemoved: 1,
    });
    expect(fake.cell("城关镇台账", "B2")?.fill).toBeUndefined();
    expect(fake.sheet("城关镇台账").notes.size).toBe(0);
  });

  it("says the marked sheet is gone when it was deleted, and forgets the marks", async () => {
    const fake = ledger();
    await markCells(fake, "台账", MARK, { capabilities: ALL });
    fake.state.sheets.splice(0, 1, createSheet("新表"));
    fake.resetCounters();
    expect(await clearMarks(fake, { capabilities: ALL })).toEqual({
      restored: 0,
      keptUserFill: 0,
      notesRemoved: 0,
      lostSheet: "台账",
    });
    // The record; the sheet, found missing; the record's deletion.
    expect(fake.syncs).toHaveLength(3);
    expect(fake.state.settings.has(MARK_SETTING_KEY)).toBe(false);
  });
});
