// Benchmark (not a test): writes the county workbook of 100 files × 1,000 rows (100,000
// projects) with the pure writer (@zsyz/xlsx, fflate or Node's zlib), each in a fresh process so
// peak memory is its own. (The old yazl writer left apps/batch in 1e3c82e; its figures stay in
// packages/xlsx/README.md.)
// Run: npx tsx bench/write.bench.ts [rows]
import { buildWorkbookPlan, type WorkbookPlan } from "@zsyz/indicators";
import type { LedgerFields, LedgerRecord } from "@zsyz/ledger";
import { streamPlan, type DeflateRaw } from "@zsyz/xlsx";
import { deflateSync, unzipSync } from "fflate";
import { execFileSync } from "node:child_process";
import { closeSync, openSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, deflateRawSync } from "node:zlib";

const SIGN_TYPES = ["合同", "协议", "框架协议", "意向"] as const;
const STATUSES = ["签约", "注册", "开工", "在建", "竣工", "投产", "在谈", "终止"] as const;
const SOURCES = ["省外", "省内市外", "市内", "境外"] as const;

/** 100 townships' ledgers of rows/100 projects each, deterministic. */
function makeRecords(rows: number): LedgerRecord[] {
  let seed = 42;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const money = (max: number): number => Math.round(rand() * max * 100) / 100;
  return Array.from({ length: rows }, (_, i) => {
    const fields: LedgerFields = {
      name: `第${i}号招商引资项目（${pick(["智能制造", "新能源", "文旅", "农产品加工"])}）`,
      investor: `投资方${i % 7919}有限公司`,
      sign_type: pick(SIGN_TYPES),
      sign_date: `${rand() < 0.3 ? 2023 : 2024}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-15`,
      status: pick(STATUSES),
      fund_source: pick(SOURCES),
      amt_signed: money(50000),
      amt_arrived: money(20000),
    };
    if (rand() < 0.3) fields.amt_signed_outprov = money(10000);
    const unit = `第${(i % 100) + 1}镇`;
    return {
      ...{ raw: {}, columns: {}, approximate: [], extra: {} },
      id: String(i),
      file: `${unit}.xlsx`,
      sheet: "台账",
      row: (i % 1000) + 3,
      unit,
      unitSource: "column",
      fields,
      hidden: false,
    } as LedgerRecord;
  });
}

const planOf = (rows: number): WorkbookPlan =>
  buildWorkbookPlan({
    records: makeRecords(rows),
    targets: [],
    asOf: "2024-09-30",
    options: { lazyDetail: true },
  });

const zlibRaw =
  (level: number): DeflateRaw =>
  (data, final) =>
    deflateRawSync(data, {
      level,
      finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    });

type Mode = "fflate-1" | "fflate-3" | "fflate-6" | "zlib-6" | "zlib-1";

/** Child process: writes one workbook and prints time, peak heap and peak RSS as JSON. */
async function runOne(mode: Mode, rows: number): Promise<void> {
  const plan = planOf(rows);
  const path = join(tmpdir(), `zsyz-write-bench-${process.pid}.xlsx`);
  // What the plan and its records hold before writing starts, to tell the writer's own share.
  const baseHeap = process.memoryUsage().heapUsed;
  let heap = 0;
  let rss = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  };
  const timer = setInterval(sample, 10);
  const start = performance.now();
  const [lib, level] = mode.split("-") as ["fflate" | "zlib", string];
  const options =
    lib === "zlib" ? { deflateRaw: zlibRaw(Number(level)) } : { level: Number(level) as 1 | 3 | 6 };
  const fd = openSync(path, "w");
  // A sync loop starves the interval timer, so memory is also sampled per chunk.
  for (const chunk of streamPlan(plan, options)) {
    writeSync(fd, chunk);
    sample();
  }
  closeSync(fd);
  const ms = performance.now() - start;
  clearInterval(timer);
  sample();
  console.log(JSON.stringify({ mode, ms, baseHeap, heap, rss, bytes: statSync(path).size }));
}

const zipOf = (p: WorkbookPlan): Uint8Array => {
  const chunks = [...streamPlan(p, { deflateRaw: zlibRaw(1) })];
  const zip = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) zip.set(c, (at += c.length) - c.length);
  return zip;
};

/** Uncompressed size of the sheets, with and without shared formulas. */
function sheetXmlBytes(plan: WorkbookPlan): { before: number; after: number } {
  const sizes = (p: WorkbookPlan): number => {
    let total = 0;
    unzipSync(zipOf(p), {
      filter: (f) => {
        if (f.name.startsWith("xl/worksheets/")) total += f.originalSize;
        return false;
      },
    });
    return total;
  };
  const unshared: WorkbookPlan = {
    ...plan,
    sheets: plan.sheets.map(({ sharedFormulas: _drop, ...s }) => s),
  };
  return { before: sizes(unshared), after: sizes(plan) };
}

/** Deflate alone, on the detail sheet's XML held in memory: fflate's levels against zlib's. */
function timeDeflate(plan: WorkbookPlan): void {
  const xml = unzipSync(zipOf(plan), { filter: (f) => f.name === "xl/worksheets/sheet2.xml" })[
    "xl/worksheets/sheet2.xml"
  ]!;
  const time = (name: string, run: () => Uint8Array): void => {
    const start = performance.now();
    const out = run();
    console.log(
      `  ${name.padEnd(9)} ${((performance.now() - start) / 1000).toFixed(2)} s → ${MB(out.length)}`,
    );
  };
  console.log(`deflate only, 项目明细's XML (${MB(xml.length)}):`);
  for (const level of [1, 3, 6] as const)
    time(`fflate-${level}`, () => deflateSync(xml, { level }));
  for (const level of [1, 6]) time(`zlib-${level}`, () => deflateRawSync(xml, { level }));
}

const MB = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;

async function main(): Promise<void> {
  if (process.argv[2] === "--one") {
    await runOne(process.argv[3] as Mode, Number(process.argv[4]));
    return;
  }
  const rows = Number(process.argv[2] ?? 100_000);
  const plan = planOf(rows);
  const xml = sheetXmlBytes(plan);
  console.log(
    `${rows} rows: sheet XML ${MB(xml.before)} with every formula written out, ${MB(xml.after)} with shared formulas (${((1 - xml.after / xml.before) * 100).toFixed(0)}% less)`,
  );
  timeDeflate(plan);
  console.log("whole workbook, streamed to a file (fresh process each):");
  const self = fileURLToPath(import.meta.url);
  const modes: Mode[] = ["fflate-1", "fflate-3", "fflate-6", "zlib-1", "zlib-6"];
  for (const mode of modes) {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", self, "--one", mode, String(rows)],
      {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      },
    );
    const r = JSON.parse(out.trim().split("\n").pop()!) as {
      ms: number;
      baseHeap: number;
      heap: number;
      rss: number;
      bytes: number;
    };
    console.log(
      `${mode.padEnd(9)} ${(r.ms / 1000).toFixed(1).padStart(5)} s  peak heap ${MB(r.heap).padStart(9)} (plan ${MB(r.baseHeap)})  peak RSS ${MB(r.rss).padStart(9)}  file ${MB(r.bytes)}`,
    );
  }
}

await main();
