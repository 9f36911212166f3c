// 招商台账助手.html with a target workbook that carries the county's own rules (考评办法,
// 达标要求, 统计口径, none of them the default, two with a bad row): the page reads the rule
// sheets exactly as `zsyz merge` does — the same JSON summary — and names the bad cells.
// The figures themselves are worked by hand in tests/batch/rules.e2e.test.ts.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD_CELLS, writeRuleCounty } from "../helpers/ruleCounty.js";
import { runZsyz, type SummaryJson } from "../helpers/runZsyz.js";
import {
  buildPage,
  downloadSummary,
  launchChromium,
  openPage,
  type OpenPage,
  runCheck,
} from "./webPage.js";

const AS_OF = "2024-09-30";

let browser: Browser;
let opened: OpenPage;
let page: Page;
let dir: string;
let cliSummary: SummaryJson;

beforeAll(async () => {
  buildPage();
  dir = await mkdtemp(join(tmpdir(), "zsyz-web-rules-"));
  await writeRuleCounty(dir);
  // Paths relative to the county folder, as the page names the files it is given.
  const cli = runZsyz(
    [
      "merge",
      "台账",
      "--targets",
      "任务分解表.xlsx",
      "--as-of",
      AS_OF,
      "--out",
      "县汇总.xlsx",
      "--json",
      "汇总.json",
      "-q",
    ],
    { cwd: dir },
  );
  expect(cli.code, cli.stderr).toBe(1);
  cliSummary = JSON.parse(await readFile(join(dir, "汇总.json"), "utf8")) as SummaryJson;
  browser = await launchChromium();
  opened = await openPage(browser);
  page = opened.page;
});

afterAll(async () => {
  await browser?.close();
});

describe("招商台账助手.html with the county's rules in the target workbook", () => {
  it("gives the same JSON summary as `zsyz merge --json`: scores, requirements, policy", async () => {
    await page.getByTestId("pick-folder").setInputFiles(join(dir, "台账"));
    await page.getByTestId("pick-files").setInputFiles(join(dir, "任务分解表.xlsx"));
    await expect.poll(() => page.getByTestId("file-count").innerText()).toBe("已选择 7 个文件");
    await runCheck(page, AS_OF);
    const summary = await downloadSummary<SummaryJson>(page, "汇总-考评办法.json");
    // The rules took effect (not the defaults: 45 new projects, no meets_K), then all of it.
    expect(summary.total.indicators.n_signed).toBe(41);
    expect(summary.units.map((u) => u.indicators.score)).toEqual([
      88, 98.193, 80, 68.2524, 0, 80, 0,
    ]);
    expect(summary.units[0]!.indicators.meets_start_rate_new).toBe(true);
    expect(summary).toEqual(cliSummary);
  });

  it("names each bad rule cell under the target workbook, with its sheet, cell and message", async () => {
    await page.getByRole("tab", { name: "检查结果" }).click();
    const list = page.getByTestId("issue-list");
    await list.getByRole("button", { name: /任务分解表\.xlsx/ }).click();
    for (const bad of [BAD_CELLS.schemePoints, BAD_CELLS.requirementName]) {
      const issue = cliSummary.issues.find(
        (i) => i.code === "settings_invalid" && i.sheet === bad.sheet,
      )!;
      expect([issue.cell, issue.raw]).toEqual([bad.cell, bad.raw]);
      await list.getByText(`${bad.sheet}!${bad.cell}`, { exact: true }).waitFor();
      await list.getByText(issue.message).waitFor();
    }
  });

  it("says the rule sheets win over 设置: in 检查结果, and above each form they replace", async () => {
    await page.getByRole("tab", { name: "检查结果" }).click();
    expect(await page.getByTestId("accounting").innerText()).toContain(
      "「考评办法」「达标要求」「统计口径」按任务分解表所在工作簿中的表计算（优先于「设置」）。",
    );
    await page.getByRole("tab", { name: "设置" }).click();
    for (const sheet of ["考评办法", "达标要求", "统计口径"])
      await page
        .getByText(
          `目标表所在工作簿的「${sheet}」表优先：上次检查所用的「任务分解表.xlsx」中有该表，按该表计算，这里的设置仅在没有该表时使用。要修改请直接编辑该表。`,
        )
        .waitFor();
    await page.getByRole("tab", { name: "检查与汇总" }).click();
  });

  it("loaded nothing but the file itself, and logged no error", () => {
    expect(opened.requests.filter((u) => !u.startsWith("blob:"))).toEqual([opened.url]);
    expect(opened.errors).toEqual([]);
  });
});
