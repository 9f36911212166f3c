// The built task pane in headless Chromium, with office.js replaced by the in-memory Excel fake
// holding a messy sample ledger (东城街道). Drives it as a user would and checks the fake's state.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APP,
  buildPreview,
  launchChromium,
  panePage,
  serve,
  visible,
} from "../helpers/paneServer.js";
import { buildSummaryJson, runCounty } from "@zsyz/county";
import { formatYi, writeCountyParagraph } from "@zsyz/indicators";
import type { CellRange, GridCell, GridSheet, IsoDate } from "@zsyz/ledger";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(APP, "dist-preview");
const ARTIFACTS = join(ROOT, "test-artifacts/addin");
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
  let base: string;
  /** Every uncaught exception and console error of the main page, over the whole run. */
  const errors: string[] = [];
  /** The county results of 「一键计算」, for the report and settings steps. */
  let computed: Awaited<ReturnType<typeof runCounty>>["results"] | undefined;
  /** The JSON summary of the same sheets as of an earlier date: a 上期汇总 to compare with. */
  let previousSummary: { asOf: string; text: string } | undefined;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await buildPreview();
    server = await serve(DIST);
    browser = await launchChromium();
    // Roughly Excel's default task pane width.
    page = await panePage(browser, errors, { deviceScaleFactor: 2 });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
    await page.goto(base);
    await page.getByRole("heading", { name: "招商台账" }).waitFor();
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

  it("creates the ledger, target, 重复项目归属 and rule sheets with dropdowns after 「新建台账」", async () => {
    await page.getByRole("button", { name: "新建台账", exact: true }).click();
    const created = [
      "项目台账",
      "指标任务分解",
      "重复项目归属",
      "考评办法",
      "达标要求",
      "统计口径",
    ];
    await visible(page.getByText(`已新建工作表${created.map((s) => `「${s}」`).join("、")}。`));
    const view = await fakeView(page);
    expect(view.sheets).toEqual(["9月台账", "任务分解", "完成情况", ...created]);
    expect(view.activeSheet).toBe("项目台账");
    expect(view.tables.map((t) => t.sheet)).toEqual(created);
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
    // The sample target table (in 亿元) rather than the new, nearly empty template.
    await page.getByLabel("任务分解表").selectOption("任务分解");
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
    const { plan, results, paragraphs } = await runCounty({
      ledgers: [workbook(ledgers.map(grid))],
      targets: workbook([grid("任务分解")]),
      asOf,
    });
    computed = results;
    const earlier = `${Number(asOf.slice(0, 4)) - 1}-12-31` as IsoDate;
    const before = await runCounty({
      ledgers: [workbook(ledgers.map(grid))],
      targets: workbook([grid("任务分解")]),
      asOf: earlier,
    });
    previousSummary = { asOf: earlier, text: JSON.stringify(buildSummaryJson(before, earlier)) };
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

    // Plain values, against figures known by hand from the sample data rather than recomputed:
    // 东城街道's targets are 10 亿元 signed, 6 亿元 arrived, 8 projects (sampleTargets, 亿元) and
    // its 锂电池隔膜项目 is "约1.5" 亿元 signed, 12 亿元 total, 0.8 亿元 arrived (row 4 of 9月台账).
    const cellsOf = (name: string) => grid(name).rows.map((r) => r.map((c) => c?.value ?? null));
    const column = (rows: unknown[][], header: string) => {
      const at = rows.findIndex((r) => r.includes(header));
      expect(at, `header ${header}`).toBeGreaterThanOrEqual(0);
      return { headerRow: at, col: rows[at]!.indexOf(header) };
    };
    const summaryRows = cellsOf("指标汇总");
    const unitRow = summaryRows.find((r) => r[0] === "东城街道")!;
    expect(unitRow[column(summaryRows, "年度签约资金任务（万元）").col]).toBe(100000);
    expect(unitRow[column(summaryRows, "年度到位资金任务（万元）").col]).toBe(60000);
    expect(unitRow[column(summaryRows, "年度签约项目数任务（个）").col]).toBe(8);
    const details = cellsOf("项目明细");
    const project = details.find((r) => r.includes("锂电池隔膜项目"))!;
    expect(project[column(details, "签约资金（万元）").col]).toBe(15000);
    expect(project[column(details, "总投资（万元）").col]).toBe(120000);
    expect(project[column(details, "本年到位资金（万元）").col]).toBe(8000);

    await page.getByRole("button", { name: "生成报告", exact: true }).click();
    const text = page.getByTestId("report-text");
    await visible(text);
    // The county paragraph first, as 报告摘要 and the CLI draft it…
    expect(await text.innerText()).toBe(paragraphs[0]!.text);
    expect(
      paragraphs[0]!.text.startsWith(writeCountyParagraph(results, { countyName: "全县" })),
    ).toBe(true);
    // …then the 通报 comparison of units and each unit's paragraph, one chosen at a time.
    const subjects = page.getByLabel("报告对象");
    const offered = await subjects.locator("option").allInnerTexts();
    expect(offered).toContain("各单位完成情况");
    expect(offered).toContain("东城街道");
    await subjects.selectOption({ label: "东城街道" });
    expect(await text.innerText()).toBe(paragraphs.find((p) => p.subject === "东城街道")!.text);
    expect(await text.innerText()).toContain("东城街道");
    await subjects.selectOption({ index: 0 });
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-report.png"), fullPage: true });
  });

  it("fills 完成率 formulas in a unit's completion table, then undoes exactly that", async () => {
    await page.getByRole("tab", { name: "指标" }).click();
    const fill = page.locator("section", {
      has: page.getByText("填充完成率公式", { exact: true }),
    });
    await fill.getByLabel("工作表").selectOption("完成情况");
    await page.getByRole("button", { name: "填充完成率公式", exact: true }).click();
    await visible(page.getByText("已在「完成情况」填充："));
    const cell = (address: string) =>
      page.evaluate((a) => {
        type Fake = { cell(sheet: string, address: string): unknown };
        return (window as unknown as { __zsyzFake: Fake }).__zsyzFake.cell("完成情况", a);
      }, address);
    expect(await cell("D2")).toEqual({
      value: "",
      formula: '=IFERROR(C2/B2,"")',
      numberFormat: "0.00%",
    });
    expect(await cell("D3")).toMatchObject({ formula: '=IFERROR(C3/B3,"")' });
    expect(await cell("C2")).toEqual({ value: 20000 });
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-filled.png"), fullPage: true });
    await page.getByRole("button", { name: "撤销本次填充" }).click();
    await visible(page.getByText("已撤销，单元格恢复为填充前的内容和格式。"));
    expect(await cell("D2")).toMatchObject({ value: "", numberFormat: "General" });
    expect((await cell("D2")) as { formula?: string }).not.toHaveProperty("formula");
  });

  it("saves 设置 into the workbook, and the report follows them (本县称谓 全区)", async () => {
    await page.getByRole("tab", { name: "设置" }).click();
    const county = page.getByLabel("本县称谓");
    await county.fill("全区");
    await page.getByRole("button", { name: "保存设置" }).click();
    await visible(page.getByText("设置已保存到本工作簿。"));
    const stored = await page.evaluate(() => {
      type Fake = { state: { settings: Map<string, unknown> } };
      return (window as unknown as { __zsyzFake: Fake }).__zsyzFake.state.settings.get(
        "zsyz.settings",
      );
    });
    expect(JSON.parse(stored as string)).toMatchObject({ countyName: "全区" });
    await page.getByRole("tab", { name: "指标" }).click();
    // The drafted paragraphs follow the settings of the last 一键计算: the pane says so…
    await visible(page.getByText(/设置已在「一键计算」之后更改/));
    // …and the next 一键计算 drafts them with the new ones.
    await page.getByLabel("任务分解表").selectOption("任务分解");
    await page.getByRole("button", { name: "一键计算", exact: true }).click();
    await visible(page.getByText(/已刷新「指标汇总」/));
    await page.getByRole("button", { name: "生成报告", exact: true }).click();
    const text = await page.getByTestId("report-text").innerText();
    expect(text.startsWith(writeCountyParagraph(computed!, { countyName: "全区" }))).toBe(true);
    expect(text).toContain("全区签约");
    expect(await page.getByText(/设置已在「一键计算」之后更改/).count()).toBe(0);
  });

  it("compares with a chosen 上期汇总: a 较上期 block in 指标汇总 and the change in the report", async () => {
    const file = join(ARTIFACTS, "上期汇总.json");
    writeFileSync(file, previousSummary!.text);
    await page.getByRole("tab", { name: "指标" }).click();
    await page.getByLabel("任务分解表").selectOption("任务分解");
    await page.getByTestId("previous-input").setInputFiles(file);
    await visible(page.getByTestId("previous-name").getByText("上期汇总.json"));
    await page.getByRole("button", { name: "一键计算", exact: true }).click();
    await visible(page.getByText(/已刷新「指标汇总」/));
    const texts = await page.evaluate(() => {
      type Fake = {
        state: { sheets: { name: string; rows: ({ value: unknown } | undefined)[][] }[] };
      };
      const fake = (window as unknown as { __zsyzFake: Fake }).__zsyzFake;
      const sheet = fake.state.sheets.find((s) => s.name === "指标汇总")!;
      return Array.from(sheet.rows, (r) =>
        Array.from(r ?? [], (c) => String(c?.value ?? "")),
      ).flat();
    });
    expect(texts).toContain(`较上期（上期截至${previousSummary!.asOf}）`);
    await page.getByRole("button", { name: "生成报告", exact: true }).click();
    expect(await page.getByTestId("report-text").innerText()).toContain("较上期（截至");
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-previous.png"), fullPage: true });
  });

  it("runs 自检 on a scratch sheet it removes, and shows a report to copy", async () => {
    await page.getByRole("tab", { name: "设置" }).click();
    const before = (await fakeView(page)).sheets;
    await page.getByRole("button", { name: "自检", exact: true }).click();
    const report = page.getByTestId("selfcheck-report");
    await visible(report);
    const text = await report.innerText();
    expect(text).toMatch(/^招商台账 自检报告/);
    expect(text).toContain("Excel：网页版");
    expect(text).toContain("支持 ExcelApi 1.1–1.18");
    expect(text.split("\n").filter((l) => l.startsWith("✓"))).toHaveLength(5);
    expect((await fakeView(page)).sheets).toEqual(before);
    await page.screenshot({ path: join(ARTIFACTS, "addin-selfcheck.png"), fullPage: true });
  });

  it("raised no page error and logged no console error during the whole run", () => {
    expect(errors).toEqual([]);
  });

  it.each([
    ["?office=missing", "没有加载到 office.js"],
    ["?host=Word", "本窗格只能在 Excel 中使用"],
    ["?startup=throw", "窗格启动时出错"],
  ])("shows a start-up message instead of a blank pane (%s)", async (query, title) => {
    const other = await browser.newPage({ viewport: { width: 360, height: 600 } });
    await other.goto(`${base}${query}`);
    await visible(other.getByRole("heading", { name: title }));
    expect(await other.getByRole("alert").innerText()).toContain("招商台账助手.html");
    await other.close();
  });

  it("tells an Excel with an old web view (IE11) what it needs, in the ES5 guard", async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 600 },
      deviceScaleFactor: 2,
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    const old = await context.newPage();
    await old.goto(base);
    await visible(old.getByRole("heading", { name: "当前 Excel 的窗格内核过旧，无法显示本窗格" }));
    // The React pane never mounts there.
    expect(await old.getByRole("heading", { name: "招商台账", exact: true }).count()).toBe(0);
    await old.screenshot({ path: join(ARTIFACTS, "addin-old-webview.png"), fullPage: true });
    await context.close();
  });

  it("on Excel without ExcelApi 1.7 disables every button and says what is missing", async () => {
    const old = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await old.goto(`${base}?api=1.4&platform=windows`);
    await visible(old.getByText("当前 Excel 版本的限制"));
    await visible(old.getByText(/本加载项需要 Excel 2019 及以上.*ExcelApi 1\.7/));
    expect(await old.getByRole("button", { name: "校验台账", exact: true }).isDisabled()).toBe(
      true,
    );
    expect(await old.getByRole("button", { name: "新建台账", exact: true }).isDisabled()).toBe(
      true,
    );
    await old.close();
  });
});

// The same pane inside WPS 表格: wps.html on the in-memory WPS (apps/excel-addin/preview/wpsMain.ts),
// through the WPS host adapter instead of Office.js.
describe("task pane in Chromium against the fake WPS 表格", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, "wps.html"))) await buildPreview();
    server = await serve(DIST);
    browser = await launchChromium();
    page = await panePage(browser, errors, { deviceScaleFactor: 2 });
    const port = (server.address() as AddressInfo).port;
    await page.goto(`http://127.0.0.1:${port}/wps.html`);
    await page.getByRole("heading", { name: "招商台账" }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("lists the sample's issues with their cells after 「校验台账」", async () => {
    await page.getByRole("button", { name: "校验台账", exact: true }).click();
    await expect
      .poll(() => page.getByTestId("check-summary").innerText())
      .toMatch(/工作表「9月台账」/);
    const list = page.getByTestId("issue-list");
    for (const title of ["不在可选范围内（1）", "金额是约数（2）", "开工早于签约（1）"])
      await visible(list.getByText(title));
    await list.getByRole("button", { name: /^E8/ }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          type Wps = { selection: { sheet: string; range: { top: number; left: number } } };
          return (window as unknown as { __zsyzWps: Wps }).__zsyzWps.selection;
        }),
      )
      .toEqual({ sheet: "9月台账", range: { top: 7, left: 4, bottom: 7, right: 4 } });
    await page.screenshot({ path: join(ARTIFACTS, "wps-checked.png"), fullPage: true });
  });

  it("writes 指标汇总 with formulas after 「一键计算」 and drafts the paragraph after 「生成报告」", async () => {
    await page.getByRole("tab", { name: "指标" }).click();
    await page.getByLabel("任务分解表").selectOption("任务分解");
    await page.getByRole("button", { name: "一键计算", exact: true }).click();
    await visible(page.getByText(/已写入「指标汇总」「项目明细」「问题清单」「报告摘要」/));
    const summary = await page.evaluate(() => {
      type Cell = { value: unknown; formula?: string } | undefined;
      type Wps = { sheet(name: string): { rows: (Cell[] | undefined)[] } };
      const wps = (window as unknown as { __zsyzWps: Wps }).__zsyzWps;
      return Array.from(wps.sheet("指标汇总").rows, (r) =>
        Array.from(r ?? [], (c) => (c ? { value: c.value, formula: c.formula ?? null } : null)),
      );
    });
    const formulas = summary.flat().filter((c) => c?.formula);
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.some((c) => c?.formula?.startsWith("=SUMIFS('项目明细'!"))).toBe(true);
    // 东城街道's annual targets from the sample table (10 and 6 亿元, 8 projects), as plain values.
    const row = summary.find((r) => r[0]?.value === "东城街道")!;
    expect(row.slice(1, 4).map((c) => c?.value)).toEqual([100000, 60000, 8]);
    await page.screenshot({ path: join(ARTIFACTS, "wps-computed.png"), fullPage: true });
    await page.getByRole("button", { name: "生成报告", exact: true }).click();
    const text = await page.getByTestId("report-text").innerText();
    expect(text).toMatch(/^截至.*全县签约招商引资项目/);
  });

  it("colours, prints and charts 指标汇总 in WPS as in Excel, with filter buttons on 项目明细 and 问题清单", async () => {
    const summary = await page.evaluate(() => {
      type Sheet = {
        conditionalFormats: { formula: string; fill?: string }[];
        print: { orientation?: string; paperSize?: string; titleRows?: string };
        charts: { type: string; title?: string; series: { name: string }[] }[];
        autoFilter: { top: number; left: number } | null;
      };
      type Wps = { sheet(name: string): Sheet };
      const wps = (window as unknown as { __zsyzWps: Wps }).__zsyzWps;
      const s = wps.sheet("指标汇总");
      return {
        filters: ["指标汇总", "项目明细", "问题清单"].map((n) => wps.sheet(n).autoFilter),
        rules: s.conditionalFormats.length,
        firstRule: s.conditionalFormats[0],
        print: s.print,
        charts: s.charts.map((c) => [c.type, c.title, c.series.map((x) => x.name)]),
      };
    });
    expect(summary.rules).toBeGreaterThanOrEqual(6);
    expect(summary.firstRule?.formula).toMatch(/^=AND\(ISNUMBER\(/);
    expect(summary.print).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    expect(summary.charts).toEqual([
      ["ColumnClustered", "各单位签约资金完成率与时序进度", ["签约资金完成率", "时序进度"]],
    ]);
    // 项目明细's buttons on its header row 1, 问题清单's under its title row.
    expect(summary.filters.map((f) => f && [f.top, f.left])).toEqual([null, [0, 0], [1, 0]]);
  });

  it("inserts the standard sheets with dropdowns after 「新建台账」, beside the user's sheets", async () => {
    await page.getByRole("tab", { name: "台账" }).click();
    const before = await page.evaluate(() => {
      type Wps = { sheets: { name: string }[] };
      return (window as unknown as { __zsyzWps: Wps }).__zsyzWps.sheets.map((s) => s.name);
    });
    await page.getByRole("button", { name: "新建台账", exact: true }).click();
    await visible(page.getByText(/已新建工作表「项目台账」、「指标任务分解」、「重复项目归属」/));
    const after = await page.evaluate(() => {
      type Sheet = {
        name: string;
        rows: ({ value: unknown } | undefined)[][];
        validations: { range: { left: number }; rule: { list?: { source: string } } }[];
      };
      type Wps = {
        sheets: Sheet[];
        activeSheet: string;
        tables: { name: string; sheet: Sheet }[];
      };
      const wps = (window as unknown as { __zsyzWps: Wps }).__zsyzWps;
      const ledger = wps.sheets.find((s) => s.name === "项目台账")!;
      const status = ledger.rows[0]!.findIndex((c) => c?.value === "项目状态");
      return {
        sheets: wps.sheets.map((s) => s.name),
        active: wps.activeSheet,
        tables: wps.tables.map((t) => [t.name, t.sheet.name]),
        statusChoices: ledger.validations
          .find((v) => v.range.left === status)
          ?.rule.list?.source.split(","),
      };
    });
    expect(after.sheets.slice(0, before.length)).toEqual(before);
    expect(after.sheets.slice(before.length, before.length + 3)).toEqual([
      "项目台账",
      "指标任务分解",
      "重复项目归属",
    ]);
    expect(after.active).toBe("项目台账");
    expect(after.tables).toContainEqual(["招商项目台账", "项目台账"]);
    expect(after.statusChoices).toContain("在建");
    await page.screenshot({ path: join(ARTIFACTS, "wps-created.png"), fullPage: true });
  });

  it("tells under the pane which parts a WPS build without charts left out of 「一键计算」", async () => {
    await page.evaluate(() => {
      type Wps = { missing: Set<string> };
      (window as unknown as { __zsyzWps: Wps }).__zsyzWps.missing.add("ChartObjects");
    });
    await page.getByRole("tab", { name: "指标" }).click();
    await page.getByRole("button", { name: "一键计算", exact: true }).click();
    const notice = page.getByTestId("wps-parts-notice");
    await visible(notice.getByText("「一键计算」已完成，这个 WPS 版本没有做到以下部分"));
    expect(await notice.innerText()).toContain("「指标汇总」没有插入图表（WPS");
    await visible(page.getByText(/已刷新「指标汇总」/));
    await page.screenshot({ path: join(ARTIFACTS, "wps-parts-left-out.png"), fullPage: true });
    await notice.getByRole("button", { name: "关闭" }).click();
    await notice.waitFor({ state: "detached" });
    await page.evaluate(() => {
      type Wps = { missing: Set<string> };
      (window as unknown as { __zsyzWps: Wps }).__zsyzWps.missing.delete("ChartObjects");
    });
  });

  it("keeps to its workbook when another is brought to the front, and works on that one only when asked", async () => {
    type Session = {
      __zsyzWpsSession: { activate(book: unknown): void };
      __zsyzWps: unknown;
      __zsyzWpsOther: { properties: Map<string, string>; sheets: { name: string }[] };
    };
    const bringToFront = (which: "__zsyzWps" | "__zsyzWpsOther") =>
      page.evaluate((key) => {
        const w = window as unknown as Session;
        w.__zsyzWpsSession.activate(w[key]);
        // The pointer comes back into the pane from the sheet.
        document.documentElement.dispatchEvent(new PointerEvent("pointerenter"));
      }, which);
    const file = await page.evaluate(
      () => (window as unknown as { __zsyzWps: { workbookName: string } }).__zsyzWps.workbookName,
    );
    await bringToFront("__zsyzWpsOther");
    const bar = page.getByTestId("wps-switched");
    await visible(
      bar.getByText(`当前工作簿已从「${file}」切换为「其他乡镇.xlsx」，窗格仍在处理「${file}」。`),
    );
    // A button pressed anyway is refused, with nothing written into the other workbook.
    await page.getByRole("button", { name: "一键计算", exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: "当前工作簿已切换" });
    await visible(alert);
    // The pane logs every error it shows (useTask); this one was asked for, the others count.
    const logged = errors.findIndex((e) => e.startsWith("AddinError: 当前工作簿已从"));
    expect(logged).toBeGreaterThanOrEqual(0);
    errors.splice(logged, 1);
    expect(
      await page.evaluate(() =>
        (window as unknown as Session).__zsyzWpsOther.sheets.map((s) => s.name),
      ),
    ).not.toContain("指标汇总");
    await page.screenshot({ path: join(ARTIFACTS, "wps-switched.png"), fullPage: true });
    // Asked to, the pane works on the other workbook: its own sheets, its own (default) settings.
    await alert.getByRole("button", { name: "改为处理「其他乡镇.xlsx」" }).click();
    await bar.waitFor({ state: "detached" });
    await page.getByRole("tab", { name: "台账" }).click();
    await page.getByRole("button", { name: "校验台账", exact: true }).click();
    await expect
      .poll(() => page.getByTestId("check-summary").filter({ visible: true }).innerText())
      .toMatch(/工作表「项目台账」/);
    // Back to the first workbook: its pane as it was left, 一键计算's result included.
    await bringToFront("__zsyzWps");
    await bar.getByRole("button", { name: `改为处理「${file}」` }).click();
    await visible(page.getByText(/已刷新「指标汇总」/));
  });

  it("raised no page error and logged no console error", () => {
    expect(errors).toEqual([]);
  });
});
