// The WPS pane in Chromium when WPS 表格 has no workbook open (wps.html on the preview fake, its
// session emptied as the page receives it): it says so, connects to the first workbook opened,
// keeps a fill's undo past a refused press, and keeps each workbook's result across a switch.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPreview, launchChromium, panePage, serve, visible } from "../helpers/paneServer.js";
import { ROOT } from "../helpers/runZsyz.js";

// A preview build of its own, so this file never tests a stale dist-preview nor races
// taskpane.e2e.test.ts over it.
const DIST = join(ROOT, "test-artifacts/addin-wps-no-workbook/dist");

describe("task pane in Chromium against a WPS 表格 with no workbook open", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  type Session = {
    __zsyzWpsSession: { open(book: unknown): void; books: unknown[] };
    __zsyzWps: { workbookName: string; sheet(name: string): { rows: unknown[] } };
    __zsyzWpsOther: unknown;
  };

  beforeAll(async () => {
    await buildPreview(DIST);
    server = await serve(DIST);
    browser = await launchChromium();
    page = await panePage(browser, errors);
    // WPS started without a workbook: the preview's session is emptied as the page hands it over.
    await page.addInitScript(() => {
      Object.defineProperty(window, "Application", {
        configurable: true,
        set(session: { books: unknown[]; close(book: unknown): void }) {
          while (session.books.length > 0) session.close(session.books[0]);
          Object.defineProperty(window, "Application", { value: session, writable: true });
        },
      });
    });
    const port = (server.address() as AddressInfo).port;
    await page.goto(`http://127.0.0.1:${port}/wps.html`);
    await page.getByRole("heading", { name: "招商台账" }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("says no workbook is open, with no buttons to press", async () => {
    const bar = page.getByTestId("wps-no-workbook");
    await visible(bar.getByText("没有打开的工作簿"));
    expect(await bar.innerText()).toContain("或新建一个工作簿");
    expect(await page.getByRole("button", { name: "校验台账", exact: true }).count()).toBe(0);
    await bar.getByRole("button", { name: "重新检查" }).click();
    await visible(bar);
  });

  it("connects to the workbook opened next, names it, and works on it", async () => {
    const file = await page.evaluate(() => {
      const w = window as unknown as Session;
      w.__zsyzWpsSession.open(w.__zsyzWps);
      // The pointer comes back into the pane from the sheet.
      document.documentElement.dispatchEvent(new PointerEvent("pointerenter"));
      return w.__zsyzWps.workbookName;
    });
    await visible(page.getByTestId("wps-joined").getByText(`已连接工作簿「${file}」`));
    await page.getByTestId("wps-no-workbook").waitFor({ state: "detached" });
    await page.getByRole("button", { name: "校验台账", exact: true }).click();
    await expect
      .poll(() => page.getByTestId("check-summary").innerText())
      .toMatch(/工作表「9月台账」/);
  });

  it("keeps 「撤销本次填充」 of a fill after a press on a sheet without 完成率 columns", async () => {
    await page.getByRole("tab", { name: "指标" }).click();
    const sheetList = page.getByLabel("工作表", { exact: true });
    await sheetList.selectOption("完成情况");
    await page.getByRole("button", { name: "填充完成率公式", exact: true }).click();
    const undo = page.getByRole("button", { name: "撤销本次填充" });
    await visible(undo);
    await sheetList.selectOption("9月台账");
    await page.getByRole("button", { name: "填充完成率公式", exact: true }).click();
    await visible(page.getByRole("alert").filter({ hasText: "完成率" }));
    await undo.click();
    await visible(page.getByText("已撤销，单元格恢复为填充前的内容和格式。"));
    await page.getByRole("tab", { name: "台账" }).click();
  });

  it("keeps that workbook's result after working on another one and coming back", async () => {
    const bringToFront = (key: "__zsyzWps" | "__zsyzWpsOther") =>
      page.evaluate((k) => {
        const w = window as unknown as Session;
        w.__zsyzWpsSession.open(w[k]);
        document.documentElement.dispatchEvent(new PointerEvent("pointerenter"));
      }, key);
    await bringToFront("__zsyzWpsOther");
    const bar = page.getByTestId("wps-switched");
    await bar.getByRole("button", { name: "改为处理「其他乡镇.xlsx」" }).click();
    await bar.waitFor({ state: "detached" });
    await page.getByRole("button", { name: "校验台账", exact: true }).click();
    await expect
      .poll(() => page.getByTestId("check-summary").filter({ visible: true }).innerText())
      .toMatch(/工作表「项目台账」/);
    const file = await page.evaluate(() => (window as unknown as Session).__zsyzWps.workbookName);
    await bringToFront("__zsyzWps");
    await bar.getByRole("button", { name: `改为处理「${file}」` }).click();
    await expect
      .poll(() => page.getByTestId("check-summary").filter({ visible: true }).innerText())
      .toMatch(/工作表「9月台账」/);
  });

  it("raised no page error and logged no console error", () => {
    expect(errors).toEqual([]);
  });
});
