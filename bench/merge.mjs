// Benchmark (not a test): generate N township ledgers × M rows, then time `zsyz merge`
// and the pandas + openpyxl peer on the same files, in one run. Prints wall time, rows/s,
// the ratio and peak memory (GNU time's max RSS).
//   node bench/merge.mjs                 # the two scenarios of issue 4
//   node bench/merge.mjs 30x50 100x1000  # any N x M
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const scenarios = (
  process.argv.slice(2).length ? process.argv.slice(2) : ["30x50", "300x1000"]
).map((s) => s.split("x").map(Number));
const HEADER = [
  "序号",
  "项目名称",
  "责任单位",
  "投资方",
  "资金来源",
  "签约类型",
  "签约时间",
  "签约资金（万元）",
  "本年到位资金（万元）",
  "累计到位资金（万元）",
  "项目状态",
  "开工时间",
  "土地手续",
  "备注",
];
const STATUS = ["签约", "注册", "开工", "在建", "竣工", "投产"];

async function generate(dir, files, rows) {
  for (let f = 0; f < files; f += 1) {
    const unit = `第${f + 1}镇`;
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: join(dir, `${unit}.xlsx`),
      useSharedStrings: false,
    });
    const ws = wb.addWorksheet("台账");
    ws.addRow([`${unit}2024年招商引资项目台账`]).commit();
    ws.addRow(HEADER).commit();
    for (let r = 0; r < rows; r += 1) {
      const signed = 500 + ((f * 7919 + r * 104729) % 30000);
      const status = STATUS[(f + r) % STATUS.length];
      const started = ["开工", "在建", "竣工", "投产"].includes(status);
      ws.addRow([
        r + 1,
        `${unit}项目${r + 1}`,
        unit,
        `投资公司${f}-${r}`,
        "省外",
        r % 3 ? "合同" : "协议",
        `2024-${String(1 + (r % 8)).padStart(2, "0")}-15`,
        signed,
        Math.round(signed / 3),
        Math.round(signed / 2),
        status,
        started ? "2024-09-01" : null,
        "已供地",
        null,
      ]).commit();
    }
    ws.addRow(["合计"]).commit();
    await wb.commit();
  }
}

function timed(cmd, args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", cmd, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [seconds, kb] = last.split(" ").map(Number);
  return { seconds, mb: kb / 1024, status: r.status };
}

for (const [files, rows] of scenarios) {
  const dir = mkdtempSync(join(tmpdir(), "zsyz-bench-"));
  const ledgers = join(dir, "台账");
  mkdirSync(ledgers);
  await generate(ledgers, files, rows);
  const total = files * rows;
  const z = timed(process.execPath, [
    join(root, "apps/batch/bin/zsyz.js"),
    "merge",
    ledgers,
    "--out",
    join(dir, "县汇总.xlsx"),
    "--as-of",
    "2024-09-30",
    "--quiet",
  ]);
  const p = timed("/usr/bin/python3", [
    join(root, "bench/pandas_merge.py"),
    ledgers,
    join(dir, "pandas.xlsx"),
  ]);
  console.log(`${files} 个文件 × ${rows} 行 = ${total} 行`);
  console.log(
    `  zsyz merge      ${z.seconds.toFixed(2)} s  ${(total / z.seconds).toFixed(0)} 行/秒  峰值内存 ${z.mb.toFixed(0)} MB  (退出码 ${z.status})`,
  );
  console.log(
    `  pandas+openpyxl ${p.seconds.toFixed(2)} s  ${(total / p.seconds).toFixed(0)} 行/秒  峰值内存 ${p.mb.toFixed(0)} MB  (退出码 ${p.status})`,
  );
  console.log(`  zsyz 快 ${(p.seconds / z.seconds).toFixed(2)} 倍`);
  rmSync(dir, { recursive: true, force: true });
}
