// The page itself: one self-contained file whose Content-Security-Policy forbids the network
// (and allows its two inline scripts by hash only),
// and a run the user can cancel while the Worker reads, after which a new run works.
import type { GridCell, GridWorkbook } from "@zsyz/ledger";
import { writeGrid } from "@zsyz/xlsx";
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPage, launchChromium, openPage, type OpenPage, PAGE_FILE } from "./webPage.js";

/** A township ledger of `rows` plain projects. */
function ledger(unit: string, rows: number): Uint8Array {
  const header = [
    "序号",
    "项目名称",
    "责任单位",
    "投资方",
    "签约类型",
    "签约时间",
    "签约资金（万元）",
    "项目状态",
  ];
  const grid: GridCell[][] = [header.map((value) => ({ value }))];
  for (let r = 1; r <= rows; r += 1)
    grid.push(
      [r, `${unit}项目${r}`, unit, `投资公司${r}`, "合同", "2024-03-05", 1000 + r, "签约"].map(
        (value) => ({ value }),
      ),
    );
  const wb: GridWorkbook = {
    file: `${unit}.xlsx`,
    sheets: [{ name: "台账", rows: grid, merges: [] }],
  };
  return writeGrid(wb);
}
const payload = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  buffer: Buffer.from(bytes),
});

let browser: Browser;
let opened: OpenPage;

beforeAll(async () => {
  buildPage();
  browser = await launchChromium();
  opened = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
});

describe("招商台账助手.html as a file", () => {
  it("is one file: no external script, style, worker or module reference", () => {
    const html = readFileSync(PAGE_FILE, "utf8");
    expect(html).not.toMatch(/<script[^>]*\bsrc=|<link\b|type="module"/);
    // The core (domain packages, also the Worker's script) and the UI over it.
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it("declares a Content-Security-Policy that forbids every network request", async () => {
    // A page of its own: the blocked attempt below is logged as a console error.
    const probe = await openPage(browser);
    const csp = await probe.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/connect-src 'none'/);
    expect(csp).toMatch(/script-src 'sha256-[^']+' 'sha256-[^']+';/);
    const attempt = await probe.page.evaluate(() =>
      fetch("http://127.0.0.1:9/x").then(
        () => "fetched",
        () => "blocked",
      ),
    );
    expect(attempt).toBe("blocked");
    expect(probe.requests).toEqual([probe.url]);
  });
});

describe("cancelling a run", () => {
  it("stops the Worker at once and lets a new run start", async () => {
    const { page } = opened;
    // One large ledger under twelve names: each takes the Worker a moment to read.
    const bytes = ledger("第一镇", 20_000);
    const big = Array.from({ length: 12 }, (_, i) => payload(`第${i + 1}镇.xlsx`, bytes));
    await page.getByTestId("pick-files").setInputFiles(big);
    await page.getByTestId("start").click();
    await page.getByText(/正在读取第 [2-9]\/12 个文件/).waitFor({ timeout: 60_000 });
    await page.getByTestId("cancel").click();
    await page.getByText("已取消。可以修改所选文件后重新开始。").waitFor();
    expect(await page.getByTestId("progress").count()).toBe(0);
    expect(await page.getByTestId("check-view").count()).toBe(0);

    await page.getByRole("button", { name: "清空" }).click();
    await page
      .getByTestId("pick-files")
      .setInputFiles([payload("城关镇.xlsx", ledger("城关镇", 3))]);
    await page.getByTestId("as-of").fill("2024-09-30");
    await page.getByTestId("start").click();
    await page.getByTestId("check-view").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("accounting").innerText()).toContain(
      "共读取 3 行项目：合并 3 行，剔除 0 行",
    );
    expect(opened.errors).toEqual([]);
  });
});
