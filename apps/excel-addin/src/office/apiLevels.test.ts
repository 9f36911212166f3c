// Every button of the pane on Excel of each ExcelApi level and platform: either it works (and
// uses nothing above the level, which the fake refuses with ApiNotFound), or its button is
// disabled and the capability notice explains, in Chinese, what this Excel lacks.
import { DEFAULT_SETTINGS } from "@zsyz/indicators";
import { ledgerTemplate, readLedger, targetTemplate } from "@zsyz/ledger";
import { makeSheet, sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import type { FakePlatform } from "../../testing/fakeExcel/FakeRequestContext.js";
import { marksFromIssues } from "../marksFromIssues.js";
import { runOneClick } from "../runOneClick.js";
import {
  ACTION_NEEDS,
  MISSING_CAPABILITY_NOTES,
  detectCapabilities,
  type Capabilities,
  type PaneAction,
} from "./capabilities.js";
import { excelPaneHost } from "./excelPaneHost.js";
import { fillCompletion } from "./fillCompletion.js";
import { clearMarks, markCells } from "./marks.js";
import { planNewSheets } from "./planNewSheets.js";
import { readSheetGrid } from "./readSheetGrid.js";
import { runSelfCheck } from "./selfCheck.js";
import {
  insertTextAtSelection,
  readWorkbookSettings,
  writeWorkbookSettings,
} from "./settingsStore.js";
import { writeNewSheets } from "./writeNewSheets.js";

const LEDGER = sampleLedgers(2024)[2]!;
const SHEET = LEDGER.sheets[0]!.name;

/** A workbook with a township ledger, the targets and a completion table, as a county keeps them. */
function county(apiMinor: number, platform: FakePlatform): FakeExcel {
  const fake = new FakeExcel({ apiMinor, platform });
  fake.loadGrid({
    file: "全县.xlsx",
    sheets: [
      LEDGER.sheets[0]!,
      { ...sampleTargets().sheets[0]!, name: "任务分解" },
      makeSheet("完成情况", [
        ["单位", "签约资金任务", "签约资金完成", "签约资金完成率"],
        ["东城街道", 100, 50, null],
      ]),
    ],
  });
  return fake;
}

/** What each button does, end to end on the adapter, checked by what the user would see. */
const ACTIONS: Record<PaneAction, (fake: FakeExcel, caps: Capabilities) => Promise<void>> = {
  新建台账: async (fake, caps) => {
    const written = await writeNewSheets(
      fake,
      planNewSheets([ledgerTemplate(2024), targetTemplate()]),
      {
        capabilities: caps,
      },
    );
    expect(written.map((w) => w.sheet)).toEqual(["项目台账", "指标任务分解"]);
    expect(fake.sheet("项目台账").validations.length).toBeGreaterThan(0);
  },
  校验台账: async (fake, caps) => {
    const grid = await readSheetGrid(fake, { sheet: SHEET, capabilities: caps });
    const read = readLedger({ file: grid.file, sheets: [grid.sheet] }, { asOf: "2024-09-30" });
    expect(read.records.length).toBeGreaterThan(3);
  },
  标记问题单元格: async (fake, caps) => {
    const grid = await readSheetGrid(fake, { sheet: SHEET, capabilities: caps });
    const read = readLedger({ file: grid.file, sheets: [grid.sheet] }, { asOf: "2024-09-30" });
    const summary = await markCells(fake, SHEET, marksFromIssues(read.issues, SHEET), {
      capabilities: caps,
    });
    expect(summary.cells).toBeGreaterThan(0);
    expect((await clearMarks(fake, { capabilities: caps })).restored).toBe(summary.cells);
  },
  一键计算: async (fake, caps) => {
    const out = await runOneClick(
      excelPaneHost(fake, caps),
      { ledgerSheets: [SHEET], targetSheet: "任务分解", asOf: "2024-09-30" },
      DEFAULT_SETTINGS,
    );
    expect(out.applied).toMatchObject({ ok: true });
    expect(fake.state.calculationStale).toBe(false);
  },
  填充完成率公式: async (fake, caps) => {
    const out = await fillCompletion(fake, { sheet: "完成情况", sumifs: [], capabilities: caps });
    expect(out.ok).toBe(true);
    expect(fake.cell("完成情况", "D2")?.formula).toBe('=IFERROR(C2/B2,"")');
  },
  插入到当前单元格: async (fake) => {
    expect(await insertTextAtSelection(fake, "2024年全县签约资金")).toBe("'9月台账'!A1");
  },
  保存设置: async (fake) => {
    await writeWorkbookSettings(fake, { ...DEFAULT_SETTINGS, countyName: "全区" });
    expect((await readWorkbookSettings(fake)).settings.countyName).toBe("全区");
  },
  自检: async (fake, caps) => {
    const report = await runSelfCheck(fake, caps);
    expect(report.items.every((i) => i.outcome !== "failed")).toBe(true);
  },
};

const LEVELS: [number, FakePlatform][] = [
  [4, "windows"],
  [7, "windows"],
  [8, "mac"],
  [12, "web"],
  [18, "web"],
];

describe.each(LEVELS)("Excel with ExcelApi 1.%d on %s", (minor, platform) => {
  const caps = detectCapabilities(county(minor, platform));
  it.each(Object.keys(ACTIONS) as PaneAction[])(
    "「%s」 works, or is disabled and explained",
    async (action) => {
      const need = ACTION_NEEDS[action];
      if (!caps[need]) {
        // Disabled in the pane (App reads ACTION_NEEDS); the notice names what is missing.
        expect(MISSING_CAPABILITY_NOTES[need]).toMatch(/需要.*ExcelApi/);
        return;
      }
      const fake = county(minor, platform);
      await ACTIONS[action](fake, caps);
    },
  );
});

describe("capabilities by level", () => {
  it.each([
    [4, []],
    [7, ["base"]],
    [8, ["base", "dataValidation"]],
    [12, ["base", "dataValidation", "specialCells"]],
    [18, ["base", "dataValidation", "specialCells", "mergedAreas", "notes"]],
  ])("ExcelApi 1.%d has %j", (minor, expected) => {
    const caps = detectCapabilities(county(minor as number, "windows"));
    expect(Object.keys(caps).filter((k) => caps[k as keyof Capabilities])).toEqual(expected);
  });
});
