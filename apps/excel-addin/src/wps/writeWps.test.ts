// The WPS writers (一键计算's WorkbookPlan, 新建台账's sheets) against the Excel writers: the same
// plan written through the WPS fake and through the Excel fake must leave the same sheets —
// cells, formats, styles, widths, merges, frozen panes, conditional formats, page setup, charts,
// filter buttons, tables and dropdowns. The two fakes keep one sheet state, so the comparison is field by field.
import { DEFAULT_SETTINGS } from "@zsyz/indicators";
import { ledgerTemplate, ownershipTemplate, targetTemplate, type GridWorkbook } from "@zsyz/ledger";
import { makeSheet, sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { ALL_CAPABILITIES as ALL } from "../../testing/fakeExcel/allCapabilities.js";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import type { FakeCell, FakeSheet } from "../../testing/fakeExcel/fakeState.js";
import { FakeEt, type EtFeature } from "../../testing/wpsFake/FakeEt.js";
import { rangeToA1 } from "../office/address.js";
import { excelPaneHost } from "../office/excelPaneHost.js";
import { planNewSheets } from "../office/planNewSheets.js";
import { runOneClick } from "../runOneClick.js";
import { createPartsBoard } from "./partsBoard.js";
import { addChart } from "./writeWpsPlan.js";
import { wpsPaneHost } from "./wpsPaneHost.js";

const WORKBOOK: GridWorkbook = {
  file: "全县.xlsx",
  sheets: [...sampleLedgers(2024)[2]!.sheets, ...sampleTargets().sheets],
};
const REQUEST = { ledgerSheets: ["9月台账"], targetSheet: "任务分解", asOf: "2024-09-30" as const };

/** What a user sees of a sheet: stored cells without the empty ones a write left behind. */
function look(sheet: FakeSheet) {
  const empty = (c: FakeCell | undefined) =>
    c === undefined || (c.value === "" && Object.keys(c).length === 1);
  const cells: Record<string, FakeCell> = {};
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!empty(cell)) cells[`${r},${c}`] = cell!;
    }),
  );
  return {
    cells,
    merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    columnWidths: [...sheet.columnWidths].sort((a, b) => a[0] - b[0]),
    rowHeights: [...sheet.rowHeights].sort((a, b) => a[0] - b[0]),
    freeze: sheet.freeze,
    conditionalFormats: sheet.conditionalFormats,
    print: sheet.print,
    charts: sheet.charts.map(({ name: _name, ...chart }) => chart),
    validations: sheet.validations,
    autoFilter: sheet.autoFilter,
  };
}

async function bothWays(missing: EtFeature[] = []) {
  const excel = new FakeExcel({ name: WORKBOOK.file });
  excel.loadGrid(WORKBOOK);
  const wps = new FakeEt({ name: WORKBOOK.file, missing });
  wps.loadGrid(WORKBOOK);
  const fromExcel = await runOneClick(excelPaneHost(excel, ALL), REQUEST, DEFAULT_SETTINGS);
  const fromWps = await runOneClick(wpsPaneHost(wps), REQUEST, DEFAULT_SETTINGS);
  return { excel, wps, fromExcel, fromWps };
}

describe("一键计算 in WPS", () => {
  it("leaves every summary sheet as the Excel writer leaves it", async () => {
    const { excel, wps, fromExcel, fromWps } = await bothWays();
    expect(fromWps.applied).toEqual(fromExcel.applied);
    for (const sheet of fromWps.run.plan.sheets)
      expect(look(wps.sheet(sheet.name)), sheet.name).toEqual(look(excel.sheet(sheet.name)));
  });

  it("colours 指标汇总 by rules written for each range's top-left cell, prints it A4 landscape one page wide, and charts it", async () => {
    const { wps } = await bothWays();
    const summary = wps.sheet("指标汇总");
    // Rate cells below 时序进度 (the $-anchored progress cell) red, the first rule.
    const first = summary.conditionalFormats.find((cf) => cf.priority === 0)!;
    const top = `${String.fromCharCode(65 + first.range.left)}${first.range.top + 1}`;
    expect(first.formula).toMatch(
      new RegExp(`^=AND\\(ISNUMBER\\(${top}\\),${top}<\\$[A-Z]+\\$\\d+\\)$`),
    );
    expect(first.fill).toBe("#FFC7CE");
    expect(summary.print).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(summary.print.titleRows).toMatch(/^\$\d+:\$\d+$/);
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]).toMatchObject({
      type: "ColumnClustered",
      title: "各单位签约资金完成率与时序进度",
      valueAxisNumberFormat: "0%",
    });
    expect(summary.charts[0]!.series.map((s) => s.name)).toEqual(["签约资金完成率", "时序进度"]);
    expect(summary.charts[0]!.series[0]!.categories).toMatch(/^指标汇总!A\d+:A\d+$/);
  });

  it("writes with calculation paused, then calculates once and gives the user's mode back", async () => {
    const { wps } = await bothWays();
    expect(wps.recalcWrites).toBe(0);
    expect(wps.stale).toBe(false);
    expect(wps.Calculation).toBe(-4105);
    // A user who works with manual calculation keeps it, with every formula calculated.
    wps.Calculation = -4135;
    await runOneClick(wpsPaneHost(wps), REQUEST, DEFAULT_SETTINGS);
    expect(wps.Calculation).toBe(-4135);
    expect(wps.stale).toBe(false);
  });

  it("puts filter buttons on 项目明细 and 问题清单, and keeps them on after a second run", async () => {
    const { wps, fromWps } = await bothWays();
    const sheets = fromWps.run.plan.sheets;
    const written = () =>
      sheets.map((s) => {
        const range = wps.sheet(s.name).autoFilter;
        return [s.name, range && rangeToA1(range)];
      });
    const planned = sheets.map((s) => [s.name, s.autoFilter ?? null]);
    expect(written()).toEqual(planned);
    expect(Object.fromEntries(written())).toMatchObject({
      项目明细: expect.stringMatching(/^A1:/),
      问题清单: expect.stringMatching(/^A2:I/),
      指标汇总: null,
    });
    // Range.AutoFilter() toggles in WPS: a second run must not switch the buttons off.
    await runOneClick(wpsPaneHost(wps), REQUEST, DEFAULT_SETTINGS);
    expect(written()).toEqual(planned);
  });

  it("replaces its rules and chart on a second run instead of stacking them", async () => {
    const { wps } = await bothWays();
    const summary = wps.sheet("指标汇总");
    const rules = summary.conditionalFormats.length;
    const again = await runOneClick(wpsPaneHost(wps), REQUEST, DEFAULT_SETTINGS);
    expect(again.applied).toMatchObject({ ok: true, created: [] });
    expect(wps.sheet("指标汇总").conditionalFormats).toHaveLength(rules);
    expect(wps.sheet("指标汇总").charts).toHaveLength(1);
  });

  it("writes figures and formulas where the build lacks rules, page setup and charts, and says what it left out", async () => {
    const { excel, wps, fromWps } = await bothWays([
      "FormatConditions",
      "PageSetup",
      "ChartObjects",
      "Calculation",
      "AutoFilter",
    ]);
    expect(fromWps.applied.ok).toBe(true);
    const sheets = fromWps.run.plan.sheets;
    const names = (list: { name: string }[]) => list.map((x) => `「${x.name}」`).join("");
    const why = "（WPS：对象不支持该属性或方法）";
    // One line per part, naming every sheet it missed.
    expect((fromWps.applied as { notes?: string[] }).notes).toEqual([
      `${names(sheets.filter((x) => x.conditionalFormats.length > 0))}没有设置条件格式（完成率等红绿标色）${why}`,
      `${names(sheets)}没有设置页面（A4 横向、按页宽缩放、打印标题）${why}`,
      `${names(sheets.filter((x) => x.autoFilter !== undefined))}没有设置筛选按钮${why}`,
      `「指标汇总」没有插入图表${why}`,
    ]);
    expect(look(wps.sheet("指标汇总")).cells).toEqual(look(excel.sheet("指标汇总")).cells);
  });
});

describe("WPS calls", () => {
  /** A ledger of n projects: the standard header and the template's example row, renamed. */
  function bigLedger(n: number): GridWorkbook {
    const t = ledgerTemplate(2024);
    const name = t.columns.findIndex((c) => c.header === "项目名称");
    const rows = Array.from({ length: n }, (_, i) =>
      t.example.map((v, c) => (c === name ? `饲料加工项目${i + 1}` : v)),
    );
    return {
      file: "大台账.xlsx",
      sheets: [makeSheet("台账", [t.columns.map((c) => c.header), ...rows])],
    };
  }

  async function callsFor(n: number): Promise<number> {
    const wps = new FakeEt({ name: "大台账.xlsx" });
    wps.loadGrid(bigLedger(n));
    const before = wps.calls;
    const out = await runOneClick(
      wpsPaneHost(wps),
      { ledgerSheets: ["台账"], targetSheet: null, asOf: "2024-09-30" },
      DEFAULT_SETTINGS,
    );
    expect(out.run.records).toHaveLength(n);
    return wps.calls - before;
  }

  it("reads and writes 2,000 projects in about as many object-model calls as 200", async () => {
    // Each WPS call crosses into the spreadsheet program: the count must follow columns and
    // runs of formats, not rows (values and formulas go in blocks of up to 2,000 rows).
    const small = await callsFor(200);
    const large = await callsFor(2_000);
    expect(large).toBeLessThan(small * 1.05);
  });
});

describe("addChart()", () => {
  it("keeps only the plan's series when WPS plots the selection into the new chart", () => {
    const wps = new FakeEt();
    const ws = wps.ActiveWorkbook.Worksheets.Item(1);
    ws.Range("A1:B3").Value2 = [
      ["单位", "完成率"],
      ["甲镇", 0.5],
      ["乙镇", 0.8],
    ];
    ws.Range("A1:B3").Select();
    addChart(
      ws,
      {
        sheet: "Sheet1",
        type: "clusteredColumn",
        title: "完成率",
        categories: "Sheet1!$A$2:$A$3",
        series: [{ name: "完成率", values: "Sheet1!$B$2:$B$3" }],
        anchor: { from: "D2", to: "H12" },
        valueAxisNumFmt: "0%",
      },
      new Map([["Sheet1", ws]]),
    );
    expect(wps.sheet("Sheet1").charts).toEqual([
      {
        name: "图表 1",
        type: "ColumnClustered",
        title: "完成率",
        series: [{ name: "完成率", values: "Sheet1!B2:B3", categories: "Sheet1!A2:A3" }],
        position: { from: "D2", to: "H12" },
        valueAxisNumberFormat: "0%",
      },
    ]);
  });
});

describe("the pane's notice of parts left out", () => {
  it("holds what the last write left out, and nothing once a write leaves nothing out", async () => {
    const wps = new FakeEt({ name: WORKBOOK.file, missing: ["ChartObjects"] });
    wps.loadGrid(WORKBOOK);
    const board = createPartsBoard();
    const host = wpsPaneHost(wps, { board });
    let changes = 0;
    board.subscribe(() => changes++);
    await runOneClick(host, REQUEST, DEFAULT_SETTINGS);
    expect(board.current()).toEqual({
      action: "一键计算",
      notes: ["「指标汇总」没有插入图表（WPS：对象不支持该属性或方法）"],
    });
    await host.writeNewSheets(planNewSheets([targetTemplate()]));
    expect(board.current()).toBeNull();
    expect(changes).toBe(2);
  });
});

describe("新建台账 in WPS", () => {
  const plan = () => planNewSheets([ledgerTemplate(2025), targetTemplate(), ownershipTemplate()]);

  it("inserts the sheets, tables and dropdowns the Excel writer inserts", async () => {
    const excel = new FakeExcel();
    const wps = new FakeEt();
    const fromExcel = await excelPaneHost(excel, ALL).writeNewSheets(plan());
    const fromWps = await wpsPaneHost(wps).writeNewSheets(plan());
    expect(fromWps).toEqual(fromExcel);
    for (const { sheet } of fromWps)
      expect(look(wps.sheet(sheet)), sheet).toEqual(look(excel.sheet(sheet)));
    const tables = (t: { name: string; sheet: FakeSheet; range: object; style: string }[]) =>
      t.map(({ name, sheet, range, style }) => [name, sheet.name, range, style]);
    expect(tables(wps.tables)).toEqual(tables(excel.state.tables));
    expect(wps.activeSheet).toBe("项目台账");
  });

  it("offers 项目状态 as a dropdown on the ledger's body rows and refuses other values", async () => {
    const wps = new FakeEt();
    await wpsPaneHost(wps).writeNewSheets(plan());
    const ledger = wps.sheet("项目台账");
    const header = ledger.rows[0]!.findIndex((c) => c?.value === "项目状态");
    const rule = ledger.validations.find((v) => v.range.left === header)!;
    expect(rule.range).toMatchObject({ top: 1, bottom: 500 });
    expect(rule.rule.list?.source.split(",")).toContain("在建");
    expect(rule.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
  });

  it("never touches existing sheets or tables: taken names get a number", async () => {
    const wps = new FakeEt();
    const host = wpsPaneHost(wps);
    await host.writeNewSheets(plan());
    wps.cell("项目台账", "B2")!.value = "我填的项目";
    const second = await host.writeNewSheets(plan());
    expect(second.map((w) => [w.sheet, w.table])).toEqual([
      ["项目台账（2）", "招商项目台账2"],
      ["指标任务分解（2）", "指标任务分解2"],
      ["重复项目归属（2）", "重复项目归属2"],
    ]);
    expect(wps.cell("项目台账", "B2")?.value).toBe("我填的项目");
  });

  it("still inserts the sheets when the build has no tables or dropdowns, and says so", async () => {
    const wps = new FakeEt({ missing: ["ListObjects", "Validation"] });
    const written = await wpsPaneHost(wps).writeNewSheets(plan());
    expect(written.map((w) => w.sheet)).toEqual(["项目台账", "指标任务分解", "重复项目归属"]);
    expect(wps.cell("项目台账", "A1")?.value).toBe("序号");
    const withLists = plan()
      .sheets.filter((x) => (x.lists ?? []).length > 0)
      .map((x) => `「${x.name}」`)
      .join("");
    expect((written as { notes?: string[] }).notes).toEqual([
      "「项目台账」「指标任务分解」「重复项目归属」没有做成表格（筛选按钮、自动扩展），数据照常可填（WPS：对象不支持该属性或方法）",
      `${withLists}没有设置下拉列表，可直接输入（WPS：对象不支持该属性或方法）`,
    ]);
  });
});

describe("FakeEt conditional formats", () => {
  it("reads a rule's relative references from the active cell, as VBA does", () => {
    const wps = new FakeEt();
    const ws = wps.ActiveWorkbook.Worksheets.Item(1);
    ws.Range("A1").Select();
    ws.Range("C3:C5").FormatConditions.Add(2, undefined, "=B2>$A$1");
    ws.Range("E3").Select();
    ws.Range("E3:E5").FormatConditions.Add(2, undefined, "=E3>0");
    expect(wps.sheet("Sheet1").conditionalFormats.map((cf) => cf.formula)).toEqual([
      "=D4>$A$1",
      "=E3>0",
    ]);
  });
});
