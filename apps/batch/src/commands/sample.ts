import { sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { writeGrid } from "@zsyz/xlsx";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parseOptions } from "../parseOptions.js";
import { UsageError } from "../UsageError.js";
import { writeFileAtomic } from "../writeFileAtomic.js";

// Help text of `zsyz sample`.
const SAMPLE_HELP = `用法：zsyz sample <文件夹> [选项]

生成一套示例数据：6 个乡镇/园区的招商引资项目台账（故意带有各种常见问题：
两行合并表头、亿元单位、文本数字、各种日期写法、合计不符、重复报送等）和一张指标任务分解表，
用于试用 zsyz check / zsyz merge。

选项：
  --year <年份>    台账年份（默认 2024，与示例截至日期 2024-09-30 配套）
  -h, --help       显示本帮助`;

/** Runs `zsyz sample`; returns the exit code. */
export async function runSample(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { year: { type: "string" } }, "sample");
  if (values.help) {
    process.stdout.write(`${SAMPLE_HELP}\n`);
    return 0;
  }
  const dir = positionals[0];
  if (!dir || positionals.length > 1)
    throw new UsageError("请给出一个输出文件夹，例如：zsyz sample 示例台账/");
  const yearText = (values.year as string | undefined) ?? "2024";
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2099)
    throw new UsageError(`年份“${yearText}”不对，请写四位年份，如 2024。`);
  try {
    await mkdir(join(dir, "台账"), { recursive: true });
  } catch (thrown) {
    throw new UsageError(`无法创建文件夹 ${dir}：没有写入权限或路径被文件占用。`, {
      cause: thrown,
    });
  }
  const written: string[] = [];
  for (const grid of sampleLedgers(year)) {
    const path = join(dir, "台账", grid.file);
    await writeFileAtomic(path, writeGrid(grid));
    written.push(path);
  }
  const targets = join(dir, sampleTargets().file);
  await writeFileAtomic(targets, writeGrid(sampleTargets()));
  process.stdout.write(
    `已生成 ${written.length} 个示例台账（${join(dir, "台账")}）和任务分解表（${targets}）。\n`,
  );
  return 0;
}
