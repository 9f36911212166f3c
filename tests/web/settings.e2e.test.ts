// 设置 in 招商台账助手.html from file://, with the pane's own editor: settings typed into the
// forms change the run (figures worked by hand from the sample ledgers below), stay in the
// browser across a reload (撤销修改 and 恢复默认 keep nothing until saved), and a settings file exported by the pane gives the JSON summary
// `zsyz merge --settings` gives for that file. A bad file is refused in Chinese, changing
// nothing; a browser that keeps no site data keeps settings for the visit and says so.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, runZsyz, type SummaryJson } from "../helpers/runZsyz.js";
import { readWorkbook, sheetOf } from "../helpers/xlsxParts.js";
import {
  ARTIFACTS,
  buildPage,
  download,
  downloadSummary,
  launchChromium,
  openPage,
  type OpenPage,
  runCheck,
} from "./webPage.js";

const AS_OF = "2024-09-30";

/**
 * A settings file as the pane's 导出 writes it (serializeSettings: the whole Settings, keys not
 * names), with every part changed from the defaults.
 */
const PANE_EXPORT = {
  version: 1,
  rounding: { yiDecimals: 1, wanDecimals: 0, percentDecimals: 1, ppDecimals: 1, trimZeros: false },
  displayUnit: "万元",
  countyName: "全区",
  scoring: {
    name: "区考评办法",
    items: [
      { indicator: "rate_signed", weight: 60, method: "linear", cap: 1 },
      { indicator: "custom_1", weight: 40, method: "linear", cap: 1 },
    ],
    deductions: [{ code: "duplicate_project", points: 5, max: 10 }],
  },
  customIndicators: [
    { key: "custom_1", name: "新签到位比", expression: "新签约项目到位资金 / 签约资金" },
  ],
  requirements: [{ indicator: "arrival_rate_new", atLeast: 0.25 }],
  leadMeasure: "arrived",
  countingPolicy: { origins: ["境外", "省外"], signTypes: ["合同"], minSigned: 1000 },
  sizeBands: [5000, 50000],
};

let browser: Browser;
let opened: OpenPage;
let page: Page;
let dir: string;

/** Chooses the bundled samples (folder of ledgers + target table) and runs a check. */
async function checkSamples(p: Page): Promise<void> {
  await p.getByRole("tab", { name: "检查与汇总" }).click();
  await p.getByTestId("pick-folder").setInputFiles(join(FIXTURES, "台账"));
  await p.getByTestId("pick-files").setInputFiles(join(FIXTURES, "任务分解表.xlsx"));
  await expect.poll(() => p.getByTestId("file-count").innerText()).toBe("已选择 7 个文件");
  await runCheck(p, AS_OF);
}

beforeAll(async () => {
  buildPage();
  dir = await mkdtemp(join(tmpdir(), "zsyz-web-settings-"));
  browser = await launchChromium();
  opened = await openPage(browser);
  page = opened.page;
});

afterAll(async () => {
  await browser?.close();
});

describe("设置 in 招商台账助手.html", () => {
  it("runs with the county name, a size band and a custom indicator typed into the forms", async () => {
    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByLabel("本县称谓").fill("全区");
    await page.getByLabel("签约金额分档（万元）").fill("25000");
    await page.getByRole("button", { name: "添加自定义指标" }).click();
    await page.getByLabel("自定义指标1的名称").fill("新签到位比");
    await page.getByLabel("自定义指标1的公式").fill("新签约项目到位资金 / 签约资金");
    await page.getByText("公式可以使用。").waitFor();
    await page.getByRole("button", { name: "保存设置" }).click();
    await page.getByText("设置已保存到本浏览器，下次「开始检查」起生效。").waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "web-settings.png"), fullPage: true });

    await checkSamples(page);
    expect(await page.getByTestId("settings-line").innerText()).toContain(
      "本县称谓「全区」；签约金额分档 25000 万元",
    );
    expect(await page.getByTestId("headline").innerText()).toMatch(/^截至 2024-09-30：全区/);
    const summary = await downloadSummary<SummaryJson>(page, "汇总-设置.json");
    const at = (unit: string) => summary.units.find((u) => u.unit === unit)!.indicators;
    // Projects signed in 2024 (合同/协议, any counted origin) of 签约资金 ≥ 25000 万元, by hand:
    //   城关镇: 智能装备制造 26023, 智能装备制造产业园 26000, 电商物流园 28063, 纺织服装 28265
    //   东城街道 (亿元): 医疗器械产业园 3.5 = 35000, 生物医药二期 2.967 = 29670 (城市商业综合体
    //     6亿 is 口头约定, not a signing)
    //   经济开发区: 数据中心二期 26059, 智能装备制造产业园 26000, 新型建材扩建 28901
    //   南湖镇: 汽车零部件扩建 29079; 河西乡, 北山镇: none (北山镇's 8000 was signed in 2023)
    // The county counts 智能装备制造产业园 (reported by both) once: 10 − 1 projects.
    expect([at("城关镇").n_signed_ge_25000, at("城关镇").amt_signed_ge_25000]).toEqual([4, 108351]);
    expect([at("东城街道").n_signed_ge_25000, at("东城街道").amt_signed_ge_25000]).toEqual([
      2, 64670,
    ]);
    expect([at("经济开发区").n_signed_ge_25000, at("经济开发区").amt_signed_ge_25000]).toEqual([
      3, 80960,
    ]);
    expect([at("南湖镇").n_signed_ge_25000, at("河西乡").n_signed_ge_25000]).toEqual([1, 0]);
    const total = summary.total.indicators;
    expect([total.n_signed_ge_25000, total.amt_signed_ge_25000]).toEqual([
      9,
      29079 + 108351 + 64670 + 80960 - 26000,
    ]);
    // The default bands are gone; the custom indicator is the ratio of its two figures.
    expect(total.n_signed_ge_10000).toBeUndefined();
    expect(total.custom_1).toBeCloseTo(
      Number(total.amt_arrived_new) / Number(total.amt_signed),
      12,
    );

    // The workbook: 指标汇总 has the band's and the custom indicator's columns.
    await page.getByRole("tab", { name: "合并" }).click();
    const book = readWorkbook(
      await readFile(await download(page, "download-xlsx", "县汇总-设置.xlsx")),
      "县汇总-设置.xlsx",
    );
    const header = sheetOf(book, "指标汇总")
      .rows.map((r) => r.map((c) => String(c?.value ?? "")))
      .find((r) => r.some((v) => v.startsWith("签约资金完成率")))!;
    expect(header.some((v) => v.startsWith("新签到位比"))).toBe(true);
    expect(header.some((v) => v.startsWith("25000万元以上项目数"))).toBe(true);
    expect(header.some((v) => v.startsWith("亿元以上项目数"))).toBe(false);
    expect(opened.errors).toEqual([]);
  });

  it("still has the settings after the page is reloaded", async () => {
    await page.reload();
    await page.getByRole("heading", { name: "招商台账助手" }).waitFor();
    expect(await page.getByTestId("settings-line").innerText()).toContain("本县称谓「全区」");
    await page.getByRole("tab", { name: "设置" }).click();
    expect(await page.getByLabel("本县称谓").inputValue()).toBe("全区");
    expect(await page.getByLabel("签约金额分档（万元）").inputValue()).toBe("25000");
    expect(await page.getByLabel("自定义指标1的公式").inputValue()).toBe(
      "新签约项目到位资金 / 签约资金",
    );
  });

  it("refills the forms with 撤销修改 and 恢复默认, and keeps nothing until 保存设置", async () => {
    await page.getByLabel("本县称谓").fill("全市");
    await page.getByRole("button", { name: "撤销修改" }).click();
    await page.getByText("已撤销未保存的修改。").waitFor();
    expect(await page.getByLabel("本县称谓").inputValue()).toBe("全区");
    await page.getByRole("button", { name: "恢复默认" }).click();
    await page.getByText("已填入默认设置，点「保存设置」后生效。").waitFor();
    expect(await page.getByLabel("本县称谓").inputValue()).toBe("全县");
    expect(await page.getByLabel("签约金额分档（万元）").inputValue()).toBe("");
    expect(await page.getByRole("group", { name: "自定义指标1", exact: true }).count()).toBe(0);
    // Not saved: the page opens again with the saved settings.
    await page.reload();
    await page.getByRole("heading", { name: "招商台账助手" }).waitFor();
    await page.getByRole("tab", { name: "设置" }).click();
    expect(await page.getByLabel("本县称谓").inputValue()).toBe("全区");
  });

  it("refuses a file that is not a settings file, in Chinese, and changes nothing", async () => {
    const bad = join(dir, "坏的设置.json");
    await writeFile(bad, '{"version": 1, "countyName": ');
    await page.getByRole("button", { name: "导入", exact: true }).click();
    await page.getByTestId("settings-file").setInputFiles(bad);
    await page
      .getByText(
        "「坏的设置.json」不能作为设置导入：设置内容已损坏，无法读取（不是有效的 JSON）。可恢复默认设置后重新填写。",
      )
      .waitFor();
    // A JSON summary picked by mistake is not settings either.
    const summaryFile = join(ARTIFACTS, "汇总-设置.json");
    await page.getByTestId("settings-file").setInputFiles(summaryFile);
    await page.getByText(/^「汇总-设置\.json」不能作为设置导入：/).waitFor();
    expect(await page.getByLabel("本县称谓").inputValue()).toBe("全区");
    expect(await page.getByLabel("签约金额分档（万元）").inputValue()).toBe("25000");
    await page.reload();
    await page.getByRole("heading", { name: "招商台账助手" }).waitFor();
    expect(await page.getByTestId("settings-line").innerText()).toContain(
      "本县称谓「全区」；签约金额分档 25000 万元",
    );
  });

  it("gives `zsyz merge --settings`'s JSON summary for a settings file exported by the pane", async () => {
    const file = join(dir, "设置.json");
    await writeFile(file, `${JSON.stringify(PANE_EXPORT, null, 2)}\n`);
    const cli = runZsyz(
      [
        "merge",
        "台账",
        "--targets",
        "任务分解表.xlsx",
        "--as-of",
        AS_OF,
        "--settings",
        file,
        "--out",
        join(dir, "县汇总.xlsx"),
        "--json",
        join(dir, "汇总.json"),
        "-q",
      ],
      { cwd: FIXTURES },
    );
    expect(cli.code, cli.stderr).toBe(1);
    const cliSummary = JSON.parse(await readFile(join(dir, "汇总.json"), "utf8")) as SummaryJson;

    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByRole("button", { name: "导入", exact: true }).click();
    await page.getByTestId("settings-file").setInputFiles(file);
    await expect.poll(() => page.getByLabel("办法名称").inputValue()).toBe("区考评办法");
    expect(await page.getByLabel("签约金额分档（万元）").inputValue()).toBe("5000、50000");
    await page.getByRole("button", { name: "保存设置" }).click();
    await page.getByText("设置已保存到本浏览器，下次「开始检查」起生效。").waitFor();
    // 导出 gives the same settings back, as a file to download.
    await page.getByRole("button", { name: "导出", exact: true }).click();
    const exported = await download(page, "settings-download", "设置-导出.json");
    expect(JSON.parse(await readFile(exported, "utf8"))).toEqual(PANE_EXPORT);

    await checkSamples(page);
    const summary = await downloadSummary<SummaryJson>(page, "汇总-导入设置.json");
    // The settings took effect (only 合同 from outside the province, at least 1000 万元)…
    expect(summary.total.indicators.n_signed).toBeLessThan(45);
    expect(summary.total.indicators.meets_arrival_rate_new).toEqual(expect.any(Boolean));
    // …exactly as the CLI applies them.
    expect(summary).toEqual(cliSummary);
    expect(opened.errors).toEqual([]);
  });

  it("keeps settings for the visit where the browser keeps no site data, and says so", async () => {
    const context = await browser.newContext();
    // As a browser that blocks site data: any use of localStorage throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    const blocked = await context.newPage();
    const errors: string[] = [];
    blocked.on("pageerror", (e) => errors.push(e.message));
    await blocked.goto(opened.url);
    await blocked.getByRole("tab", { name: "设置" }).click();
    await blocked.getByText(/这个浏览器不允许本页面保存数据：设置只在本页面关闭前有效/).waitFor();
    // Nothing of the other context's settings, and the defaults work.
    expect(await blocked.getByLabel("本县称谓").inputValue()).toBe("全县");
    await blocked.getByLabel("本县称谓").fill("全市");
    await blocked.getByRole("button", { name: "保存设置" }).click();
    await blocked.getByText(/设置已生效（下次「开始检查」起），但浏览器没有保存/).waitFor();
    expect(await blocked.getByTestId("settings-line").innerText()).toContain("本县称谓「全市」");
    expect(errors).toEqual([]);
    await context.close();
  });
});
