import type { PlanCell } from "@zsyz/indicators";
import { ENUMS, ledgerTemplate, targetTemplate, toA1 } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { charsToPoints } from "./buildSheetSteps.js";
import { PAYLOAD_LIMIT_BYTES } from "./payload.js";
import { planNewSheets } from "./planNewSheets.js";
import type { NewSheetsPlan } from "./sheetWrite.js";
import { freeName, writeNewSheets } from "./writeNewSheets.js";
import { ALL_CAPABILITIES as ALL } from "../../testing/fakeExcel/allCapabilities.js";

const plans = () => planNewSheets([ledgerTemplate(2025), targetTemplate()]);

/** One sheet from a grid of values, where a string starting with "=" is a formula. */
function sheetOf(name: string, rows: readonly (readonly (string | number)[])[]): NewSheetsPlan {
  const cells = rows.flatMap((row, r) =>
    row.map((v, c): PlanCell => {
      const at = { row: r, col: c, address: toA1(r, c) };
      return typeof v === "string" && v.startsWith("=")
        ? { ...at, value: null, formula: v.slice(1) }
        : { ...at, value: v };
    }),
  );
  const sheet = {
    name,
    cells,
    rowCount: rows.length,
    columnCount: Math.max(...rows.map((r) => r.length)),
    columns: [],
    frozen: { rows: 0, columns: 0 },
    merges: [],
  };
  return { sheets: [sheet], styles: {} };
}

describe("writeNewSheets()", () => {
  it("refuses a workbook whose structure is protected, adding no sheet", async () => {
    const fake = new FakeExcel();
    fake.state.structureProtected = true;
    await expect(writeNewSheets(fake, plans(), { capabilities: ALL })).rejects.toMatchObject({
      code: "workbook_protected",
      action:
        "请在「审阅」选项卡中点击「保护工作簿」取消保护（如有密码请向制表人索取）后再试；这次没有写入任何内容。",
    });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("creates the ledger sheet with headers, example row, table, dropdowns, formats and frozen header", async () => {
    const fake = new FakeExcel();
    const written = await writeNewSheets(fake, plans(), { capabilities: ALL });
    expect(written).toEqual([
      { requested: "项目台账", sheet: "项目台账", table: "招商项目台账" },
      { requested: "指标任务分解", sheet: "指标任务分解", table: "指标任务分解" },
    ]);
    expect(fake.cell("项目台账", "L1")).toEqual({
      value: "签约资金（万元）",
      numberFormat: "@",
      bold: true,
      wrap: true,
    });
    expect(fake.cell("项目台账", "I2")).toMatchObject({ value: 45663, numberFormat: "yyyy-mm-dd" });
    expect(fake.cell("项目台账", "L501")?.numberFormat).toBe("#,##0.00");
    const sheet = fake.sheet("项目台账");
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
    expect(sheet.columnWidths.get(1)).toBe(charsToPoints(32));
    expect(fake.state.tables.map((t) => [t.name, t.sheet.name, t.range])).toEqual([
      ["招商项目台账", "项目台账", { top: 0, left: 0, bottom: 1, right: 23 }],
      [
        "指标任务分解",
        "指标任务分解",
        { top: 0, left: 0, bottom: 1, right: targetTemplate().columns.length - 1 },
      ],
    ]);
    // Sheet1 was active while the sheets were written: its view is left unfrozen.
    expect(fake.sheet("Sheet1").freeze).toEqual({ rows: 0, columns: 0 });
    expect(fake.sheet("指标任务分解").freeze).toEqual({ rows: 1, columns: 0 });
    const status = sheet.validations.find((v) => v.range.left === 17);
    expect(status).toMatchObject({
      range: { top: 1, bottom: 500 },
      rule: { list: { source: ENUMS.status.join(",") } },
      errorAlert: { style: "Stop" },
    });
    expect(sheet.validations).toHaveLength(6);
    expect(fake.state.activeSheet).toBe("项目台账");
  });

  it("takes three syncs under 5 MB: names, the writes with calculation suspended, a recalculation", async () => {
    const fake = new FakeExcel();
    await writeNewSheets(fake, plans(), { capabilities: ALL });
    expect(fake.syncs).toHaveLength(3);
    expect(fake.syncs.every((s) => s.requestBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(fake.syncs[1]?.calculationSuspended).toBe(true);
    expect(fake.state.calculationStale).toBe(false);
  });

  it("keeps text that Excel would parse as text: dates, numbers with zeros, leading signs", async () => {
    const fake = new FakeExcel();
    const tricky = ["2024-01-05", "0012", "-某公司", "+86 123", "2024年1月", "50%", "TRUE"];
    await writeNewSheets(fake, sheetOf("文本", [tricky]), { capabilities: ALL });
    tricky.forEach((text, c) =>
      expect(fake.cell("文本", toA1(0, c))).toEqual({ value: text, numberFormat: "@" }),
    );
  });

  it("writes 20,000 rows of Chinese text on the web even when a first batch is refused", async () => {
    const fake = new FakeExcel({ platform: "web" });
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `${"项目甲乙丙丁戊己庚辛壬癸".repeat(6)}之${i % 7}`,
    ]);
    await writeNewSheets(fake, sheetOf("大表", rows), {
      capabilities: ALL,
      budgetBytes: 20_000_000,
    });
    expect(fake.syncs.some((s) => s.requestBytes > PAYLOAD_LIMIT_BYTES)).toBe(true);
    // Row 20,000 holds i = 19,999 = 7 × 2,857.
    expect(fake.cell("大表", "A20000")).toEqual({
      value: `${"项目甲乙丙丁戊己庚辛壬癸".repeat(6)}之0`,
      numberFormat: "@",
    });
  }, 30_000);

  it("never overwrites: an existing 项目台账 stays as it was and the new sheet is 项目台账（2）", async () => {
    const fake = new FakeExcel();
    fake.loadGrid({
      file: "x.xlsx",
      sheets: [{ name: "项目台账", rows: [[{ value: "我的数据" }]], merges: [] }],
    });
    const written = await writeNewSheets(fake, plans(), { capabilities: ALL });
    expect(written[0]?.sheet).toBe("项目台账（2）");
    expect(fake.cell("项目台账", "A1")).toEqual({ value: "我的数据" });
    expect(fake.cell("项目台账（2）", "A1")?.value).toBe("序号");
  });

  it("writes formulas after values, and formulas as formulas", async () => {
    const fake = new FakeExcel();
    await writeNewSheets(fake, sheetOf("汇总", [[1, 2, "=A1+B1"]]), { capabilities: ALL });
    expect(fake.cell("汇总", "C1")).toEqual({ value: "", formula: "=A1+B1" });
    expect(fake.cell("汇总", "A1")).toEqual({ value: 1 });
  });

  it("splits a 20,000-row block into syncs under the budget", async () => {
    const fake = new FakeExcel();
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `第${i}号项目名称比较长的一行文字`,
      i * 1.5,
      "在建",
      "=B1*2",
    ]);
    await writeNewSheets(fake, sheetOf("大表", rows), { capabilities: ALL });
    expect(fake.syncs.length).toBeLessThanOrEqual(4);
    expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.cell("大表", "D20000")?.formula).toBe("=B1*2");
  }, 30_000);

  it("leaves out dropdowns on Excel without data validation instead of failing", async () => {
    const fake = new FakeExcel({ apiMinor: 7 });
    await writeNewSheets(fake, plans(), {
      capabilities: {
        ...ALL,
        dataValidation: false,
        specialCells: false,
        mergedAreas: false,
        notes: false,
      },
    });
    expect(fake.sheet("项目台账").validations).toEqual([]);
  });
});

describe("freeName()", () => {
  it("adds （2） to a taken name, ignoring case", () => {
    expect(freeName("Sheet", ["sheet"], (n) => `（${n}）`)).toBe("Sheet（2）");
  });
});
