import { buildSummaryJson } from "@zsyz/county";
import { DEFAULT_SETTINGS } from "@zsyz/indicators";
import { makeSheet, sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { ALL_CAPABILITIES } from "../testing/fakeExcel/allCapabilities.js";
import { FakeExcel } from "../testing/fakeExcel/FakeExcel.js";
import { excelPaneHost } from "./office/excelPaneHost.js";
import { runOneClick } from "./runOneClick.js";

const AS_OF = "2024-09-30";
const ledgers = sampleLedgers(2024);
const chengguan = ledgers.find((w) => w.file.startsWith("城关镇"))!.sheets[0]!;
const kaifaqu = ledgers
  .find((w) => w.file.startsWith("经济开发区"))!
  .sheets.find((s) => s.name === "台账")!;
// Both units report the project on their row 6 (worked out from the sample ledgers).
const shared = String(chengguan.rows[5]![1]!.value);

/** 城关镇 and 经济开发区 in one workbook with the targets, and maybe the 重复项目归属 sheet. */
function workbook(ownership: boolean): FakeExcel {
  const fake = new FakeExcel();
  fake.loadGrid({
    file: "全县.xlsx",
    sheets: [
      { ...chengguan, name: "城关镇" },
      { ...kaifaqu, name: "经济开发区" },
      { ...sampleTargets().sheets[0]!, name: "任务分解" },
      ...(ownership
        ? [
            makeSheet("重复项目归属", [
              ["项目名称", "归属单位", "说明"],
              [shared, "城关镇", "经县招商局核实"],
            ]),
          ]
        : []),
    ],
  });
  return fake;
}

const oneClick = (fake: FakeExcel) =>
  runOneClick(
    excelPaneHost(fake, ALL_CAPABILITIES),
    { ledgerSheets: ["城关镇", "经济开发区"], targetSheet: "任务分解", asOf: AS_OF },
    DEFAULT_SETTINGS,
  );

describe("一键计算 with the county's rules beside the targets", () => {
  it("takes a project both units report out of the county total once, through the deduction row", async () => {
    const { run } = await oneClick(workbook(false));
    expect(buildSummaryJson(run, AS_OF).total?.dedup).toMatchObject({ n_signed: 1 });
  });

  it("reads the workbook's 重复项目归属 sheet: the owner alone counts the project, no deduction", async () => {
    const { run } = await oneClick(workbook(true));
    expect(buildSummaryJson(run, AS_OF).total?.dedup).toMatchObject({ n_signed: 0, amt_signed: 0 });
    const dup = run.issues.filter((i) => i.code === "duplicate_project");
    expect(dup.map((i) => i.severity)).not.toContain("error");
  });
});
