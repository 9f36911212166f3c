// The settings panel of the built task pane in headless Chromium, against the in-memory Excel
// fake (the preview page of taskpane.e2e.test.ts): staff fill the forms — a custom indicator
// over Chinese names, a requirement, a scoring scheme — save, run 「一键计算」 and find the
// effect in the sheets written.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPreview, launchChromium, panePage, serve, visible } from "../helpers/paneServer.js";
import { columnLetter } from "@zsyz/ledger";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ARTIFACTS = join(ROOT, "test-artifacts/addin-settings");
// A build of its own, so this file never races taskpane.e2e.test.ts over dist-preview.
const DIST = join(ARTIFACTS, "dist");

/** A sheet's cell values (cached results for formulas) and the saved settings, from the fake. */
async function readFake(page: Page, sheet: string) {
  return page.evaluate((name) => {
    type Fake = {
      state: {
        sheets: { name: string; rows: ({ value: unknown; formula?: string } | undefined)[][] }[];
        settings: Map<string, unknown>;
      };
    };
    const fake = (window as unknown as { __zsyzFake: Fake }).__zsyzFake;
    const s = fake.state.sheets.find((x) => x.name === name);
    return {
      rows: s ? Array.from(s.rows, (r) => Array.from(r ?? [], (c) => c?.value ?? null)) : null,
      formulas: s
        ? Array.from(s.rows, (r) => Array.from(r ?? [], (c) => c?.formula ?? null))
        : null,
      settings: fake.state.settings.get("zsyz.settings") ?? null,
    };
  }, sheet);
}

describe("settings panel in Chromium against the fake Excel", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await buildPreview(DIST);
    server = await serve(DIST);
    browser = await launchChromium();
    page = await panePage(browser, errors);
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`);
    await page.getByRole("heading", { name: "招商台账" }).waitFor();
    await page.getByRole("tab", { name: "设置" }).click();
    await visible(page.getByRole("group", { name: "考评办法", exact: true }));
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("checks a custom indicator's expression over Chinese names as it is typed, with the code generated", async () => {
    await page.getByRole("button", { name: "添加自定义指标" }).click();
    const card = page.getByRole("group", { name: "自定义指标1", exact: true });
    await visible(
      card.getByText("「自定义指标1」的「名称」：请填写指标的中文名称（如“综合到位率”）。"),
    );
    await page.getByLabel("自定义指标1的名称").fill("新签到位比");
    await visible(
      card.getByText("表达式为空。请填写计算公式，如“新签约项目到位资金 / 签约资金”。"),
    );
    const formula = page.getByLabel("自定义指标1的公式");
    await formula.fill("新签约项目到位资金 / 签约资");
    await visible(card.getByText(/“签约资”不是已知的指标。请写指标的中文名称/));
    await formula.fill("新签约项目到位资金 / 签约资金");
    await visible(card.getByText("公式可以使用。"));
    await visible(card.getByText(/代码 custom_1（自动生成/));
  });

  it("refuses a scoring item's points that are not a number, under the field, and will not save", async () => {
    const item = page.getByRole("group", { name: "考评项目1", exact: true });
    await item.getByLabel("分值").fill("三十五");
    await visible(item.getByText("分值应为 0 到 1000 之间的数，如“35”", { exact: true }));
    expect(await page.getByRole("button", { name: "保存设置" }).isDisabled()).toBe(true);
  });

  it("saves a scheme, a requirement and the custom indicator, and 一键计算 writes 指标汇总 and 考评得分 by them", async () => {
    // Scheme: 签约资金完成率 alone, 100 points, capped at 100%; no deductions.
    const scheme = page.getByRole("group", { name: "考评办法", exact: true });
    await page.getByLabel("办法名称").fill("测试考评办法");
    const first = scheme.getByRole("group", { name: "考评项目1", exact: true });
    await first.getByLabel("分值").fill("100");
    await first.getByLabel("封顶").fill("100%");
    for (let n = 0; n < 3; n += 1)
      await scheme
        .getByRole("group", { name: "考评项目2", exact: true })
        .getByRole("button")
        .click();
    for (let n = 0; n < 2; n += 1)
      await scheme.getByRole("group", { name: "扣分项1", exact: true }).getByRole("button").click();
    // Requirement: 资金到位率 at least 50%.
    await page.getByRole("button", { name: "添加达标要求" }).click();
    await page.getByLabel("第1条达标要求的指标").selectOption({ label: "资金到位率" });
    await page.getByLabel("第1条达标要求的达标线").fill("50");
    await page.getByRole("button", { name: "保存设置" }).click();
    await visible(page.getByText("设置已保存到本工作簿。"));
    const saved = JSON.parse(String((await readFake(page, "9月台账")).settings)) as {
      scoring: unknown;
      requirements: unknown;
      customIndicators: unknown;
    };
    expect(saved.scoring).toEqual({
      name: "测试考评办法",
      items: [{ indicator: "rate_signed", weight: 100, method: "linear", cap: 1 }],
      deductions: [],
    });
    expect(saved.requirements).toEqual([{ indicator: "arrival_rate_new", atLeast: 0.5 }]);
    expect(saved.customIndicators).toEqual([
      { key: "custom_1", name: "新签到位比", expression: "新签约项目到位资金 / 签约资金" },
    ]);
    await page.screenshot({ path: join(ARTIFACTS, "settings-forms.png"), fullPage: true });

    await page.getByRole("tab", { name: "指标" }).click();
    await page.getByLabel("任务分解表").selectOption("任务分解");
    await page.getByRole("button", { name: "一键计算", exact: true }).click();
    await visible(page.getByText(/已写入「指标汇总」/));

    // The fake keeps the formulas the pane wrote (Excel computes them): each must say what the
    // forms said, over the right columns of the unit's own row.
    const written = await readFake(page, "指标汇总");
    const summary = written.rows!;
    const headerRow = summary.findIndex((r) => r.includes("签约资金完成率"));
    const header = summary[headerRow]!;
    const at = (name: string) => {
      const col = header.findIndex((h) => h === name || String(h).startsWith(`${name}（`));
      expect(col, name).toBeGreaterThanOrEqual(0);
      return col;
    };
    const letter = (name: string) => columnLetter(at(name));
    const units = summary
      .map((r, i) => ({ unit: String(r[0]), row: i + 1 }))
      .filter((u, i) => i > headerRow && /街道|乡|镇/.test(u.unit));
    expect(units.length).toBeGreaterThan(1);
    const [arrivedNew, signedAmt, arrivalRate, rateSigned] = [
      letter("新签约项目到位资金"),
      letter("签约资金"),
      letter("资金到位率"),
      letter("签约资金完成率"),
    ];
    const scores = await readFake(page, "考评得分");
    expect(scores.rows![0]?.[0]).toBe("招商引资考评得分（测试考评办法）");
    expect(scores.rows![2]).toEqual(["单位", "签约资金完成率（100分）", "得分", "排名"]);
    for (const { unit, row } of units) {
      const f = written.formulas![row - 1]!;
      // 新签到位比 = 新签约项目到位资金 / 签约资金, empty without a signing.
      expect(f[at("新签到位比")]).toBe(`=IFERROR(${arrivedNew}${row}/${signedAmt}${row},"")`);
      // 资金到位率 at or above 50%.
      expect(f[at("资金到位率是否达到要求")]).toBe(
        `=IF(${arrivalRate}${row}="","",${arrivalRate}${row}>=0.5)`,
      );
      // 100 points × 签约资金完成率, at most 100%; the score is that item alone.
      const scoreRow = scores.rows!.findIndex((r) => r[0] === unit);
      const sf = scores.formulas![scoreRow]!;
      const ref = `'指标汇总'!${rateSigned}${row}`;
      expect(sf[1], unit).toBe(`=IF(ISNUMBER(${ref}),100*MIN(MAX(${ref},0),1),0)`);
      expect(sf[2]).toBe(`=MAX(0,SUM(B${scoreRow + 1}:B${scoreRow + 1}))`);
    }
    expect(errors).toEqual([]);
  });

  it("exports the saved settings as a file's JSON, and imports one written over Chinese names into the forms", async () => {
    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByRole("button", { name: "导出", exact: true }).click();
    const exported = JSON.parse(await page.getByLabel("设置文件内容").inputValue()) as {
      scoring: { name: string };
      customIndicators: { name: string }[];
    };
    expect(exported.scoring.name).toBe("测试考评办法");
    expect(exported.customIndicators.map((c) => c.name)).toEqual(["新签到位比"]);

    await page.getByRole("button", { name: "导入", exact: true }).click();
    const box = page.getByLabel("粘贴设置文件内容");
    await box.fill("{");
    await page.getByRole("button", { name: "确定导入" }).click();
    await visible(page.getByText(/设置内容已损坏，无法读取/));
    await box.fill(
      JSON.stringify({
        version: 1,
        countyName: "全区",
        requirements: [{ indicator: "开工率", atLeast: 0.8 }],
        scoring: {
          name: "区考评办法",
          items: [{ indicator: "到位资金完成率", weight: 60, method: "linear" }],
          deductions: [],
        },
      }),
    );
    await page.getByRole("button", { name: "确定导入" }).click();
    await expect.poll(() => page.getByLabel("本县称谓").inputValue()).toBe("全区");
    expect(await page.getByLabel("第1条达标要求的指标").inputValue()).toBe("start_rate_new");
    expect(await page.getByLabel("第1条达标要求的达标线").inputValue()).toBe("80");
    expect(await page.getByLabel("办法名称").inputValue()).toBe("区考评办法");
    const item = page.getByRole("group", { name: "考评项目1", exact: true });
    expect(await item.getByLabel("分值").inputValue()).toBe("60");
    expect(await page.getByRole("group", { name: "考评项目2", exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("takes the county's own 签约金额分档, offers the new bands to 达标要求, and refuses text that is not one", async () => {
    const bands = page.getByLabel("签约金额分档（万元）");
    await bands.fill("5000、一亿");
    await visible(
      page.getByText(
        "「签约金额分档」中的“一亿”不是 1 到 100000000 之间的整数。请写 1 到 6 个互不相同的整数金额（万元），用顿号分隔，如“1000、10000、100000”。",
      ),
    );
    // Refused before it can be saved.
    expect(await page.getByRole("button", { name: "保存设置" }).isDisabled()).toBe(true);
    await bands.fill("5000、10000");
    const offered = await page.getByLabel("第1条达标要求的指标").locator("option").allInnerTexts();
    expect(offered).toContain("5000万元以上项目数");
    expect(offered).not.toContain("千万元以上项目数");
    await page.getByRole("button", { name: "保存设置" }).click();
    await visible(page.getByText("设置已保存到本工作簿。"));
    const saved = JSON.parse(String((await readFake(page, "9月台账")).settings)) as {
      sizeBands?: number[];
    };
    expect(saved.sizeBands).toEqual([5000, 10000]);
    expect(errors).toEqual([]);
  });
});
