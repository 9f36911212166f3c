import {
  buildSummaryJson,
  describeHeadline,
  OUTPUT_SHEETS,
  runCounty,
  type WorkbookSource,
} from "@zsyz/county";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "@zsyz/indicators";
import { countBySeverity } from "@zsyz/ledger";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { findInputs } from "../findInputs.js";
import { isEarlierSummary } from "../isEarlierSummary.js";
import { loadPrevious } from "../loadPrevious.js";
import { parseAsOf, parseOptions } from "../parseOptions.js";
import { formatIssues, makePaint } from "../printIssues.js";
import { makeProgress } from "../progress.js";
import { isLargeInput, readSource, readSources } from "../readSource.js";
import { UsageError } from "../UsageError.js";
import { checkOutputs } from "../checkOutputs.js";
import { describeReadError } from "../describeReadError.js";
import { describeWriteError } from "../describeWriteError.js";
import { forTerminal } from "../terminalText.js";
import { writeJson } from "../writeJson.js";
import { startCompressor, writeWorkbook } from "../writeWorkbook.js";

// Help text of `zsyz merge`.
const MERGE_HELP = `用法：zsyz merge <文件或文件夹…> --out 县汇总.xlsx [选项]

把各乡镇、街道、园区报送的项目台账合并成一个全县汇总工作簿：
${OUTPUT_SHEETS.map((s) => `  ${s.name}  ${s.when ? `${s.when}：` : ""}${s.description}`).join("\n")}
原始台账不会被修改；汇总文件先写入临时文件，完整写好后才替换目标文件。

选项：
  --out <文件>       汇总工作簿的保存路径（.xlsx，必填）
  --targets <文件>   指标任务分解表（.xlsx）；不给则完成率、排名等留空
  --as-of <日期>     截至日期，如 2024-09-30（默认上月最后一天，会在结果中写明）
  --settings <文件>  设置文件（JSON，与 Excel 加载项“设置”导出的相同）：小数位数、
                     县区称谓、自定义指标、考评办法；不给则用默认设置
  --json <文件>      另存机器可读的汇总结果（files、rows、units、total、industries、issues）
  --previous <文件>  上期汇总（上期用 --json 另存的文件）：加上各单位和全县较上期的增减、
                     完成率变化（个百分点）和排名升降，并在通报中点名连续两次排名末位的单位；
                     文件无法使用时给出说明，本次汇总照常完成
  -q, --quiet        不显示进度
  -h, --help         显示本帮助

退出码：0 完成且数据无错误；1 完成但数据中有错误（见问题清单）；2 无法运行。

示例：
  zsyz merge 各乡镇台账/ --targets 任务分解表.xlsx --as-of 2024-09-30 --out 县汇总.xlsx`;

// ZSYZ_TIMING=1 prints how long each phase took (for benchmarks), on stderr.
const phase = (() => {
  let last = performance.now();
  return (name: string): void => {
    const now = performance.now();
    if (process.env.ZSYZ_TIMING)
      process.stderr.write(
        `[计时] ${name} ${(now - last).toFixed(0)} ms，堆 ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB\n`,
      );
    last = now;
  };
})();

/** Runs `zsyz merge`; returns the exit code. */
export async function runMerge(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      out: { type: "string", short: "o" },
      targets: { type: "string" },
      "as-of": { type: "string" },
      settings: { type: "string" },
      json: { type: "string" },
      previous: { type: "string" },
      quiet: { type: "boolean", short: "q" },
    },
    "merge",
  );
  if (values.help) {
    process.stdout.write(`${MERGE_HELP}\n`);
    return 0;
  }
  const out = values.out as string | undefined;
  if (positionals.length === 0)
    throw new UsageError(
      "请给出要合并的台账文件或文件夹，例如：zsyz merge 各乡镇台账/ --out 县汇总.xlsx",
    );
  if (!out) throw new UsageError("请用 --out 指定汇总工作簿的保存路径，例如 --out 县汇总.xlsx");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`输出文件“${out}”应以 .xlsx 结尾。`);
  if (existsSync(join(dirname(out), `~$${basename(out)}`)))
    throw new UsageError(`输出文件 ${out} 正在 Excel/WPS 中打开，请先关闭再运行。`);
  const asOf = parseAsOf(values["as-of"] as string | undefined);
  const targetsPath = values.targets as string | undefined;
  const jsonPath = values.json as string | undefined;
  const settingsPath = values.settings as string | undefined;
  const settings = await loadSettings(settingsPath);
  const previousPath = values.previous as string | undefined;
  const previous = previousPath === undefined ? undefined : await loadPrevious(previousPath);

  // A rerun into the same folder: our summary there is replaced, neither read nor refused.
  const earlier = (await isEarlierSummary(out, positionals, asOf)) ? resolve(out) : undefined;
  const found = (await findInputs(positionals)).filter((f) => resolve(f.path) !== earlier);
  checkOutputs(
    [
      { option: "--out", path: out },
      ...(jsonPath ? [{ option: "--json" as const, path: jsonPath }] : []),
    ],
    [
      ...found.map((f) => ({ kind: "台账" as const, path: f.path })),
      ...(targetsPath ? [{ kind: "任务分解表" as const, path: targetsPath }] : []),
      ...(settingsPath ? [{ kind: "设置文件" as const, path: settingsPath }] : []),
    ],
  );
  // The targets table may sit in the same folder as the ledgers: it is not a ledger.
  const skip = new Set([resolve(out), ...(targetsPath ? [resolve(targetsPath)] : [])]);
  const inputs = found.filter((f) => !skip.has(resolve(f.path)));
  if (inputs.length === 0)
    throw new UsageError(`在 ${positionals.join("、")} 中没有找到 .xlsx 台账文件。`);

  const targets: WorkbookSource | null = targetsPath
    ? await readSource({ path: targetsPath, kind: "xlsx" })
    : null;
  // A county-size job (inputs of 2 MB or more, ~25,000 projects): files may be read in worker
  // threads (3+ cores), and the output's compression worker starts while the ledgers are read.
  const large = await isLargeInput(inputs);
  const compressor = large ? startCompressor() : undefined;
  const progress = makeProgress(values.quiet === true);
  const run = await runCounty({
    ledgers: readSources(inputs, progress.update, asOf, large),
    targets,
    asOf,
    settings,
    lazyDetail: true,
    ...(previous ? { previous } : {}),
  });
  progress.stop();
  phase("读取台账、计算指标");
  if (run.files.every((f) => f.status === "error")) {
    process.stdout.write(`${formatIssues(run, makePaint(process.stdout))}\n`);
    // As `check` does: the JSON still says what became of every file.
    if (jsonPath) await writeJson(jsonPath, buildSummaryJson(run, asOf));
    throw new UsageError(
      `没有一个文件能作为台账读取，未生成汇总工作簿${jsonPath ? `（各文件的原因已写入 ${jsonPath}）` : ""}。`,
    );
  }
  try {
    await writeWorkbook(run.plan, out, compressor);
    phase("写出工作簿");
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    if (typeof code !== "string") throw thrown;
    throw new UsageError(`无法写入 ${out}：${describeWriteError(code)}`, { cause: thrown });
  }
  if (jsonPath) await writeJson(jsonPath, buildSummaryJson(run, asOf));

  const paint = makePaint(process.stdout);
  process.stdout.write(
    `${formatIssues(run, paint)}\n\n${forTerminal(describeHeadline(run.results, settings))}。\n汇总工作簿已保存：${forTerminal(out)}\n`,
  );
  return countBySeverity(run.issues).error > 0 ? 1 : 0;
}

async function loadSettings(path: string | undefined): Promise<Settings> {
  if (path === undefined) return DEFAULT_SETTINGS;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    throw new UsageError(`无法读取设置文件 ${path}：${describeReadError(code)}。`, {
      cause: thrown,
    });
  }
  const parsed = parseSettings(text);
  if (!parsed.ok)
    throw new UsageError(
      `设置文件 ${path} 有误：\n${parsed.errors.map((e) => `  ${e.message}`).join("\n")}`,
    );
  return parsed.settings;
}
