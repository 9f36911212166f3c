// 招商台账助手.html from file:// on the bundled samples, as a person with only a browser would
// use it: pick the folder of township ledgers and the target table, check, merge, report. The
// downloaded 县汇总.xlsx must be the workbook `zsyz merge` writes for the same inputs and date,
// cell by cell, and LibreOffice must recompute every formula to the figures of the JSON summary.
import { dateToSerial, type GridSheet, type GridWorkbook } from "@zsyz/ledger";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareWithLibreOffice } from "../batch/lo-compare.js";
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
// The sheets every merge writes; the pipeline may add more, and the page must then write the same.
const SHEETS = ["指标汇总", "项目明细", "问题清单", "报告摘要"];

/** "row,col" → "=formula" or the JSON of the plain value, for every non-empty cell. */
function cellsOf(ws: GridSheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      if (cell.formula !== undefined) out.set(`${r},${c}`, `=${cell.formula}`);
      else if (cell.value !== null && cell.value !== "")
        out.set(
          `${r},${c}`,
          JSON.stringify(cell.value instanceof Date ? dateToSerial(cell.value) : cell.value),
        );
    }),
  );
  return out;
}

let browser: Browser;
let opened: OpenPage;
let page: Page;
let cliDir: string;
let cliSummary: SummaryJson;
let cliBook: GridWorkbook;

beforeAll(async () => {
  buildPage();
  // The CLI on the same inputs, named the same way (relative to the samples folder).
  cliDir = await mkdtemp(join(tmpdir(), "zsyz-web-cli-"));
  const cli = runZsyz(
    [
      "merge",
      "台账",
      "--targets",
      "任务分解表.xlsx",
      "--as-of",
      AS_OF,
      "--out",
      join(cliDir, "县汇总.xlsx"),
      "--json",
      join(cliDir, "汇总.json"),
      "-q",
    ],
    { cwd: FIXTURES },
  );
  expect(cli.code, cli.stderr).toBe(1);
  cliSummary = JSON.parse(await readFile(join(cliDir, "汇总.json"), "utf8")) as SummaryJson;
  cliBook = readWorkbook(await readFile(join(cliDir, "县汇总.xlsx")), "cli.xlsx");
  browser = await launchChromium();
  opened = await openPage(browser);
  page = opened.page;
});

afterAll(async () => {
  await browser?.close();
});

describe("招商台账助手.html on the bundled samples", () => {
  it("takes a whole folder and the target table, and finds the target table by its headers", async () => {
    await page.screenshot({ path: join(ARTIFACTS, "web-1-open.png") });
    await page.getByTestId("pick-folder").setInputFiles(join(FIXTURES, "台账"));
    await page.getByTestId("pick-files").setInputFiles(join(FIXTURES, "任务分解表.xlsx"));
    await expect.poll(() => page.getByTestId("file-count").innerText()).toBe("已选择 7 个文件");
    await page.screenshot({ path: join(ARTIFACTS, "web-2-chosen.png") });
    await runCheck(page, AS_OF);
    await expect
      .poll(() => page.getByTestId("accounting").innerText())
      .toContain("任务分解表：任务分解表.xlsx（按表头自动识别）");
  });

  it("shows the county headline and the row accounting of the CLI", async () => {
    expect(await page.getByTestId("headline").innerText()).toBe(
      "截至 2024-09-30：全县新签约项目 45 个，签约资金 63.61亿元，完成年度任务 93.55%，到位资金 21.81亿元",
    );
    const { read, merged, rejected } = cliSummary.rows;
    expect(read).toBe(65);
    expect(await page.getByTestId("accounting").innerText()).toContain(
      `共读取 ${read} 行项目：合并 ${merged} 行，剔除 ${rejected} 行`,
    );
  });

  it("lists the issues grouped by file, then by kind, each with its sheet and cell", async () => {
    const list = page.getByTestId("issue-list");
    // One accordion header per file with issues, in input order.
    const files = [...new Set(cliSummary.issues.map((i) => i.file))];
    const headers = list.locator("button[aria-expanded]");
    await expect.poll(() => headers.count()).toBe(files.length);
    await list.getByRole("button", { name: /东城街道\.xlsx/ }).click();
    const issue = cliSummary.issues.find((i) => i.file === "台账/东城街道.xlsx" && i.cell !== "")!;
    await list.getByText(`${issue.sheet}!${issue.cell}`, { exact: true }).first().waitFor();
    await list.getByText(issue.message).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "web-3-checked.png"), fullPage: true });
  });

  it("downloads 县汇总.xlsx with every formula and value of `zsyz merge`'s, sheet by sheet", async () => {
    await page.getByRole("tab", { name: "合并" }).click();
    const path = await download(page, "download-xlsx", "县汇总.xlsx");
    await page.getByText(/已生成县汇总\.xlsx/).waitFor();
    await expect.poll(() => page.getByTestId("download-xlsx").isEnabled()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, "web-4-merged.png"), fullPage: true });
    const web = readWorkbook(await readFile(path), path);
    const names = web.sheets.map((s) => s.name);
    expect(names).toEqual(cliBook.sheets.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(SHEETS));
    for (const name of names) {
      const ours = cellsOf(sheetOf(web, name));
      const theirs = cellsOf(sheetOf(cliBook, name));
      expect(ours.size, name).toBeGreaterThan(5);
      expect(ours, name).toEqual(theirs);
    }
  });

  it("has figures LibreOffice recomputes from scratch, equal to the JSON summary", async () => {
    const path = join(ARTIFACTS, "县汇总.xlsx");
    const { formulas, mismatches } = await compareWithLibreOffice(path, ["指标汇总", "项目明细"]);
    // Every merged project's row has the same formulas as the CLI's first project row.
    const perRow = sheetOf(cliBook, "项目明细").rows[1]!.filter((c) => c?.formula).length;
    expect(perRow).toBeGreaterThanOrEqual(6);
    expect(formulas["项目明细"]).toBe(perRow * cliSummary.rows.merged);
    expect(mismatches).toEqual([]);
    // The 合计 row (whose formulas LibreOffice just agreed with) against the page's JSON,
    // and both against the sample county's figures worked by hand (see merge.e2e.test.ts).
    const summary = await downloadSummary<SummaryJson>(page, "汇总.json");
    const ws = sheetOf(readWorkbook(await readFile(path), path), "指标汇总");
    const header = ws.rows[3]!.map((c) => c?.value);
    const total = ws.rows.find((r) => r[0]?.value === "合计")!;
    const at = (label: string) => total[header.indexOf(label)]?.value;
    const t = summary.total!.indicators;
    expect([t.n_signed, t.amt_signed, t.amt_arrived]).toEqual([45, 636114.6, 218138]);
    expect(at("签约资金（万元）")).toBe(t.amt_signed);
    expect(at("到位资金（万元）")).toBe(t.amt_arrived);
  });

  it("offers the same JSON summary as `zsyz merge --json`", async () => {
    const summary = await downloadSummary<SummaryJson>(page, "汇总.json");
    expect(summary).toEqual(cliSummary);
  });

  it("drafts the county paragraph first, then one per unit, each with a copy button", async () => {
    const paragraphs = page.getByTestId("paragraph");
    // The same paragraphs as 报告摘要 of the CLI's workbook (title and header rows above them).
    const report = sheetOf(cliBook, "报告摘要").rows.slice(2);
    const texts = report.map((r) => String(r[1]?.value ?? "")).filter((t) => t !== "");
    expect(texts.length).toBeGreaterThanOrEqual(1 + cliSummary.units!.length);
    await expect.poll(() => paragraphs.allInnerTexts()).toEqual(texts);
    expect(texts[0]).toMatch(/^截至9月底，全县/);
    await page.getByTestId("copy-all").click();
    await page.getByText("已复制到剪贴板。").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split("\n")).toEqual(await paragraphs.allInnerTexts());
    await page.screenshot({ path: join(ARTIFACTS, "web-5-report.png"), fullPage: true });
  });

  it("compares with a chosen 上期汇总 exactly as `zsyz merge --previous` does", async () => {
    const merge = (asOf: string, json: string, more: string[] = []) => {
      const r = runZsyz(
        ["merge", "台账", "--targets", "任务分解表.xlsx", "--as-of", asOf, "--out"].concat([
          join(cliDir, `${asOf}.xlsx`),
          "--json",
          join(cliDir, json),
          "-q",
          ...more,
        ]),
        { cwd: FIXTURES },
      );
      expect(r.code, r.stderr).toBe(1);
    };
    merge("2024-06-30", "6月汇总.json");
    merge(AS_OF, "9月汇总.json", ["--previous", join(cliDir, "6月汇总.json")]);
    const cli = JSON.parse(await readFile(join(cliDir, "9月汇总.json"), "utf8")) as SummaryJson;
    expect(cli.total?.previous?.asOf).toBe("2024-06-30");

    await page.getByTestId("previous-input").setInputFiles(join(cliDir, "6月汇总.json"));
    await expect.poll(() => page.getByTestId("previous-name").innerText()).toBe("6月汇总.json");
    await runCheck(page, AS_OF);
    const summary = await downloadSummary<SummaryJson>(page, "汇总-较上期.json");
    expect(summary).toEqual(cli);
    await page.getByRole("tab", { name: "报告" }).click();
    await expect.poll(() => page.getByTestId("paragraph").first().innerText()).toMatch(/较上期/);
  });

  it("loaded nothing but the file itself, and logged no error", () => {
    expect(opened.requests.filter((u) => !u.startsWith("blob:"))).toEqual([opened.url]);
    expect(opened.errors).toEqual([]);
  });
});
