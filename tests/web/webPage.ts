// Opens the built 招商台账助手.html from file:// in headless Chromium (Debian's, through
// playwright-core, as the pane's tests do) and drives it as a user would. Every request the
// page makes is recorded, so a test can assert that nothing but the file itself was loaded.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Download, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { ROOT } from "../helpers/runZsyz.js";

/** The built page. */
export const PAGE_FILE = join(ROOT, "apps/web/dist/招商台账助手.html");
/** Where the tests leave screenshots and downloads. */
export const ARTIFACTS = join(ROOT, "test-artifacts/web");

/** Builds the page as `npm run build -w apps/web` does; throws with esbuild's output on failure. */
export function buildPage(): void {
  const r = spawnSync(process.execPath, [join(ROOT, "apps/web/scripts/build.mjs")], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`web build failed:\n${r.stdout}\n${r.stderr}`);
  mkdirSync(ARTIFACTS, { recursive: true });
}

/** Starts headless Chromium the way the pane's e2e test does. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** An open page and what it did: every request URL, page errors, console errors, CSP reports. */
export interface OpenPage {
  page: Page;
  url: string;
  requests: string[];
  errors: string[];
}

/** Opens the built page from file:// in a fresh context (downloads accepted). */
export async function openPage(browser: Browser): Promise<OpenPage> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1100, height: 900 },
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  // Context-wide, so requests from the Worker are seen too.
  context.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const url = pathToFileURL(PAGE_FILE).href;
  await page.goto(url);
  await page.getByRole("heading", { name: "招商台账助手" }).waitFor();
  return { page, url, requests, errors };
}

/** Sets the as-of date, starts the run and waits for the 检查 view. */
export async function runCheck(page: Page, asOf: string): Promise<void> {
  await page.getByTestId("as-of").fill(asOf);
  await page.getByTestId("start").click();
  await page.getByTestId("check-view").waitFor({ timeout: 120_000 });
}

/** Clicks a button that downloads, saves the file under ARTIFACTS and returns its path. */
export async function download(page: Page, testId: string, name: string): Promise<string> {
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.getByTestId(testId).click(),
  ]);
  const path = join(ARTIFACTS, name);
  await file.saveAs(path);
  return path;
}

/** Downloads 汇总.json from the 报告 tab and parses it. */
export async function downloadSummary<T>(page: Page, name: string): Promise<T> {
  await page.getByRole("tab", { name: "报告" }).click();
  const path = await download(page, "download-json", name);
  return JSON.parse(await readFile(path, "utf8")) as T;
}
