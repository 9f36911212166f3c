// The sample county with rules of its own: the bundled ledgers beside a target workbook that
// holds, after 任务分解, the 考评办法, 达标要求 and 统计口径 sheets 新建台账 writes
// (ruleTemplates of @zsyz/county) filled with NON-default rules, plus one bad row in two of them.
// The CLI, the web page and the pane must all read these sheets the same way.
import { ruleTemplates } from "@zsyz/county";
import { DEFAULT_SETTINGS, type Settings } from "@zsyz/indicators";
import type { CellValue, GridWorkbook } from "@zsyz/ledger";
import { makeSheet, sampleTargets } from "@zsyz/ledger/samples";
import { writeGrid } from "@zsyz/xlsx";
import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { FIXTURES } from "./runZsyz.js";

/**
 * The county's rules for the year, none of them the default:
 * - 考评办法: 签约资金完成率 80分 按比例, capped at 100%; 资金到位率 20分 by tiers (30% → full,
 *   25% → half, below nothing); 2分 off per 疑似重复报送, at most 10;
 * - 达标要求: 资金到位率 ≥ 25%, 开工率 ≥ 50%;
 * - 统计口径: money from 境外、省外、省内市外 only (市内 and 县内 not counted), 合同/协议, and a
 *   new project counts from 1000万元 of 签约资金.
 */
export const RULE_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  scoring: {
    name: "2024年度招商引资考评办法",
    items: [
      { indicator: "rate_signed", weight: 80, method: "linear", cap: 1 },
      {
        indicator: "arrival_rate_new",
        weight: 20,
        method: "tiers",
        tiers: [
          { atLeast: 0.3, share: 1 },
          { atLeast: 0.25, share: 0.5 },
        ],
      },
    ],
    deductions: [{ code: "duplicate_project", points: 2, max: 10 }],
  },
  requirements: [
    { indicator: "arrival_rate_new", atLeast: 0.25 },
    { indicator: "start_rate_new", atLeast: 0.5 },
  ],
  countingPolicy: {
    origins: ["境外", "省外", "省内市外"],
    signTypes: ["合同", "协议"],
    minSigned: 1000,
  },
};

/** Where the bad rows land (A1 cells of the target workbook), and the sheet each is in. */
export const BAD_CELLS = {
  /** 考评办法: an item worth "十五分" (not a number), of 到位资金完成率. */
  schemePoints: { sheet: "考评办法", cell: "C5", raw: "十五分" },
  /** 达标要求: an indicator nobody has ("招商满意度"). */
  requirementName: { sheet: "达标要求", cell: "A4", raw: "招商满意度" },
} as const;

/**
 * The target workbook: sampleTargets()'s 任务分解, then the three rule sheets as 新建台账 lays
 * them out (header row, then the filled rows), with the two bad rows of BAD_CELLS among them.
 */
export function ruleTargets(file = "任务分解表.xlsx"): GridWorkbook {
  const [scheme, requirements, policy] = ruleTemplates(RULE_SETTINGS);
  if (!scheme || !requirements || !policy) throw new Error("ruleTemplates gave fewer sheets");
  // The bad rows: in 考评办法 after its two items (row 5), in 达标要求 after its two lines (row 4).
  const bad = new Map<string, { at: number; row: CellValue[] }>([
    [
      scheme.sheetName,
      { at: 3, row: ["考评项目", "到位资金完成率", "十五分", "按比例", "120%", null, null] },
    ],
    [requirements.sheetName, { at: 2, row: ["招商满意度", "90%以上", null] }],
  ]);
  const sheets = [scheme, requirements, policy].map((t) => {
    const rows = (t.rows ?? []).map((r) => [...r]);
    const b = bad.get(t.sheetName);
    if (b) rows.splice(b.at, 0, b.row);
    return makeSheet(t.sheetName, [t.columns.map((c) => c.header), ...rows]);
  });
  return { file, sheets: [...sampleTargets().sheets, ...sheets] };
}

/**
 * A county folder in `dir` as staff keep it: 台账/ with the bundled ledgers (copied) and
 * 任务分解表.xlsx with the rules. Paths are given relative to `dir`, so the CLI run there and
 * the page (which names files by their folder) name them alike.
 */
export async function writeRuleCounty(dir: string): Promise<{ ledgers: string; targets: string }> {
  const ledgers = join(dir, "台账");
  await mkdir(ledgers, { recursive: true });
  for (const f of await readdir(join(FIXTURES, "台账")))
    await copyFile(join(FIXTURES, "台账", f), join(ledgers, f));
  const targets = join(dir, "任务分解表.xlsx");
  await writeFile(targets, writeGrid(ruleTargets()));
  return { ledgers, targets };
}
