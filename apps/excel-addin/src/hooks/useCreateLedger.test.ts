import { readCountyRules, ruleTemplates } from "@zsyz/county";
import { DEFAULT_SETTINGS, type Settings } from "@zsyz/indicators";
import { DEFAULT_COUNTING_POLICY, ownershipTemplate, targetTemplate } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { ALL_CAPABILITIES as ALL } from "../../testing/fakeExcel/allCapabilities.js";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { readSheetGrid } from "../office/readSheetGrid.js";
import { writeNewSheets } from "../office/writeNewSheets.js";
import { planTemplates } from "./useCreateLedger.js";

async function createIn(fake: FakeExcel, settings: Settings) {
  const templates = [targetTemplate(), ownershipTemplate(), ...ruleTemplates(settings)];
  const written = await writeNewSheets(fake, planTemplates(templates), { capabilities: ALL });
  const sheets = [];
  for (const w of written)
    sheets.push((await readSheetGrid(fake, { sheet: w.sheet, capabilities: ALL })).sheet);
  return { written, workbook: { file: "任务.xlsx", sheets } };
}

describe("planTemplates()", () => {
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
