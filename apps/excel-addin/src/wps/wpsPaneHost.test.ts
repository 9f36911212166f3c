import { DEFAULT_SETTINGS, type SheetPlan } from "@zsyz/indicators";
import type { GridSheet } from "@zsyz/ledger";
import { makeSheet, sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { ALL_CAPABILITIES as ALL } from "../../testing/fakeExcel/allCapabilities.js";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { DOC_PROPERTY_TEXT_LIMIT, FakeEt } from "../../testing/wpsFake/FakeEt.js";
import { FakeEtSession } from "../../testing/wpsFake/FakeEtSession.js";
import type { AddinError } from "../office/AddinError.js";
import { excelPaneHost } from "../office/excelPaneHost.js";
import { MARK_SETTING_KEY } from "../office/marks.js";
import { formatSelfCheck } from "../office/selfCheck.js";
import { runOneClick } from "../runOneClick.js";
import { writeDocText } from "./docText.js";
import { normaliseValues } from "./normaliseValues.js";
import { wpsPaneHost } from "./wpsPaneHost.js";

const LEDGERS = sampleLedgers(2024);

/** Rows without trailing empty cells or rows, so two reads of one sheet compare equal. */
function trimmed(sheet: GridSheet): GridSheet {
  const rows = sheet.rows.map((row) => {
    const cells = row.map((c) => c ?? null);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  const merges = [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { ...sheet, rows, merges };
}

describe("normaliseValues()", () => {
  it("takes a scalar, a flat row, a flat column and rows alike, empty cells as null", () => {
    expect(normaliseValues("甲", 1, 1)).toEqual([["甲"]]);
    expect(normaliseValues(undefined, 1, 1)).toEqual([[null]]);
    expect(normaliseValues(["甲", 2, ""], 1, 3)).toEqual([["甲", 2, null]]);
    expect(normaliseValues(["甲", undefined], 2, 1)).toEqual([["甲"], [null]]);
    expect(
      normaliseValues(
        [
          ["甲", 1],
          [null, true],
        ],
        2,
        2,
      ),
    ).toEqual([
      ["甲", 1],
      [null, true],
    ]);
  });
});

describe("wpsPaneHost()", () => {
  it.each(["2d", "flat"] as const)(
    "reads every sample ledger sheet as the Excel host reads it (Value2 shape %s)",
    async (value2Shape) => {
      for (const book of LEDGERS) {
        const wps = new FakeEt({ name: book.file, value2Shape });
        wps.loadGrid(book);
        const excel = new FakeExcel({ name: book.file });
        excel.loadGrid(book);
        for (const sheet of book.sheets) {
          const fromWps = await wpsPaneHost(wps).readSheet(sheet.name);
          const fromExcel = await excelPaneHost(excel, ALL).readSheet(sheet.name);
          expect(fromWps.file).toBe(book.file);
          expect(trimmed(fromWps.sheet)).toEqual(trimmed(fromExcel.sheet));
        }
      }
    },
  );

  it("writes 一键计算's sheets with the plan's formulas and the targets as plain values", async () => {
    const wps = new FakeEt({ name: "全县.xlsx" });
    const ledger = LEDGERS[2]!;
    wps.loadGrid({ file: "全县.xlsx", sheets: [...ledger.sheets, ...sampleTargets().sheets] });
    const host = wpsPaneHost(wps);
    const out = await runOneClick(
      host,
      { ledgerSheets: ["9月台账"], targetSheet: "任务分解", asOf: "2024-09-30" },
      DEFAULT_SETTINGS,
    );
    expect(out.applied).toMatchObject({ ok: true });
    const summary: SheetPlan = out.run.plan.sheets[0]!;
    const planFormulas = summary.cells
      .filter((c) => c.formula !== undefined)
      .map((c) => [c.address, `=${c.formula}`]);
    const written = summary.cells
      .filter((c) => c.formula !== undefined)
      .map((c) => [c.address, wps.cell("指标汇总", c.address)?.formula]);
    expect(planFormulas.length).toBeGreaterThan(20);
    expect(written).toEqual(planFormulas);
    // 东城街道's annual targets: 10 and 6 亿元 in sampleTargets, 8 projects.
    const sheet = wps.sheet("指标汇总");
    const row = sheet.rows.findIndex((r) => r?.[0]?.value === "东城街道");
    expect(sheet.rows[row]!.slice(1, 4).map((c) => c?.value)).toEqual([100000, 60000, 8]);
    // Frozen on 指标汇总 itself, although 9月台账 was the active sheet when writing began.
    expect(sheet.freeze).toEqual(summary.frozen);
    expect(wps.sheet("9月台账").freeze).toEqual({ rows: 0, columns: 0 });
    expect(wps.activeSheet).toBe("指标汇总");
  });

  it("refreshes its own sheets on a second run and refuses a same-named sheet it did not create", async () => {
    const wps = new FakeEt();
    wps.loadGrid({ file: "x.xlsx", sheets: [...LEDGERS[2]!.sheets] });
    const request = { ledgerSheets: ["9月台账"], targetSheet: null, asOf: "2024-09-30" as const };
    await runOneClick(wpsPaneHost(wps), request, DEFAULT_SETTINGS);
    const again = await runOneClick(wpsPaneHost(wps), request, DEFAULT_SETTINGS);
    expect(again.applied).toMatchObject({ ok: true, created: [] });

    const mine = new FakeEt();
    mine.loadGrid({
      file: "y.xlsx",
      sheets: [
        ...LEDGERS[2]!.sheets,
        { name: "指标汇总", rows: [[{ value: "我的" }]], merges: [] },
      ],
    });
    const refused = await runOneClick(wpsPaneHost(mine), request, DEFAULT_SETTINGS);
    expect(refused.applied).toEqual({ ok: false, conflicts: ["指标汇总"] });
    expect(mine.cell("指标汇总", "A1")).toEqual({ value: "我的" });
  });

  it("keeps settings longer than one document property (255 characters) in pieces", async () => {
    const wps = new FakeEt();
    const host = wpsPaneHost(wps);
    const settings = { ...DEFAULT_SETTINGS, countyName: "全区" };
    await host.writeSettings(settings);
    expect((await host.readSettings()).settings).toEqual(settings);
    expect([...wps.properties.values()].every((v) => v.length <= DOC_PROPERTY_TEXT_LIMIT)).toBe(
      true,
    );
    expect(wps.properties.size).toBeGreaterThan(2);
  });

  it("selects a cell on another sheet by activating it first", async () => {
    const wps = new FakeEt();
    wps.loadGrid(LEDGERS[3]!);
    const other = LEDGERS[3]!.sheets[1]!.name;
    await wpsPaneHost(wps).selectCell(other, "C5");
    expect(wps.activeSheet).toBe(other);
    expect(wps.selection).toEqual({
      sheet: other,
      range: { top: 4, left: 2, bottom: 4, right: 2 },
    });
  });

  it("inserts report text as text, even when it looks like a date", async () => {
    const wps = new FakeEt();
    expect(await wpsPaneHost(wps).insertText("2024-01-05")).toBe("Sheet1!A1");
    expect(wps.cell("Sheet1", "A1")).toEqual({ value: "2024-01-05", numberFormat: "@" });
  });

  it("says to pick a cell, writing nothing, when a chart is selected instead of cells", async () => {
    const wps = new FakeEt();
    wps.selectedShape = "图表 1";
    await expect(wpsPaneHost(wps).insertText("全县签约项目12个")).rejects.toMatchObject({
      code: "no_cell_selected",
      title: "没有选中可写入的单元格",
      action:
        "请在工作表中只点一下要写入的那个单元格（不要选中多块区域、图表或图片），再点一次按钮。",
    });
    expect(wps.cell("Sheet1", "A1")).toBeUndefined();
  });

  it("fills 完成率 formulas in a completion table and undoes exactly them", async () => {
    const wps = new FakeEt();
    wps.loadGrid({
      file: "完成.xlsx",
      sheets: [
        makeSheet("完成情况", [
          ["单位", "签约资金任务", "签约资金完成", "签约资金完成率"],
          ["东城街道", 100, 20, "手填的"],
          ["河西乡", 80, 60, null],
        ]),
      ],
    });
    const host = wpsPaneHost(wps);
    const out = await host.fillCompletion("完成情况", []);
    expect(out.ok).toBe(true);
    expect(wps.cell("完成情况", "D2")).toEqual({
      value: "",
      formula: '=IFERROR(C2/B2,"")',
      numberFormat: "0.00%",
    });
    expect(wps.cell("完成情况", "D3")?.formula).toBe('=IFERROR(C3/B3,"")');
    expect(wps.cell("完成情况", "C2")).toEqual({ value: 20 });
    if (!out.ok) return;
    await host.undoFill(out.undo);
    expect(wps.cell("完成情况", "D2")).toEqual({ value: "手填的", numberFormat: "General" });
    expect(wps.cell("完成情况", "D3")).toEqual({ value: "", numberFormat: "General" });
  });

  it.each([
    ["2d", "二维数组"],
    ["flat", "一维数组"],
  ] as const)("runs 自检 on a scratch sheet it removes (Value2 %s)", async (value2Shape, shape) => {
    const wps = new FakeEt({ value2Shape });
    wps.loadGrid(LEDGERS[2]!);
    const report = await wpsPaneHost(wps).selfCheck();
    expect(report.items.map((i) => i.outcome)).toEqual(Array<string>(13).fill("ok"));
    expect(report.items[0]!.label).toContain(`单行区域的 Value2 是${shape}`);
    expect(wps.sheets.map((s) => s.name)).toEqual(["9月台账"]);
    expect(wps.tables).toEqual([]);
    expect(wps.activeSheet).toBe("9月台账");
    expect(formatSelfCheck(report, "2024-10-08 09:30").split("\n")[1]).toBe(
      "WPS 表格：版本 12.1.0.17827",
    );
  });

  it("reports in 自检 the parts a WPS build lacks, and still runs the others", async () => {
    const wps = new FakeEt({ missing: ["ChartObjects", "Validation", "AutoFilter", "Workbooks"] });
    const report = await wpsPaneHost(wps).selfCheck();
    const failed = report.items.filter((i) => i.outcome === "failed");
    expect(failed.map((i) => [i.label, i.detail])).toEqual([
      ["筛选按钮（项目明细、问题清单）", "对象不支持该属性或方法"],
      ["图表（指标汇总的柱形图）", "对象不支持该属性或方法"],
      ["下拉列表（新建台账）", "对象不支持该属性或方法"],
      ["列出打开的工作簿、读取工作簿保护（另存为、保护工作簿时的提示）", "对象不支持该属性或方法"],
    ]);
    expect(report.items.filter((i) => i.outcome === "ok")).toHaveLength(9);
    expect(wps.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("marks cells in the severity colours and clears exactly its own marks", async () => {
    const wps = new FakeEt();
    wps.loadGrid(LEDGERS[2]!);
    wps.cell("9月台账", "H4")!.fill = "#00B050";
    const host = wpsPaneHost(wps);
    const marks = [
      { cell: "E8", severity: "error" as const, messages: ["不在可选范围内"] },
      { cell: "H4", severity: "warning" as const, messages: ["金额是约数"] },
      { cell: "H5", severity: "warning" as const, messages: ["金额是约数"] },
    ];
    expect(await host.markCells("9月台账", marks)).toEqual({ cells: 3, notes: 0, notesSkipped: 0 });
    expect(wps.cell("9月台账", "E8")?.fill).toBe("#FFC7CE");
    expect(wps.cell("9月台账", "H4")?.fill).toBe("#FFEB9C");
    // The user recolours H5 after marking: clearing leaves it as the user set it.
    wps.cell("9月台账", "H5")!.fill = "#0070C0";
    expect(await host.clearMarks()).toEqual({ restored: 2, keptUserFill: 1, notesRemoved: 0 });
    expect(wps.cell("9月台账", "E8")?.fill).toBeUndefined();
    expect(wps.cell("9月台账", "H4")?.fill).toBe("#00B050");
    expect(wps.cell("9月台账", "H5")?.fill).toBe("#0070C0");
    expect(await host.clearMarks()).toEqual({ restored: 0, keptUserFill: 0, notesRemoved: 0 });
  });
});

describe("wpsPaneHost() with a marks record it cannot read", () => {
  it("resets the record and says so, and marking works again after", async () => {
    const wps = new FakeEt();
    wps.loadGrid(LEDGERS[2]!);
    writeDocText(wps.ActiveWorkbook.CustomDocumentProperties, MARK_SETTING_KEY, '{"sheet":"9月');
    const host = wpsPaneHost(wps);
    expect(await host.clearMarks()).toEqual({
      restored: 0,
      keptUserFill: 0,
      notesRemoved: 0,
      damagedRecord: true,
    });
    const mark = [{ cell: "E8", severity: "error" as const, messages: ["不在可选范围内"] }];
    writeDocText(wps.ActiveWorkbook.CustomDocumentProperties, MARK_SETTING_KEY, "[]");
    expect(await host.markCells("9月台账", mark)).toEqual({
      cells: 1,
      notes: 0,
      notesSkipped: 0,
      damagedRecord: true,
    });
    expect(wps.cell("9月台账", "E8")?.fill).toBe("#FFC7CE");
    expect(await host.markCells("9月台账", mark)).toEqual({ cells: 1, notes: 0, notesSkipped: 0 });
  });
});

describe("wpsPaneHost() errors", () => {
  it("refuses 一键计算 and 新建台账 in a workbook whose structure is protected, writing nothing", async () => {
    const wps = new FakeEt();
    wps.loadGrid(LEDGERS[2]!);
    wps.structureProtected = true;
    const host = wpsPaneHost(wps);
    const request = { ledgerSheets: ["9月台账"], targetSheet: null, asOf: "2024-09-30" as const };
    await expect(runOneClick(host, request, DEFAULT_SETTINGS)).rejects.toMatchObject({
      code: "workbook_protected",
      title: "工作簿受保护，不能添加工作表",
    });
    await expect(host.writeNewSheets({ sheets: [], styles: {} })).rejects.toMatchObject({
      code: "workbook_protected",
    });
    expect(wps.sheets.map((s) => s.name)).toEqual(["9月台账"]);
    expect(wps.properties.size).toBe(0);
  });

  it("says a sheet is protected, as in Excel, instead of an internal error", async () => {
    const wps = new FakeEt();
    wps.loadGrid(LEDGERS[2]!);
    wps.sheet("9月台账").protected = true;
    await expect(
      wpsPaneHost(wps).markCells("9月台账", [{ cell: "E8", severity: "error", messages: ["x"] }]),
    ).rejects.toMatchObject({ code: "sheet_protected", title: "工作表受保护，无法修改" });
    expect(wps.cell("9月台账", "E8")?.fill).toBeUndefined();
  });

  it("says a sheet is missing when it was deleted or renamed since the list was read", async () => {
    const wps = new FakeEt();
    wps.loadGrid(LEDGERS[2]!);
    await expect(wpsPaneHost(wps).readSheet("8月台账")).rejects.toMatchObject({
      code: "item_not_found",
      officeCode: "WPS 错误 9",
    });
  });
});

describe("wpsPaneHost() with several workbooks open", () => {
  function twoBooks() {
    const a = new FakeEt({ name: "A.xlsx", folder: "D:\\台账" });
    a.loadGrid(LEDGERS[2]!);
    const b = new FakeEt({ name: "B.xlsx", folder: "D:\\台账" });
    b.loadGrid(LEDGERS[2]!);
    return { a, b, session: new FakeEtSession([a, b]) };
  }
  const MARK = [{ cell: "E8", severity: "error" as const, messages: ["不在可选范围内"] }];

  it("refuses to mark, save settings or undo in another workbook than its own, and says which", async () => {
    const { a, b, session } = twoBooks();
    const host = wpsPaneHost(session);
    await host.readWorkbookInfo();
    session.activate(b);
    const refused = await host.markCells("9月台账", MARK).catch((e: AddinError) => e);
    expect(refused).toMatchObject({
      code: "workbook_switched",
      message: "当前工作簿已从「A.xlsx」切换为「B.xlsx」，窗格仍在处理「A.xlsx」。",
    });
    await expect(
      host.writeSettings({ ...DEFAULT_SETTINGS, countyName: "全区" }),
    ).rejects.toMatchObject({ code: "workbook_switched" });
    await expect(host.clearMarks()).rejects.toMatchObject({ code: "workbook_switched" });
    expect(b.cell("9月台账", "E8")?.fill).toBeUndefined();
    expect(b.properties.size).toBe(0);
    expect(a.properties.size).toBe(0);
  });

  it("acts again once its workbook is back in front, and its marks are that workbook's", async () => {
    const { a, b, session } = twoBooks();
    const host = wpsPaneHost(session);
    await host.markCells("9月台账", MARK);
    session.activate(b);
    await expect(host.clearMarks()).rejects.toMatchObject({ code: "workbook_switched" });
    session.activate(a);
    expect(await host.clearMarks()).toEqual({ restored: 1, keptUserFill: 0, notesRemoved: 0 });
    expect(a.cell("9月台账", "E8")?.fill).toBeUndefined();
  });

  it("offers to work on the workbook in front instead, and one bound to it acts there", async () => {
    const { b, session } = twoBooks();
    const followed: string[] = [];
    const host = wpsPaneHost(session, { follow: (w) => followed.push(w.fullName) });
    await host.readWorkbookInfo();
    session.activate(b);
    const refused = await host.readWorkbookInfo().catch((e: AddinError) => e);
    expect(refused).toMatchObject({ remedy: { label: "改为处理「B.xlsx」" } });
    (refused as AddinError).remedy!.run();
    expect(followed).toEqual(["D:\\台账\\B.xlsx"]);
    const onB = wpsPaneHost(session, { workbook: { fullName: followed[0]!, name: "B.xlsx" } });
    await onB.markCells("9月台账", MARK);
    expect(b.cell("9月台账", "E8")?.fill).toBe("#FFC7CE");
  });

  it("says its workbook was closed or saved under another name when it is no longer open", async () => {
    const a = new FakeEt({ name: "工作簿1" });
    a.loadGrid(LEDGERS[2]!);
    const session = new FakeEtSession([a]);
    const host = wpsPaneHost(session, { follow: () => undefined });
    await host.readWorkbookInfo();
    a.saveAs("D:\\台账", "东城台账.xlsx");
    const refused = await host.markCells("9月台账", MARK).catch((e: AddinError) => e);
    expect(refused).toMatchObject({
      code: "workbook_gone",
      title: "原来的工作簿已关闭或已另存",
      message: "窗格处理的「工作簿1」已关闭，或已另存为其他文件名；当前工作簿是「东城台账.xlsx」。",
      remedy: { label: "改为处理「东城台账.xlsx」" },
    });
    expect(a.cell("9月台账", "E8")?.fill).toBeUndefined();
  });

  it("says only that the workbook switched when this WPS build cannot list its workbooks", async () => {
    const a = new FakeEt({ name: "工作簿1", missing: ["Workbooks"] });
    const host = wpsPaneHost(a);
    await host.readWorkbookInfo();
    a.saveAs("D:\\台账", "东城台账.xlsx");
    await expect(host.readWorkbookInfo()).rejects.toMatchObject({
      code: "workbook_switched",
      message: "当前工作簿已从「工作簿1」切换为「东城台账.xlsx」，窗格仍在处理「工作簿1」。",
    });
  });

  it("says so when no workbook is open", async () => {
    const { a, b, session } = twoBooks();
    session.close(a);
    session.close(b);
    await expect(wpsPaneHost(session).readWorkbookInfo()).rejects.toMatchObject({
      code: "no_workbook",
      title: "没有打开的工作簿",
    });
  });
});

describe("wpsPaneHost() marks after the sheet changed", () => {
  const MARKS = [
    { cell: "E8", severity: "error" as const, messages: ["不在可选范围内"] },
    { cell: "H4", severity: "warning" as const, messages: ["金额是约数"] },
  ];

  it("clears its marks on the marked sheet after the user renamed it, and marks again", async () => {
    const wps = new FakeEt();
    wps.loadGrid(LEDGERS[2]!);
    const host = wpsPaneHost(wps);
    await host.markCells("9月台账", MARKS);
    wps.ActiveWorkbook.Worksheets.Item("9月台账").Name = "东城9月";
    expect(await host.clearMarks()).toEqual({ restored: 2, keptUserFill: 0, notesRemoved: 0 });
    expect(wps.cell("东城9月", "E8")?.fill).toBeUndefined();
    expect(await host.markCells("东城9月", MARKS)).toMatchObject({ cells: 2 });
    wps.ActiveWorkbook.Worksheets.Item("东城9月").Name = "东城街道";
    // Marking again clears the earlier marks first, on the sheet under its new name.
    expect(await host.markCells("东城街道", MARKS.slice(0, 1))).toMatchObject({ cells: 1 });
    expect(wps.cell("东城街道", "H4")?.fill).toBeUndefined();
  });

  it("finds the renamed sheet even when a new sheet took its old name", async () => {
    const wps = new FakeEt();
    wps.loadGrid(LEDGERS[2]!);
    const host = wpsPaneHost(wps);
    await host.markCells("9月台账", MARKS);
    const book = wps.ActiveWorkbook.Worksheets;
    book.Item("9月台账").Name = "9月台账（旧）";
    book.Add(null, book.Item(1)).Name = "9月台账";
    expect(await host.clearMarks()).toEqual({ restored: 2, keptUserFill: 0, notesRemoved: 0 });
    expect(wps.cell("9月台账（旧）", "E8")?.fill).toBeUndefined();
  });

  it("says the marked sheet is gone when it was deleted, and marks another sheet after", async () => {
    const wps = new FakeEt();
    wps.loadGrid({ file: "x.xlsx", sheets: [...LEDGERS[2]!.sheets, ...LEDGERS[0]!.sheets] });
    const host = wpsPaneHost(wps);
    await host.markCells("9月台账", MARKS);
    wps.ActiveWorkbook.Worksheets.Item("9月台账").Delete();
    expect(await host.clearMarks()).toEqual({
      restored: 0,
      keptUserFill: 0,
      notesRemoved: 0,
      lostSheet: "9月台账",
    });
    expect(await host.markCells("项目台账", MARKS.slice(0, 1))).toMatchObject({ cells: 1 });
  });
});
