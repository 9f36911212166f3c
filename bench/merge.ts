// Benchmark (not a test): generate N township ledgers × M rows, then, side by side in one
// run on the same files:
//   - unzip + one scan: inflate every sheet part (node:zlib) and walk its XML once — the
//     floor any reader sits on;
//   - readXlsx: our reader alone, over the same files, in this process;
//   - zsyz merge end to end (a fresh process: Node start-up, read, check, compute, write),
//     wall time, CPU time of every thread and peak memory (GNU time);
//   - the pandas + openpyxl peer (bench/pandas_merge.py, Debian's python3-pandas/openpyxl).
//   - zsyz merge again with ZSYZ_READ_WORKERS=1: one read worker beside the main thread, so the
//     pool's share shows (the CLI starts it itself only past 2 MB of input and on 3+ cores);
//   npx tsx bench/merge.ts                 # 30x50 100x1000 300x1000
//   npx tsx bench/merge.ts 30x50 100x1000  # any N x M
//   npx tsx bench/merge.ts --runs 3 100x1000  # every program 3 times, alternated, medians printed
import { ledger } from "./generateLedger.js";
import { readXlsx, writeGrid } from "@zsyz/xlsx";
import { unzipSync } from "fflate";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const runsAt = argv.indexOf("--runs");
const runs = runsAt >= 0 ? Math.max(1, Number(argv[runsAt + 1]) || 1) : 1;
const args = runsAt >= 0 ? argv.filter((_, i) => i !== runsAt && i !== runsAt + 1) : argv;
const scenarios = (args.length ? args : ["30x50", "100x1000", "300x1000"]).map(
  (s) => s.split("x").map(Number) as [number, number],
);
interface Timed {
  seconds: number;
  /** CPU time of every thread (user + system): steadier than wall time on a busy machine. */
  cpu: number;
  mb: number;
  status: number | null;
}

function timed(cmd: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M %U %S", cmd, ...argv], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env,
  });
  const [seconds = NaN, kb = NaN, user = NaN, system = NaN] = (
    r.stderr.trim().split("\n").pop() ?? ""
  )
    .split(" ")
    .map(Number);
  return { seconds, cpu: user + system, mb: kb / 1024, status: r.status };
}

const inflateRaw = (data: Uint8Array, maxSize: number): Uint8Array =>
  inflateRawSync(data, { maxOutputLength: Math.max(1, maxSize) });

/** Inflates every worksheet part and counts its cells with one indexOf walk: the floor. */
function unzipAndScan(paths: readonly string[]): number {
  let cells = 0;
  const decoder = new TextDecoder();
  for (const path of paths) {
    const parts = unzipSync(readFileSync(path), {
      filter: (f) => f.name.startsWith("xl/worksheets/") || f.name === "xl/sharedStrings.xml",
    });
    for (const bytes of Object.values(parts)) {
      const xml = decoder.decode(bytes);
      for (let at = xml.indexOf("<c "); at >= 0; at = xml.indexOf("<c ", at + 3)) cells += 1;
    }
  }
  return cells;
}

const seconds = (start: number): number => (performance.now() - start) / 1000;

/** The run with the median time (the lower middle one of an even number). */
function median(all: readonly Timed[]): Timed {
  return [...all].sort((a, b) => a.seconds - b.seconds)[Math.floor((all.length - 1) / 2)]!;
}

for (const [files, rows] of scenarios) {
  const dir = mkdtempSync(join(tmpdir(), "zsyz-bench-"));
  const ledgers = join(dir, "台账");
  mkdirSync(ledgers);
  for (let f = 0; f < files; f += 1) {
    const grid = ledger(f, rows);
    writeFileSync(join(ledgers, grid.file), writeGrid(grid));
  }
  const paths = readdirSync(ledgers).map((name) => join(ledgers, name));
  const total = files * rows;

  let start = performance.now();
  unzipAndScan(paths);
  const scan = seconds(start);
  start = performance.now();
  for (const path of paths) readXlsx(readFileSync(path), path, { inflateRaw });
  const read = seconds(start);

  const zsyz = (name: string, env: NodeJS.ProcessEnv): Timed =>
    timed(
      process.execPath,
      [
        join(root, "apps/batch/bin/zsyz.js"),
        "merge",
        ledgers,
        "--out",
        join(dir, name),
        "--as-of",
        "2024-09-30",
        "--quiet",
      ],
      env,
    );
  // Alternated, pandas too, so a busy or slow spell of the shared VM hits all three alike
  // (pandas alone varied 27–36 s between idle runs on the same files).
  const plain: Timed[] = [];
  const pooled: Timed[] = [];
  const peers: Timed[] = [];
  for (let i = 0; i < runs; i += 1) {
    plain.push(zsyz(`县汇总${i}.xlsx`, process.env));
    pooled.push(zsyz(`读取线程${i}.xlsx`, { ...process.env, ZSYZ_READ_WORKERS: "1" }));
    peers.push(
      timed("/usr/bin/python3", [
        join(root, "bench/pandas_merge.py"),
        ledgers,
        join(dir, "pandas.xlsx"),
      ]),
    );
  }
  const z = median(plain);
  const z1 = median(pooled);
  const p = median(peers);
  console.log(
    `${files} 个文件 × ${rows} 行 = ${total} 行${runs > 1 ? `（各运行 ${runs} 次，取中位数）` : ""}`,
  );
  console.log(`  解压 + 扫描一遍 XML   ${scan.toFixed(2)} s`);
  console.log(
    `  readXlsx 读取         ${read.toFixed(2)} s（为前者的 ${(read / scan).toFixed(1)} 倍）`,
  );
  console.log(
    `  zsyz merge（全过程） ${z.seconds.toFixed(2)} s  CPU ${z.cpu.toFixed(2)} s  ${(total / z.seconds).toFixed(0)} 行/秒  峰值内存 ${z.mb.toFixed(0)} MB  (退出码 ${z.status})`,
  );
  console.log(
    `  （加 1 个读取线程）   ${z1.seconds.toFixed(2)} s  CPU ${z1.cpu.toFixed(2)} s  ${(total / z1.seconds).toFixed(0)} 行/秒  峰值内存 ${z1.mb.toFixed(0)} MB  (退出码 ${z1.status})`,
  );
  console.log(
    `  pandas+openpyxl      ${p.seconds.toFixed(2)} s  CPU ${p.cpu.toFixed(2)} s  ${(total / p.seconds).toFixed(0)} 行/秒  峰值内存 ${p.mb.toFixed(0)} MB  (退出码 ${p.status})`,
  );
  console.log(`  zsyz 快 ${(p.seconds / z.seconds).toFixed(2)} 倍`);
  if (runs > 1) {
    const all = (ts: readonly Timed[]): string => ts.map((t) => t.seconds.toFixed(2)).join(" / ");
    console.log(`  每次：zsyz ${all(plain)} s；pandas ${all(peers)} s`);
  }
  rmSync(dir, { recursive: true, force: true });
}
