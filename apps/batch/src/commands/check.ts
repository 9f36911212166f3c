import { buildSummaryJson, readLedgerSources } from "@zsyz/county";
import { countBySeverity } from "@zsyz/ledger";
import { findInputs } from "../findInputs.js";
import { parseAsOf, parseOptions } from "../parseOptions.js";
import { formatIssues, makePaint } from "../printIssues.js";
import { makeProgress } from "../progress.js";
import { readSources } from "../readSource.js";
import { UsageError } from "../UsageError.js";
import { checkOutputs } from "../checkOutputs.js";
import { writeJson } from "../writeJson.js";

// Help text of `zsyz check`.
const CHECK_HELP = `用法：zsyz check <文件或文件夹…> [选项]

校验乡镇报送的招商引资项目台账（.xlsx），逐个单元格列出问题，不修改任何文件。
文件夹会被递归查找 .xlsx/.xlsm 文件（跳过 ~$ 临时文件和隐藏文件）。

选项：
  --as-of <日期>    截至日期，如 2024-09-30（默认上月最后一天）；决定“当年新签”和日期类校验
  --json <文件>     另存机器可读的结果（files、rows、issues），供其他程序读取
  -q, --quiet       不显示进度
  -h, --help        显示本帮助

退出码：0 没有错误（可能有警告）；1 数据中有错误；2 无法运行（参数错误、没有可读文件、无法写出）。

示例：
  zsyz check 各乡镇台账/
  zsyz check 城关镇.xlsx 河西乡.xlsx --as-of 2024-09-30 --json 问题.json`;

/** Runs `zsyz check`; returns the exit code. */
export async function runCheck(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      "as-of": { type: "string" },
      json: { type: "string" },
      quiet: { type: "boolean", short: "q" },
    },
    "check",
  );
  if (values.help) {
    process.stdout.write(`${CHECK_HELP}\n`);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError("请给出要校验的台账文件或文件夹，例如：zsyz check 各乡镇台账/");
  const asOf = parseAsOf(values["as-of"] as string | undefined);
  const inputs = await findInputs(positionals);
  const json = values.json as string | undefined;
  if (json)
    checkOutputs(
      [{ option: "--json", path: json }],
      inputs.map((i) => ({ kind: "台账" as const, path: i.path })),
    );
  if (inputs.length === 0)
    throw new UsageError(`在 ${positionals.join("、")} 中没有找到 .xlsx 台账文件。`);
  const progress = makeProgress(values.quiet === true);
  const loaded = await readLedgerSources(readSources(inputs, progress.update, asOf), asOf);
  progress.stop();
  const paint = makePaint(process.stdout);
  process.stdout.write(
    `校验 ${inputs.length} 个文件，截至日期 ${asOf}\n\n${formatIssues(loaded, paint)}\n`,
  );
  if (json) await writeJson(json, buildSummaryJson(loaded, asOf));
  if (loaded.files.every((f) => f.status === "error")) return 2;
  return countBySeverity(loaded.issues).error > 0 ? 1 : 0;
}
