import { readCountyRules, ruleTemplates } from "@zsyz/county";
import { DEFAULT_SETTINGS, type Settings } from "@zsyz/indicators";
import {
  DEFAULT_COUNTING_POLICY,
  ownershipTemplate,
  type SheetTemplate,
  targetTemplate,
} from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { ALL_CAPABILITIES as ALL } from "../../testing/fakeExcel/allCapabilities.js";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { FakeEt } from "../../testing/wpsFake/FakeEt.js";
import { wpsPaneHost } from "../wps/wpsPaneHost.js";
import { excelPaneHost } from "./excelPaneHost.js";
import { planNewSheets } from "./planNewSheets.js";
import { readSheetGrid } from "./readSheetGrid.js";
import type { NewSheet } from "./sheetWrite.js";
import { writeNewSheets } from "./writeNewSheets.js";

async function createIn(fake: FakeExcel, settings: Settings) {
  const templates = [targetTemplate(), ownershipTemplate(), ...ruleTemplates(settings)];
  const written = await writeNewSheets(fake, planNewSheets(templates), { capabilities: ALL });
  const sheets = [];
  for (const w of written)
    sheets.push((await readSheetGrid(fake, { sheet: w.sheet, capabilities: ALL })).sheet);
  return { written, workbook: { file: "任务.xlsx", sheets } };
}

describe("planNewSheets()", () => {
  it("writes the rule sheets with their filled rows inside the table and dropdowns on 类别 and 计分方式", async () => {
    const fake = new FakeExcel();
    const { written } = await createIn(fake, DEFAULT_SETTINGS);
    expect(written.map((w) => w.sheet)).toEqual([
      "指标任务分解",
      "重复项目归属",
      "考评办法",
      "达标要求",
      "统计口径",
    ]);
    // 办法名称, four items and two deductions below the header.
    expect(fake.cell("考评办法", "B2")?.value).toBe("默认考评办法");
    expect(fake.cell("考评办法", "B5")?.value).toBe("资金到位率");
    expect(fake.cell("考评办法", "B8")?.value).toBe("未办结用地手续即开工");
    const table = fake.state.tables.find((t) => t.sheet.name === "考评办法");
    expect(table?.range).toEqual({ top: 0, left: 0, bottom: 7, right: 6 });
    const sources = fake.sheet("考评办法").validations.map((v) => v.rule.list?.source);
    expect(sources).toContain("办法名称,考评项目,扣分项");
    expect(sources).toContain("按比例,分档,每项扣分");
    // 统计口径: each rule's cell offers the usual choices.
    const policy = fake.sheet("统计口径").validations.map((v) => [v.range, v.rule.list?.source]);
    expect(policy).toContainEqual([
      { top: 1, bottom: 1, left: 1, right: 1 },
      "境外、省外、省内市外、市内,境外、省外、省内市外,境外、省外,境外、省外、省内市外、市内、县内",
    ]);
    expect(policy).toContainEqual([
      { top: 2, bottom: 2, left: 1, right: 1 },
      "合同、协议,合同,合同、协议、框架协议",
    ]);
  });

  it("creates sheets that readCountyRules reads back to the settings the workbook held", async () => {
    const own: Settings = {
      ...DEFAULT_SETTINGS,
      requirements: [{ indicator: "arrival_rate_new", atLeast: 0.5 }],
      countingPolicy: { ...DEFAULT_COUNTING_POLICY, minSigned: 500 },
    };
    const { workbook } = await createIn(new FakeExcel(), own);
    const read = readCountyRules(
      { file: workbook.file, workbook },
      { ...DEFAULT_SETTINGS, scoring: { name: "别的", items: [], deductions: [] } },
    );
    expect(read.issues).toEqual([]);
    expect(read.settings.scoring).toEqual(DEFAULT_SETTINGS.scoring);
    expect(read.settings.requirements).toEqual(own.requirements);
    expect(read.settings.countingPolicy).toEqual(own.countingPolicy);
  });
});

describe("planNewSheets() on any template", () => {
  const template = (rows?: string[][]): SheetTemplate => ({
    sheetName: "规则",
    tableName: "规则",
    columns: [
      { key: "a", header: "口径", type: "text", numFmt: "@", width: 10 },
      { key: "b", header: "日期", type: "date", numFmt: "yyyy-mm-dd", width: 12 },
    ],
    example: ["示例", "2025-01-02"],
    bodyRows: 2,
    ...(rows ? { rows } : {}),
  });
  const valuesOf = (sheet: NewSheet) =>
    sheet.cells.filter((c) => c.row > 0 && c.value !== null).map((c) => [c.address, c.value]);

  it("writes the example row, its ISO date as Excel's serial number, when there are no rows", () => {
    const [sheet] = planNewSheets([template()]).sheets;
    expect(valuesOf(sheet!)).toEqual([
      ["A2", "示例"],
      ["B2", 45659],
    ]);
    expect(sheet!.table?.range).toEqual({ top: 0, bottom: 1, left: 0, right: 1 });
  });

  it("writes every filled row inside the table, even past bodyRows, formats and dropdowns over them", () => {
    const rows = [["一"], ["二"], ["三"], ["四"]];
    const [sheet] = planNewSheets([template(rows)]).sheets;
    expect(valuesOf(sheet!)).toEqual([
      ["A2", "一"],
      ["A3", "二"],
      ["A4", "三"],
      ["A5", "四"],
    ]);
    expect(sheet!.table?.range).toEqual({ top: 0, bottom: 4, left: 0, right: 1 });
    expect(sheet!.rowCount).toBe(5);
    expect(sheet!.cells.filter((c) => c.row === 4).map((c) => c.numFmt)).toEqual([
      "@",
      "yyyy-mm-dd",
    ]);
  });
});

describe("新建台账's rule sheets in WPS", () => {
  it("are written from the same plan as in Excel, cell for cell, dropdowns included", async () => {
    const plan = () => planNewSheets(ruleTemplates(DEFAULT_SETTINGS));
    const excel = new FakeExcel();
    const wps = new FakeEt();
    const fromExcel = await excelPaneHost(excel, ALL).writeNewSheets(plan());
    const fromWps = await wpsPaneHost(wps).writeNewSheets(plan());
    expect(fromWps).toEqual(fromExcel);
    const values = (rows: ({ value: unknown } | undefined)[][]) =>
      rows.map((row) => (row ?? []).map((c) => c?.value ?? ""));
    const lists = (v: { range: object; rule: { list?: { source: string } } }[]) =>
      v.map((x) => [x.range, x.rule.list?.source]);
    for (const { sheet } of fromWps) {
      expect(values(wps.sheet(sheet).rows), sheet).toEqual(values(excel.sheet(sheet).rows));
      expect(lists(wps.sheet(sheet).validations), sheet).toEqual(
        lists(excel.sheet(sheet).validations),
      );
    }
    expect(wps.sheet("考评办法").rows[2]?.[1]?.value).toBe("签约资金完成率");
  });
});
