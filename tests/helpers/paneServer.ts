// The task pane's preview build served from a local HTTP server, for the pane's Chromium tests
// (taskpane, settings, wpsNoWorkbook): office.js replaced by the in-memory fakes.
import { existsSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { build } from "vite";
import { ROOT } from "./runZsyz.js";

/** The add-in's workspace. */
export const APP = join(ROOT, "apps/excel-addin");
/** Debian's Chromium, driven through playwright-core. */
export const CHROMIUM = "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
};

/** Waits until the locator is visible; fails the test after 10 s. */
export function visible(locator: Locator): Promise<void> {
  return locator.waitFor({ state: "visible", timeout: 10_000 });
}

/** Serves `dir` on 127.0.0.1 at a free port; only files inside `dir`, nothing else. */
export function serve(dir: string): Promise<Server> {
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

/**
 * Builds the pane's preview (office.js and the WPS object model replaced by the in-memory
 * fakes) into `outDir` (default: the add-in's dist-preview). Fails at once, saying what to
 * install, where Debian's Chromium is missing.
 */
export async function buildPreview(outDir?: string): Promise<void> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (.ci/run does)`);
  await build({
    root: APP,
    configFile: join(APP, "vite.config.ts"),
    mode: "preview",
    logLevel: "warn",
    ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}),
  });
}

/** Headless Debian Chromium, offline and quiet (no sync, updates or first-run pages). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}

/**
 * A page as wide as Excel's default task pane that adds every page error and console error
 * to `errors` (not the favicon the browser asks for by itself: Excel's pane never does).
 */
export async function panePage(
  browser: Browser,
  errors: string[],
  options: { height?: number; deviceScaleFactor?: number } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 360, height: options.height ?? 900 },
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico"))
      errors.push(`${m.text()} ${m.location().url}`);
  });
  return page;
}
