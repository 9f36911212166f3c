import {
  buildWorkbookPlan,
  DEFAULT_SETTINGS,
  type SheetPlan,
  type WorkbookPlan,
} from "@zsyz/indicators";
import { readLedger, readTargets, type GridWorkbook, type LedgerRecord } from "@zsyz/ledger";
import { sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { runCounty } from "@zsyz/county";
import { applyWorkbookPlan } from "./applyWorkbookPlan.js";
import { OWNED_SHEETS_SETTING } from "./ownedSheets.js";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { peekCell } from "../../testing/fakeExcel/fakeState.js";
import { PAYLOAD_LIMIT_BYTES, SYNC_BUDGET_BYTES } from "./payload.js";
import { rangeToA1 } from "./address.js";
import { ALL_CAPABILITIES as ALL } from "../../testing/fakeExcel/allCapabilities.js";
import { detectCapabilities } from "./capabilities.js";

const AS_OF = "2024-09-30";
const CORE_SHEETS = ["指标汇总", "项目明细", "问题清单", "报告摘要"];
const ledger = sampleLedgers(2024)[0]!;

/** Every formula cell of a plan sheet as "A1 =formula". */
function planFormulas(sheet: SheetPlan): string[] {
  const cells = sheet.lazyCells ? [...sheet.lazyCells()] : sheet.cells;
  return cells.filter((c) => c.formula !== undefined).map((c) => `${c.address} =${c.formula}`);
}

/** Every formula the fake holds on a sheet, row-major, in the same form. */
function writtenFormulas(fake: FakeExcel, name: string): string[] {
  const sheet = fake.sheet(name);
  const out: string[] = [];
  sheet.rows.forEach((cells, r) =>
    cells?.forEach((cell, c) => {
      if (cell?.formula !== undefined)
        out.push(
          `${String.fromCharCode(65 + (c >= 26 ? Math.floor(c / 26) - 1 : -1)).replace("@", "")}${String.fromCharCode(65 + (c % 26))}${r + 1} ${cell.formula}`,
        );
    }),
  );
  return out;
}

/** The county plan of the first sample ledger and the sample targets, as 一键计算 computes it. */
async function addinPlan(): Promise<WorkbookPlan> {
  const source = (workbook: GridWorkbook) => ({ file: workbook.file, workbook });
  const run = await runCounty({
    ledgers: [source(ledger)],
    targets: source(sampleTargets()),
    asOf: AS_OF,
    settings: DEFAULT_SETTINGS,
  });
  return run.plan;
}

describe("applyWorkbookPlan()", () => {
  it("writes every sheet of the county plan with exactly the plan's formulas", async () => {
    const fake = new FakeExcel();
    const plan = await addinPlan();
    const result = await applyWorkbookPlan(fake, plan, { capabilities: ALL });
    // The four sheets every county plan has come first; the plan may carry more (考评得分).
    expect(plan.sheets.slice(0, 4).map((s) => s.name)).toEqual(CORE_SHEETS);
    expect(result).toEqual({ ok: true, created: plan.sheets.map((s) => s.name), refreshed: [] });
    for (const sheet of plan.sheets.slice(0, 2)) {
      const written = writtenFormulas(fake, sheet.name);
      expect(written.length).toBeGreaterThan(0);
      expect(written).toEqual(planFormulas(sheet));
    }
    // Data stays data: 问题清单 and 报告摘要 hold ledger text and our wording, never a formula.
    expect(writtenFormulas(fake, "问题清单")).toEqual([]);
    expect(writtenFormulas(fake, "报告摘要")).toEqual([]);
    expect(fake.cell("指标汇总", "B2")).toMatchObject({ value: 45565, numberFormat: "yyyy-mm-dd" });
    expect(fake.state.activeSheet).toBe("指标汇总");
    expect(fake.sheet("项目明细").freeze).toEqual({ rows: 1, columns: 2 });
    // Header rows as tall as the plan says, so wrapped headers are readable.
    for (const sheet of plan.sheets)
      for (const r of sheet.rows ?? [])
        expect(fake.sheet(sheet.name).rowHeights.get(r.row)).toBe(r.height);
    expect(plan.sheets.flatMap((s) => s.rows ?? []).length).toBeGreaterThan(0);
    const summary = plan.sheets[0]!;
    expect(summary.conditionalFormats.length).toBeGreaterThan(0);
    expect(
      fake
        .sheet("指标汇总")
        .conditionalFormats.map((cf) => [
          rangeToA1(cf.range),
          cf.formula,
          cf.fill,
          cf.fontColor,
          cf.priority,
        ]),
    ).toEqual(
      summary.conditionalFormats.map((r) => [
        r.range,
        `=${r.formula}`,
        r.fill,
        r.fontColor,
        r.priority - 1,
      ]),
    );
    const chart = plan.charts[0]!;
    expect(fake.sheet("指标汇总").charts).toEqual([
      {
        name: "图表 1",
        type: "ColumnClustered",
        title: chart.title,
        valueAxisNumberFormat: chart.valueAxisNumFmt,
        position: { from: chart.anchor.from, to: chart.anchor.to },
        series: chart.series.map((s) => ({
          name: s.name,
          values: s.values.replace(/[$']/g, ""),
          categories: chart.categories.replace(/[$']/g, ""),
        })),
      },
    ]);
    expect(fake.sheet("指标汇总").print).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: `$${summary.print.repeatRows!.first}:$${summary.print.repeatRows!.last}`,
    });
  });

  it('writes ledger text that looks like a formula or number as text, formatted "@" before the value', async () => {
    const fake = new FakeExcel();
    const plan = await addinPlan();
    const detail = plan.sheets[1]!;
    const cell = detail.cells.find(
      (c) => c.row === 1 && typeof c.value === "string" && c.formula === undefined,
    )!;
    cell.value = '=HYPERLINK("http://x","点我")';
    await applyWorkbookPlan(fake, plan, { capabilities: ALL });
    expect(fake.cell("项目明细", cell.address)).toEqual(
      expect.objectContaining({ value: '=HYPERLINK("http://x","点我")', numberFormat: "@" }),
    );
    expect(fake.cell("项目明细", cell.address)?.formula).toBeUndefined();
  });

  it("draws the plan's thin borders and leaves unbordered styles (the title) without", async () => {
    const fake = new FakeExcel();
    const plan = await addinPlan();
    await applyWorkbookPlan(fake, plan, { capabilities: ALL });
    const summary = fake.sheet(plan.sheets[0]!.name);
    const header = plan.sheets[0]!.cells.find((c) => c.style === "header")!;
    const title = plan.sheets[0]!.cells.find((c) => c.style === "title")!;
    expect(peekCell(summary, header.row, header.col)?.border).toBe("#BFBFBF");
    expect(peekCell(summary, title.row, title.col)?.border).toBeUndefined();
  });

  it("merges the plan's merged ranges (the title row), once even after a refresh", async () => {
    const fake = new FakeExcel();
    const plan = await addinPlan();
    await applyWorkbookPlan(fake, plan, { capabilities: ALL });
    await applyWorkbookPlan(fake, plan, { capabilities: ALL });
    const summary = plan.sheets[0]!;
    expect(summary.merges.length).toBeGreaterThan(0);
    expect(fake.sheet(summary.name).merges.map(rangeToA1)).toEqual(summary.merges);
  });

  it("refreshes the sheets it created: old contents beyond the new plan are gone", async () => {
    const fake = new FakeExcel();
    const first = await addinPlan();
    await applyWorkbookPlan(fake, first, { capabilities: ALL });
    const details = first.sheets.find((s) => s.name === "项目明细")!;
    const corner = details.cells.find((c) => c.row === 0 && c.col === 0)!;
    expect(peekCell(fake.sheet("项目明细"), 0, 0)?.value).toBe(corner.value);
    fake.sheet("项目明细").rows[5000] = [{ value: "旧数据" }];
    const again = await applyWorkbookPlan(fake, await addinPlan(), { capabilities: ALL });
    expect(again).toEqual({
      ok: true,
      created: [],
      refreshed: first.sheets.map((s) => s.name),
    });
    expect(fake.sheet("指标汇总").charts).toHaveLength(1);
    expect(fake.sheet("指标汇总").conditionalFormats).toHaveLength(
      (await addinPlan()).sheets[0]!.conditionalFormats.length,
    );
    expect(peekCell(fake.sheet("项目明细"), 5000, 0)).toBeUndefined();
    expect(JSON.parse(fake.state.settings.get(OWNED_SHEETS_SETTING) as string)).toEqual(
      first.sheets.map((s) => s.name),
    );
  });

  it("puts filter buttons on 项目明细 and 问题清单 over the plan's ranges, and drops them when a refresh has none", async () => {
    const fake = new FakeExcel();
    const plan = await addinPlan();
    await applyWorkbookPlan(fake, plan, { capabilities: ALL });
    const filterOf = (name: string) => {
      const range = fake.sheet(name).autoFilter;
      return range ? rangeToA1(range) : null;
    };
    const detail = plan.sheets.find((s) => s.name === "项目明细")!;
    // The header row and every project row below it (the plan counts the header as row 1).
    expect(filterOf("项目明细")).toBe(detail.autoFilter);
    expect(filterOf("项目明细")).toMatch(new RegExp(`^A1:[A-Z]+${detail.rowCount}$`));
    // 问题清单's title row stays above the buttons.
    expect(filterOf("问题清单")).toMatch(/^A2:I\d+$/);
    expect(filterOf("指标汇总")).toBeNull();

    const without = {
      ...plan,
      sheets: plan.sheets.map(({ autoFilter, ...s }) =>
        s.name === "问题清单" ? s : { ...s, ...(autoFilter ? { autoFilter } : {}) },
      ),
    };
    await applyWorkbookPlan(fake, without, { capabilities: ALL });
    expect(filterOf("问题清单")).toBeNull();
    expect(filterOf("项目明细")).toBe(detail.autoFilter);
  });

  it("refuses a workbook whose structure is protected before writing anything, while it has sheets to add", async () => {
    const fake = new FakeExcel();
    fake.state.structureProtected = true;
    await expect(
      applyWorkbookPlan(fake, await addinPlan(), { capabilities: ALL }),
    ).rejects.toMatchObject({
      code: "workbook_protected",
      title: "工作簿受保护，不能添加工作表",
    });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fake.state.settings.has(OWNED_SHEETS_SETTING)).toBe(false);
    // Its own sheets already there, a refresh adds none and goes through.
    fake.state.structureProtected = false;
    await applyWorkbookPlan(fake, await addinPlan(), { capabilities: ALL });
    fake.state.structureProtected = true;
    expect(await applyWorkbookPlan(fake, await addinPlan(), { capabilities: ALL })).toMatchObject({
      ok: true,
      created: [],
    });
  });

  it("never overwrites a same-named sheet it did not create, and writes nothing then", async () => {
    const fake = new FakeExcel();
    fake.loadGrid({
      file: "x.xlsx",
      sheets: [{ name: "指标汇总", rows: [[{ value: "我自己的汇总" }]], merges: [] }],
    });
    fake.resetCounters();
    const result = await applyWorkbookPlan(fake, await addinPlan(), { capabilities: ALL });
    expect(result).toEqual({ ok: false, conflicts: ["指标汇总"] });
    expect(fake.cell("指标汇总", "A1")).toEqual({ value: "我自己的汇总" });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["指标汇总"]);
    expect(fake.syncs).toHaveLength(1);
  });

  it("writes a 20,000-project plan in a bounded number of syncs, each under 5 MB, calculation suspended", async () => {
    const base = readLedger(ledger, { asOf: AS_OF }).records;
    const records: LedgerRecord[] = Array.from({ length: 20_000 }, (_, i) => ({
      ...base[i % base.length]!,
      id: `big|${i}`,
      row: i + 2,
    }));
    const plan = buildWorkbookPlan({
      records,
      targets: readTargets(sampleTargets()).targets,
      asOf: AS_OF,
    });
    const fake = new FakeExcel();
    await applyWorkbookPlan(fake, plan, { capabilities: ALL });
    const max = Math.max(...fake.syncs.map((s) => s.requestBytes));
    console.info(
      `20,000 projects: ${fake.syncs.length} syncs, largest request ${(max / 1e6).toFixed(2)} MB`,
    );
    // Names, the writes, one recalculation. Steps are at most half the budget, so every write
    // sync the packer closes is over half full: the count follows the bytes, never the rows.
    const bytes = fake.syncs.reduce((sum, s) => sum + s.requestBytes, 0);
    expect(fake.syncs.length).toBeLessThanOrEqual(Math.ceil((2 * bytes) / SYNC_BUDGET_BYTES) + 3);
    expect(max).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.syncs.slice(1, -1).every((s) => s.calculationSuspended)).toBe(true);
    expect(fake.state.calculationStale).toBe(false);
    const details = plan.sheets.find((s) => s.name === "项目明细")!;
    const cells = details.lazyCells ? [...details.lazyCells()] : details.cells;
    const last = cells.filter((c) => c.row === 20_000 && c.formula === undefined);
    expect(last.length).toBeGreaterThan(5);
    for (const c of last)
      expect(peekCell(fake.sheet("项目明细"), c.row, c.col)?.value || null).toBe(c.value || null);
    // Minutes, not seconds, on the shared CI machine under turbo's parallel load (measured 63 s there).
  }, 240_000);

  it("leaves formulas recalculated: a last, unsuspended sync asks Excel for a full calculation", async () => {
    const fake = new FakeExcel();
    await applyWorkbookPlan(fake, await addinPlan(), { capabilities: ALL });
    expect(fake.state.calculationStale).toBe(false);
    expect(fake.syncs.at(-1)).toMatchObject({ calculationSuspended: false, operations: 1 });
  });

  it("records its sheets in the first write, so a run that fails half-way is refreshed next time, not refused", async () => {
    const fake = new FakeExcel();
    const plan = await addinPlan();
    // Sync 1 learns the names; sync 2 is the first write; the third fails (a dropped request).
    fake.failSyncNumber = 3;
    await expect(applyWorkbookPlan(fake, plan, { capabilities: ALL })).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(fake.state.sheets.map((s) => s.name)).toContain("指标汇总");
    fake.failSyncNumber = null;
    const again = await applyWorkbookPlan(fake, plan, { capabilities: ALL });
    expect(again).toMatchObject({ ok: true });
  });

  it("writes the whole plan on Excel 2019 (ExcelApi 1.7): the chart without its axis format, no page setup", async () => {
    const fake = new FakeExcel({ apiMinor: 7, platform: "windows" });
    const plan = await addinPlan();
    const result = await applyWorkbookPlan(fake, plan, { capabilities: detectCapabilities(fake) });
    expect(result).toMatchObject({ ok: true });
    expect(writtenFormulas(fake, "指标汇总")).toEqual(planFormulas(plan.sheets[0]!));
    expect(fake.sheet("指标汇总").charts).toHaveLength(1);
    expect(fake.sheet("指标汇总").charts[0]!.valueAxisNumberFormat).toBeUndefined();
    expect(fake.sheet("指标汇总").print).toEqual({});
    // AutoFilter is ExcelApi 1.9: no filter buttons, and the capability notice says so.
    expect(fake.sheet("项目明细").autoFilter).toBeNull();
    expect(fake.sheet("指标汇总").freeze).toEqual({
      rows: plan.sheets[0]!.frozen.rows,
      columns: plan.sheets[0]!.frozen.columns,
    });
  });

  it("halves a batch that Excel on the web refuses as a GeneralException, and writes it all", async () => {
    const fake = new FakeExcel({ platform: "web" });
    const plan = await addinPlan();
    // A budget over the 5 MB limit: the first write batch is refused and must be retried smaller.
    await applyWorkbookPlan(fake, plan, { capabilities: ALL, budgetBytes: 40_000_000 });
    expect(writtenFormulas(fake, "指标汇总")).toEqual(planFormulas(plan.sheets[0]!));
  });

  it("writes ledger text that Excel would parse (dates, numbers, a leading minus) as text", async () => {
    const fake = new FakeExcel();
    const plan = await addinPlan();
    const details = plan.sheets.find((s) => s.name === "项目明细")!;
    const tricky = ["2024-01-05", "0012", "-某公司", "2024年1月", "1e5", "#N/A"];
    const cells = (details.lazyCells ? [...details.lazyCells()] : details.cells).map((c) => c);
    const textCells = cells.filter((c) => c.row > 0 && typeof c.value === "string").slice(0, 6);
    textCells.forEach((c, i) => (c.value = tricky[i]!));
    const patched = {
      ...plan,
      sheets: plan.sheets.map((s) => (s === details ? { ...s, cells, lazyCells: undefined } : s)),
    } as WorkbookPlan;
    await applyWorkbookPlan(fake, patched, { capabilities: ALL });
    for (const [i, c] of textCells.entries())
      expect(peekCell(fake.sheet("项目明细"), c.row, c.col)).toMatchObject({
        value: tricky[i],
        numberFormat: "@",
      });
  });
});
