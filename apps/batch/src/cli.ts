import { toError, UsageError } from "./UsageError.js";

const HELP = `zsyz —— 招商引资项目台账助手（命令行）

用法：zsyz <命令> [参数]

命令：
  check   校验台账，列出每个问题所在的工作表和单元格
  merge   合并各单位台账，生成带实时公式的全县汇总工作簿
  sample  生成示例台账和任务分解表

运行 zsyz <命令> --help 查看各命令的用法。`;

// Each command is loaded only when it runs (the bundle splits per command), so `zsyz
// --help` and `zsyz sample` never load the reader, the engine or the writer they do not use.
const COMMANDS: Record<string, () => Promise<(args: readonly string[]) => Promise<number>>> = {
  check: async () => (await import("./commands/check.js")).runCheck,
  merge: async () => (await import("./commands/merge.js")).runMerge,
  sample: async () => (await import("./commands/sample.js")).runSample,
};

/** Runs the CLI and returns the exit code; user mistakes never show a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${HELP}\n`);
    return command ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    process.stderr.write(`不认识的命令“${command}”。\n\n${HELP}\n`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest);
  } catch (thrown) {
    if (thrown instanceof UsageError) {
      process.stderr.write(`zsyz ${command}：${thrown.message}\n`);
      return 2;
    }
    const error = toError(thrown);
    process.stderr.write(
      `zsyz ${command} 遇到内部错误，未能完成：${error.message}\n请把这条信息和所用文件反馈给开发人员。\n`,
    );
    if (process.env.ZSYZ_DEBUG) process.stderr.write(`${error.stack ?? ""}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
