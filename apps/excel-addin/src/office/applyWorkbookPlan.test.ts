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
import { applyWorkbookPlan, OWNED_SHEETS_SETTING } from "./applyWorkbookPlan.js";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { peekCell } from "../../testing/fakeExcel/fakeState.js";
import { PAYLOAD_LIMIT_BYTES } from "./payload.js";
import { rangeToA1 } from "./address.js";
import { ALL_CAPABILITIES as ALL } from "../../testing/fakeExcel/allCapabilities.js";

const AS_OF = "2024-09-30";
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
    expect(result).toEqual({
      ok: true,
      created: ["指标汇总", "项目明细", "问题清单", "报告摘要"],
      refreshed: [],
    });
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
    await applyWorkbookPlan(fake, await addinPlan(), { capabilities: ALL });
    const stale = peekCell(fake.sheet("项目明细"), 0, 0);
    expect(stale).toBeDefined();
    fake.sheet("项目明细").rows[5000] = [{ value: "旧数据" }];
    const again = await applyWorkbookPlan(fake, await addinPlan(), { capabilities: ALL });
    expect(again).toEqual({
      ok: true,
      created: [],
      refreshed: ["指标汇总", "项目明细", "问题清单", "报告摘要"],
    });
    expect(fake.sheet("指标汇总").charts).toHaveLength(1);
    expect(fake.sheet("指标汇总").conditionalFormats).toHaveLength(
      (await addinPlan()).sheets[0]!.conditionalFormats.length,
    );
    expect(peekCell(fake.sheet("项目明细"), 5000, 0)).toBeUndefined();
    expect(JSON.parse(fake.state.settings.get(OWNED_SHEETS_SETTING) as string)).toEqual([
      "指标汇总",
      "项目明细",
      "问题清单",
      "报告摘要",
    ]);
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
    expect(fake.syncs.length).toBeLessThanOrEqual(12);
    expect(max).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.syncs.slice(1).every((s) => s.calculationSuspended)).toBe(true);
    expect(fake.cell("项目明细", "A20001")).toBeDefined();
  }, 60_000);
});
