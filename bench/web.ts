// Benchmark (not a test): 招商台账助手.html in headless Chromium from file:// on N generated
// township ledgers × M rows (the generator of bench/merge.ts). Prints, per scenario:
//   - 检查: from the click on 开始检查 to the result on screen (read, check, compute in the Worker);
//   - 合并: from the click on 下载 to the downloaded 县汇总.xlsx (the Worker writes the workbook);
//   - the page's longest main-thread stall during each (a 20 ms interval timer's worst lateness);
//   - peak memory of the whole browser (every Chromium process, summed RSS, sampled every 100 ms);
//   - the size of the built page.
//   npx tsx bench/web.ts                 # 30x50 300x1000
//   npx tsx bench/web.ts 30x50 100x1000  # any N x M
import { ledger } from "./generateLedger.js";
import { writeGrid } from "@zsyz/xlsx";
import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PAGE = join(root, "apps/web/dist/招商台账助手.html");
const args = process.argv.slice(2);
const scenarios = (args.length ? args : ["30x50", "300x1000"]).map(
  (s) => s.split("x").map(Number) as [number, number],
);

/** Summed resident memory (MB) of every process descended from this one: the browser's. */
function browserRssMb(): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      parent.set(pid, Number(/PPid:\s+(\d+)/.exec(status)?.[1]));
      rss.set(pid, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // The process ended while we looked.
    }
  }
  let kb = 0;
  for (const [pid, size] of rss) {
    for (let p: number | undefined = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === process.pid) {
        kb += size;
        break;
      }
  }
  return kb / 1024;
}

const build = spawnSync(process.execPath, [join(root, "apps/web/scripts/build.mjs")], {
  encoding: "utf8",
});
if (build.status !== 0) throw new Error(build.stderr);
console.log(`招商台账助手.html：${(statSync(PAGE).size / 1024).toFixed(0)} KB`);

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--disable-component-update", "--disable-sync", "--no-first-run"],
});
for (const [files, rows] of scenarios) {
  const dir = mkdtempSync(join(tmpdir(), "zsyz-bench-web-"));
  const ledgers = join(dir, "台账");
  mkdirSync(ledgers);
  for (let f = 0; f < files; f += 1) {
    const grid = ledger(f, rows);
    writeFileSync(join(ledgers, grid.file), writeGrid(grid));
  }
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pathToFileURL(PAGE).href);
  await page.getByTestId("pick-folder").setInputFiles(ledgers);
  await page.getByTestId("as-of").fill("2024-09-30");
  let peak = browserRssMb();
  const sampler = setInterval(() => (peak = Math.max(peak, browserRssMb())), 100);
  // The page's own clock: how late a 20 ms timer fires is how long the main thread was busy.
  await page.evaluate(() => {
    const w = window as unknown as { stall: number };
    w.stall = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.stall = Math.max(w.stall, now - last - 20);
      last = now;
    }, 20);
  });

  let start = performance.now();
  await page.getByTestId("start").click();
  await page.getByTestId("check-view").waitFor({ timeout: 30 * 60_000 });
  const check = (performance.now() - start) / 1000;
  const accounting = await page.getByTestId("accounting").innerText();
  const checkStall = await page.evaluate(() => {
    const w = window as unknown as { stall: number };
    const worst = w.stall;
    w.stall = 0;
    return worst;
  });

  await page.getByRole("tab", { name: "合并" }).click();
  start = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30 * 60_000 }),
    page.getByTestId("download-xlsx").click(),
  ]);
  const out = join(dir, "县汇总.xlsx");
  await download.saveAs(out);
  const merge = (performance.now() - start) / 1000;
  clearInterval(sampler);
  const mergeStall = await page.evaluate(() => (window as unknown as { stall: number }).stall);

  const total = files * rows;
  console.log(`${files} 个文件 × ${rows} 行 = ${total} 行`);
  console.log(`  ${accounting.split("。")[0]}`);
  console.log(
    `  检查（读取、校验、计算）  ${check.toFixed(2)} s  ${(total / check).toFixed(0)} 行/秒`,
  );
  console.log(
    `  合并（生成并下载县汇总.xlsx，${(statSync(out).size / 2 ** 20).toFixed(1)} MB）  ${merge.toFixed(2)} s`,
  );
  console.log(
    `  页面主线程最长停顿  检查 ${checkStall.toFixed(0)} ms，合并 ${mergeStall.toFixed(0)} ms`,
  );
  console.log(`  浏览器峰值内存（全部进程）  ${peak.toFixed(0)} MB`);
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
await browser.close();
