// `npm run demo`: the main job on bundled sample data, with the real CLI. Writes six
// messy township ledgers and a target table into a temp folder (`zsyz sample`), merges
// them into one county workbook (`zsyz merge`), and prints where it is. The samples hold
// planted data errors, so exit code 1 from merge is the expected outcome here.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const zsyz = (args) =>
  spawnSync(process.execPath, [join(root, "apps/batch/bin/zsyz.js"), ...args], { stdio: "inherit" })
    .status;

const dir = mkdtempSync(join(tmpdir(), "zsyz-demo-"));
console.log(`示例数据目录：${dir}\n`);
if (zsyz(["sample", dir]) !== 0) process.exit(2);
console.log("");
const out = join(dir, "县汇总.xlsx");
const status = zsyz([
  "merge",
  join(dir, "台账"),
  "--targets",
  join(dir, "任务分解表.xlsx"),
  "--as-of",
  "2024-09-30",
  "--out",
  out,
  "--json",
  join(dir, "汇总.json"),
  "--quiet",
]);
if (status !== 0 && status !== 1) process.exit(status ?? 2);
console.log(
  `\n用 Excel 或 WPS 打开 ${out} 查看指标汇总（实时公式）、项目明细、问题清单和报告摘要。`,
);
