import type { GridCell, GridSheet } from "@zsyz/ledger";
import { readLedger } from "@zsyz/ledger";
import { makeSheet, sampleLedgers } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { PAYLOAD_LIMIT_BYTES } from "./payload.js";
import { readSheetGrid } from "./readSheetGrid.js";
import { ALL_CAPABILITIES as ALL } from "../../testing/fakeExcel/allCapabilities.js";

/** Grid rows without trailing empty cells, so a read-back compares equal to its source. */
function trimmed(sheet: GridSheet): (GridCell | null)[][] {
  const rows = sheet.rows.map((row) => {
    const cells = row.map((c) => c ?? null);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

function bigLedger(rows: number): GridSheet {
  const header = [
    "序号",
    "项目名称",
    "责任单位",
    "投资方",
    "投资方所在地",
    "资金来源",
    "产业类别",
    "签约类型",
    "签约时间",
    "新签/续建",
    "总投资（万元）",
    "签约资金（万元）",
    "其中省外签约资金（万元）",
    "本年到位资金（万元）",
    "其中省外到位资金（万元）",
    "累计到位资金（万元）",
    "外资（万美元）",
    "项目状态",
    "开工时间",
    "投产时间",
    "土地手续",
    "包抓领导",
    "形象进度",
    "备注",
  ];
  const data = Array.from({ length: rows }, (_, i) => [
    i + 1,
    `第${i + 1}号农产品冷链物流园建设项目`,
    "城关镇",
    "陕西丝路文旅集团有限公司",
    "陕西省西安市",
    "省内市外",
    "服务业",
    "合同",
    { value: 45000 + (i % 300), numFmt: "yyyy-mm-dd" },
    "新签",
    12000.5 + i,
    8000 + i,
    0,
    3500.25,
    0,
    3500.25,
    null,
    "在建",
    { value: 45100 + (i % 200), numFmt: "yyyy-mm-dd" },
    null,
    "已供地",
    "张副县长",
    "主体工程已完成百分之六十，正在进行设备安装调试",
    i % 10 === 0 ? "重点项目" : null,
  ]);
  return makeSheet("项目台账", [header, ...data]);
}

describe("readSheetGrid()", () => {
  it("reads every sample ledger back as the grid it was loaded from", async () => {
    for (const workbook of sampleLedgers(2024)) {
      const fake = new FakeExcel({ name: workbook.file });
      fake.loadGrid(workbook);
      for (const source of workbook.sheets) {
        const read = await readSheetGrid(fake, { sheet: source.name, capabilities: ALL });
        expect(read.file).toBe(workbook.file);
        expect(trimmed(read.sheet)).toEqual(trimmed(source));
        expect(read.sheet.merges).toEqual(source.merges);
        expect(read.sheet.hiddenRows ?? []).toEqual(source.hiddenRows ?? []);
      }
    }
  });

  it("gives the ledger package the same issues as the source workbook", async () => {
    for (const workbook of sampleLedgers(2024)) {
      const fake = new FakeExcel({ name: workbook.file });
      fake.loadGrid(workbook);
      const sheets = [];
      for (const s of workbook.sheets)
        sheets.push((await readSheetGrid(fake, { sheet: s.name, capabilities: ALL })).sheet);
      const viaExcel = readLedger({ file: workbook.file, sheets }, { asOf: "2024-09-30" });
      expect(viaExcel.issues).toEqual(readLedger(workbook, { asOf: "2024-09-30" }).issues);
    }
  });

  it("reads the active sheet when none is named, and an empty sheet as no rows", async () => {
    const fake = new FakeExcel();
    const read = await readSheetGrid(fake, { capabilities: ALL });
    expect(read.sheet).toEqual({ name: "Sheet1", rows: [], merges: [] });
    expect(fake.syncs).toHaveLength(1);
  });

  it("keeps sheet coordinates when the used range starts below and right of A1", async () => {
    const fake = new FakeExcel();
    fake.loadGrid({ file: "x.xlsx", sheets: [makeSheet("S", [[], [], [null, null, "项目名称"]])] });
    const read = await readSheetGrid(fake, { capabilities: ALL });
    expect(read.sheet.rows[2]?.[2]).toEqual({ value: "项目名称" });
    expect(read.sheet.rows[2]?.slice(0, 2)).toEqual([null, null]);
  });

  it("reads a 20,000-row ledger in at most 7 syncs, each request and response under 5 MB", async () => {
    const fake = new FakeExcel();
    const source = bigLedger(20_000);
    fake.loadGrid({ file: "big.xlsx", sheets: [source] });
    const read = await readSheetGrid(fake, { capabilities: ALL });
    expect(trimmed(read.sheet)).toEqual(trimmed(source));
    expect(fake.syncs.length).toBeLessThanOrEqual(7);
    for (const s of fake.syncs) {
      expect(s.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(s.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
    // Figures for the report: printed, not asserted.
    console.info(
      `20,000 rows: ${fake.syncs.length} syncs, max response ${Math.max(...fake.syncs.map((s) => s.responseBytes))} bytes`,
    );
  }, 30_000);

  it("reads 2,000 rows in one block after the size sync", async () => {
    const fake = new FakeExcel();
    fake.loadGrid({ file: "mid.xlsx", sheets: [bigLedger(2_000)] });
    await readSheetGrid(fake, { capabilities: ALL });
    expect(fake.syncs).toHaveLength(2);
  });

  it("halves a block and retries when Excel rejects the response as too large", async () => {
    const fake = new FakeExcel();
    const long = "很长的形象进度说明".repeat(400);
    fake.loadGrid({
      file: "long.xlsx",
      sheets: [
        makeSheet(
          "S",
          Array.from({ length: 1500 }, (_, i) => [i, long]),
        ),
      ],
    });
    const read = await readSheetGrid(fake, { capabilities: ALL, budgetBytes: 4_900_000 });
    expect(read.sheet.rows).toHaveLength(1500);
    expect(fake.syncs.some((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES)).toBe(true);
  });

  it("reads formulas from the value block on Excel without special-cell lookups (ExcelApi < 1.9)", async () => {
    const fake = new FakeExcel({ apiMinor: 8 });
    fake.loadGrid({
      file: "f.xlsx",
      sheets: [makeSheet("S", [["a", { value: 2, formula: "1+1" }]])],
    });
    const caps = { ...ALL, specialCells: false, mergedAreas: false, notes: false };
    const read = await readSheetGrid(fake, { capabilities: caps });
    expect(read.sheet.rows[0]?.[1]).toEqual({ value: 2, formula: "1+1" });
  });

  it("finds every merged area of a sheet with more than 512 of them, header and body", async () => {
    const fake = new FakeExcel();
    const sheet = bigLedger(2_000);
    // A two-row header merge, then a merged 备注 pair on each of 1,200 body rows.
    sheet.merges = [
      { top: 0, bottom: 1, left: 0, right: 0 },
      ...Array.from({ length: 1_200 }, (_, i) => ({
        top: 2 + i,
        bottom: 2 + i,
        left: 22,
        right: 23,
      })),
    ];
    fake.loadGrid({ file: "m.xlsx", sheets: [sheet] });
    const read = await readSheetGrid(fake, { capabilities: ALL, budgetBytes: 600_000 });
    const key = (m: { top: number; left: number }) => `${m.top},${m.left}`;
    expect(read.sheet.merges.map(key).sort()).toEqual(sheet.merges.map(key).sort());
  });

  it("falls back to smaller merged-area lookups when 200 rows hold more than 512 merges", async () => {
    const fake = new FakeExcel();
    const sheet = bigLedger(600);
    // Three merged pairs per row: 600 merges in every 200 rows, over Excel's 512.
    sheet.merges = Array.from({ length: 600 }, (_, i) =>
      [0, 2, 4].map((left) => ({ top: 1 + i, bottom: 1 + i, left, right: left + 1 })),
    ).flat();
    fake.loadGrid({ file: "m.xlsx", sheets: [sheet] });
    const read = await readSheetGrid(fake, { capabilities: ALL });
    expect(read.sheet.merges).toHaveLength(1_800);
    expect(read.sheet.rows).toHaveLength(601);
  });
});
