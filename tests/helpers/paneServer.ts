// The task pane's preview build served from a local HTTP server, for the pane's Chromium tests
// (taskpane.e2e.test.ts, settings.e2e.test.ts): office.js replaced by the in-memory fakes.
import { existsSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import type { Locator } from "playwright-core";
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
