import { DEFAULT_SETTINGS } from "@zsyz/indicators";
import type { GridSheet } from "@zsyz/ledger";
import { makeSheet, sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { ALL_CAPABILITIES } from "../testing/fakeExcel/allCapabilities.js";
import { FakeExcel } from "../testing/fakeExcel/FakeExcel.js";
import { excelPaneHost } from "./office/excelPaneHost.js";
import { type OneClickRules, oneClickRules, ruleSheetNotice } from "./ruleSheetNotice.js";
import { runOneClick } from "./runOneClick.js";

const BEFORE_SCHEME =
  "本工作簿有「考评办法」表：一键计算和命令行将按该表计算（该表读不出或没有填写内容时除外，届时按这里的设置计算）。要修改请直接编辑该表。";
const TOOK_SCHEME =
  "本工作簿的「考评办法」表优先：一键计算和命令行都按该表计算，这里的设置仅在没有该表时使用。要修改请直接编辑该表。";
const UNUSED_SCHEME =
  "本工作簿的「考评办法」表上次一键计算时未采用（表头认不出或没有可用的考评项目，见问题清单），按这里的设置计算。";

describe("ruleSheetNotice before any 一键计算", () => {
  it("says what a run will do with a rule sheet the workbook has, by its name as found", () => {
    expect(ruleSheetNotice("考评办法", ["9月台账", "考评办法"], null)).toBe(BEFORE_SCHEME);
    expect(ruleSheetNotice("统计口径", ["统计 口径"], null)).toBe(
      "本工作簿有「统计 口径」表：一键计算和命令行将按该表计算（该表读不出或没有填写内容时除外，届时按这里的设置计算）。要修改请直接编辑该表。",
    );
  });

  it("says nothing above a form whose sheet the workbook does not have", () => {
    expect(ruleSheetNotice("达标要求", ["9月台账", "考评办法"], null)).toBeNull();
  });
});

describe("ruleSheetNotice after a 一键计算", () => {
  const run = (r: Partial<OneClickRules>): OneClickRules => ({
    read: [],
    taken: [],
    issueSheets: [],
    ...r,
  });

  it("says a sheet the run took wins over the form", () => {
    const last = run({ read: [" 考评办法"], taken: [{ sheet: " 考评办法", part: "scoring" }] });
    expect(ruleSheetNotice("考评办法", [" 考评办法"], last)).toBe(
      "本工作簿的「 考评办法」表优先：一键计算和命令行都按该表计算，这里的设置仅在没有该表时使用。要修改请直接编辑该表。",
    );
  });

  it("says a sheet the run did without was not used, why, and that the form's settings counted", () => {
    const last = run({ read: ["考评办法"], issueSheets: ["考评办法"] });
    expect(ruleSheetNotice("考评办法", ["考评办法"], last)).toBe(UNUSED_SCHEME);
    expect(ruleSheetNotice("考评办法", ["考评办法"], run({ read: ["考评办法"] }))).toBe(
      "本工作簿的「考评办法」表上次一键计算时未采用（表中没有填写考评项目），按这里的设置计算。",
    );
    const requirements = run({ read: ["达标要求"], issueSheets: ["达标要求"] });
    expect(ruleSheetNotice("达标要求", ["达标要求"], requirements)).toBe(
      "本工作簿的「达标要求」表上次一键计算时未采用（表头认不出，见问题清单），按这里的设置计算。",
    );
    expect(ruleSheetNotice("统计口径", ["统计口径"], run({ read: ["统计口径"] }))).toBe(
      "本工作簿的「统计口径」表上次一键计算时未采用（表中没有填写认得出的口径），按这里的设置计算。",
    );
  });

  it("takes another sheet's part for none of its own: a run that took 统计口径 did without 考评办法", () => {
    const last = run({
      read: ["考评办法", "统计口径"],
      taken: [{ sheet: "统计口径", part: "counting" }],
      issueSheets: ["考评办法"],
    });
    expect(ruleSheetNotice("考评办法", ["考评办法", "统计口径"], last)).toBe(UNUSED_SCHEME);
  });

  it("speaks of a sheet added since the run as before one, and of a sheet removed since not at all", () => {
    expect(ruleSheetNotice("考评办法", ["考评办法"], run({}))).toBe(BEFORE_SCHEME);
    const last = run({ read: ["考评办法"], taken: [{ sheet: "考评办法", part: "scoring" }] });
    expect(ruleSheetNotice("考评办法", ["9月台账"], last)).toBeNull();
  });
});

describe("ruleSheetNotice from a real 一键计算 (oneClickRules)", () => {
  const ledgers = sampleLedgers(2024);
  const chengguan = ledgers.find((w) => w.file.startsWith("城关镇"))!.sheets[0]!;

  async function computeWith(rule: GridSheet) {
    const fake = new FakeExcel();
    const sheets = [
      { ...chengguan, name: "城关镇" },
      { ...sampleTargets().sheets[0]!, name: "任务分解" },
      rule,
    ];
    fake.loadGrid({ file: "全县.xlsx", sheets });
    const result = await runOneClick(
      excelPaneHost(fake, ALL_CAPABILITIES),
      { ledgerSheets: ["城关镇"], targetSheet: "任务分解", asOf: "2024-09-30" },
      DEFAULT_SETTINGS,
    );
    return ruleSheetNotice(
      rule.name,
      sheets.map((s) => s.name),
      oneClickRules(result),
    );
  }

  it("after a run that scored by the workbook's 考评办法, says that sheet wins", async () => {
    const notice = await computeWith(
      makeSheet("考评办法", [
        ["类别", "指标或问题", "分值"],
        ["考评项目", "签约资金完成率", 100],
      ]),
    );
    expect(notice).toBe(TOOK_SCHEME);
  });

  it("after a run that could not find the 考评办法 header, says it was not used and to look in 问题清单", async () => {
    const notice = await computeWith(
      makeSheet("考评办法", [
        ["考核内容", "满分"],
        ["签约资金完成率", 100],
      ]),
    );
    expect(notice).toBe(UNUSED_SCHEME);
  });

  it("after a run over a 考评办法 whose only row names no indicator it knows, says it was not used", async () => {
    const notice = await computeWith(
      makeSheet("考评办法", [
        ["类别", "指标或问题", "分值"],
        ["考评项目", "不存在的指标", 100],
      ]),
    );
    expect(notice).toBe(UNUSED_SCHEME);
  });

  it("after a run over a 达标要求 with its header and no rows (as 新建台账 creates it), says it was not used", async () => {
    const notice = await computeWith(makeSheet("达标要求", [["指标", "达标线", "说明"]]));
    expect(notice).toBe(
      "本工作簿的「达标要求」表上次一键计算时未采用（表中没有填写达标要求），按这里的设置计算。",
    );
  });
});
