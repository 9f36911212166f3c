// The built task pane in headless Chromium, with office.js replaced by the in-memory Excel fake
// holding a messy sample ledger (东城街道). Drives it as a user would and checks the fake's state.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCounty } from "@zsyz/county";
import { formatYi, writeCountyParagraph } from "@zsyz/indicators";
import type { CellRange, GridCell, GridSheet } from "@zsyz/ledger";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const APP = join(ROOT, "apps/excel-addin");
const DIST = join(APP, "dist-preview");
const ARTIFACTS = join(ROOT, "test-artifacts/addin");
const CHROMIUM = "/usr/bin/chromium";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
};

/** What the page exposes of the fake (see apps/excel-addin/preview/main.ts), as JSON. */
interface FakeView {
  sheets: string[];
  activeSheet: string;
  selection: { sheet: string; address: string };
  tables: { name: string; sheet: string }[];
  validations: Record<string, { left: number; top: number; bottom: number; source: string }[]>;
  fills: Record<string, string | undefined>;
  notes: string[];
}

/** Waits until the locator is visible; fails the test after 10 s. */
function visible(locator: Locator): Promise<void> {
  return locator.waitFor({ state: "visible", timeout: 10_000 });
}

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname),
    ).replace(/^([/\\])+/, "");
    const file = join(dir, path === "" ? "index.html" : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function fakeView(page: Page, cells: string[] = []): Promise<FakeView> {
  return page.evaluate((cellList) => {
    type Sheet = {
      name: string;
      rows: ({ fill?: string } | undefined)[][];
      notes: Map<string, unknown>;
      validations: {
        range: { left: number; top: number; bottom: number };
        rule: { list?: { source: string } };
      }[];
    };
    type Fake = {
      state: {
        sheets: Sheet[];
        activeSheet: string;
        selection: { sheet: string; address: string };
        tables: { name: string; sheet: Sheet }[];
      };
    };
    const fake = (window as unknown as { __zsyzFake: Fake }).__zsyzFake;
    const state = fake.state;
    const active = state.sheets.find((s) => s.name === "9月台账");
    const fills: Record<string, string | undefined> = {};
    for (const cell of cellList) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell);
      if (!m || !active) continue;
      const col = [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      fills[cell] = active.rows[Number(m[2]) - 1]?.[col]?.fill;
    }
    return {
      sheets: state.sheets.map((s) => s.name),
      activeSheet: state.activeSheet,
      selection: state.selection,
      tables: state.tables.map((t) => ({ name: t.name, sheet: t.sheet.name })),
      validations: Object.fromEntries(
        state.sheets.map((s) => [
          s.name,
          s.validations.map((v) => ({ ...v.range, source: v.rule.list?.source ?? "" })),
        ]),
      ),
      fills,
      notes: active ? [...active.notes.keys()] : [],
    };
  }, cells);
}

describe("task pane in Chromium against the fake Excel", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (.ci/run does)`);
    mkdirSync(ARTIFACTS, { recursive: true });
    await build({
      root: APP,
      configFile: join(APP, "vite.config.ts"),
      mode: "preview",
      logLevel: "warn",
    });
    server = await serve(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    // Roughly Excel's default task pane width.
    page = await browser.newPage({ viewport: { width: 360, height: 900 }, deviceScaleFactor: 2 });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const port = (server.address() as AddressInfo).port;
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.getByRole("heading", { name: "招商台账" }).waitFor();
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("lists the planted issues after 「校验台账」, grouped with counts", async () => {
    await page.getByRole("button", { name: "校验台账", exact: true }).click();
    const summary = page.getByTestId("check-summary");
    await summary.waitFor();
    await expect.poll(() => summary.innerText()).toMatch(/工作表「9月台账」/);
    const list = page.getByTestId("issue-list");
    for (const title of [
      "不在可选范围内（1）",
      "金额是约数（2）",
      "未办结用地手续即开工（1）",
      "开工早于签约（1）",
    ]) {
      await visible(list.getByText(title));
    }
    await visible(page.getByText(/错误 \d+/));
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-checked.png"), fullPage: true });
  });

  it("selects the issue's cell in the sheet when an issue is clicked", async () => {
    // The first group (errors first) is open: 签约类型 “口头约定” in E8.
    await page.getByTestId("issue-list").getByRole("button", { name: /^E8/ }).click();
    await expect
      .poll(async () => (await fakeView(page)).selection)
      .toEqual({ sheet: "9月台账", address: "E8" });
    await page.getByRole("button", { name: /金额是约数/ }).click();
    await page.getByTestId("issue-list").getByRole("button", { name: /^H5/ }).click();
    await expect
      .poll(async () => (await fakeView(page)).selection)
      .toEqual({ sheet: "9月台账", address: "H5" });
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-selected.png"), fullPage: true });
  });

  it("marks the problem cells, then removes exactly those marks", async () => {
    await page.getByRole("button", { name: "标记问题单元格" }).click();
    await visible(page.getByText(/已标记 \d+ 个单元格/));
    const marked = await fakeView(page, ["E8", "H4", "A1"]);
    expect(marked.fills).toEqual({ E8: "#FFC7CE", H4: "#FFEB9C", A1: undefined });
    expect(marked.notes).toContain("E8");
    await page.getByRole("button", { name: "清除标记" }).click();
    await visible(page.getByText(/已恢复 \d+ 个单元格/));
    const cleared = await fakeView(page, ["E8", "H4"]);
    expect(cleared.fills).toEqual({ E8: undefined, H4: undefined });
    expect(cleared.notes).toEqual([]);
  });

  it("creates the ledger and target sheets with dropdowns after 「新建台账」", async () => {
    await page.getByRole("button", { name: "新建台账", exact: true }).click();
    await visible(page.getByText("已新建工作表「项目台账」和「指标任务分解」。"));
    const view = await fakeView(page);
    expect(view.sheets).toEqual(["9月台账", "项目台账", "指标任务分解"]);
    expect(view.activeSheet).toBe("项目台账");
    expect(view.tables.map((t) => t.sheet)).toEqual(["项目台账", "指标任务分解"]);
    expect(view.validations["项目台账"]).toContainEqual({
      left: 17,
      right: 17,
      top: 1,
      bottom: 500,
      source: "在谈,签约,注册,开工,在建,竣工,投产,停建,终止,退回",
    });
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-created.png"), fullPage: true });
  });

  it("writes 指标汇总 with exactly the plan's formulas after 「一键计算」, and shows the paragraph after 「生成报告」", async () => {
    await page.getByRole("tab", { name: "指标" }).click();
    const ledgers = ["9月台账", "项目台账"];
    for (const name of ledgers)
      expect(await page.getByRole("checkbox", { name }).isChecked()).toBe(true);
    expect(await page.getByLabel("任务分解表").inputValue()).toBe("指标任务分解");
    const asOf = await page.getByLabel("截至日期").inputValue();
    await page.getByRole("button", { name: "一键计算", exact: true }).click();
    await visible(page.getByText(/已写入「指标汇总」「项目明细」「问题清单」「报告摘要」/));

    type Dump = {
      name: string;
      merges: CellRange[];
      rows: ({ value: unknown; formula?: string; numberFormat?: string } | null)[][];
    };
    const dump = await page.evaluate(() => {
      type Fake = {
        state: {
          name: string;
          sheets: {
            name: string;
            merges: unknown[];
            rows: ({ value: unknown; formula?: string; numberFormat?: string } | undefined)[][];
          }[];
        };
      };
      const fake = (window as unknown as { __zsyzFake: Fake }).__zsyzFake;
      return {
        file: fake.state.name,
        sheets: fake.state.sheets.map((s) => ({
          name: s.name,
          merges: s.merges,
          rows: Array.from(s.rows, (r) => Array.from(r ?? [], (c) => c ?? null)),
        })),
      };
    });
    const grid = (name: string): GridSheet => {
      const sheet = dump.sheets.find((s) => s.name === name) as Dump;
      const cell = (c: Dump["rows"][number][number]): GridCell | null => {
        if (!c || (c.value === "" && c.formula === undefined)) return null;
        const out: GridCell = { value: c.value === "" ? null : (c.value as GridCell["value"]) };
        if (c.formula !== undefined) out.formula = c.formula.slice(1);
        if (
          c.numberFormat !== undefined &&
          c.numberFormat !== "General" &&
          typeof c.value === "number"
        )
          out.numFmt = c.numberFormat;
        return out;
      };
      return { name, merges: sheet.merges, rows: sheet.rows.map((r) => r.map(cell)) };
    };
    // The county pipeline in Node (the CLI's and the web page's call), on the cells the pane
    // read: the pane must have written exactly this plan's formulas.
    const workbook = (sheets: GridSheet[]) => ({
      file: dump.file,
      workbook: { file: dump.file, sheets },
    });
    const { plan, results } = await runCounty({
      ledgers: [workbook(ledgers.map(grid))],
      targets: workbook([grid("指标任务分解")]),
      asOf,
    });
    const summary = plan.sheets[0]!;
    const want = summary.cells
      .filter((c) => c.formula !== undefined)
      .map((c) => [c.row, c.col, `=${c.formula}`]);
    const written = grid("指标汇总").rows.flatMap((r, i) =>
      r.flatMap((c, j) => (c?.formula !== undefined ? [[i, j, `=${c.formula}`]] : [])),
    );
    expect(want.length).toBeGreaterThan(20);
    expect(written).toEqual(want);
    const signed = results.total.indicators["amt_signed"];
    expect(typeof signed).toBe("number");
    expect(await page.getByTestId("oneclick-figures").innerText()).toContain(
      `签约资金${formatYi(signed as number)}`,
    );
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-computed.png"), fullPage: true });

    await page.getByRole("button", { name: "生成报告", exact: true }).click();
    const text = page.getByTestId("report-text");
    await visible(text);
    expect(await text.innerText()).toBe(writeCountyParagraph(results, { countyName: "全县" }));
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-report.png"), fullPage: true });
  });
});
