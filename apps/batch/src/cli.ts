import { forTerminal } from "./terminalText.js";
import { toError, UsageError } from "./UsageError.js";
import { removePendingTemps } from "./writeFileAtomic.js";

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
    process.stderr.write(`不认识的命令“${forTerminal(command)}”。\n\n${HELP}\n`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest);
  } catch (thrown) {
    if (thrown instanceof UsageError) {
      process.stderr.write(`zsyz ${command}：${forTerminal(thrown.message)}\n`);
      return 2;
    }
    // The cause is a bug of ours, in English: shown only to a developer who asks for it.
    const error = toError(thrown);
    process.stderr.write(
      `zsyz ${command} 遇到内部错误，未能完成。请把所用命令和文件反馈给开发人员（设置环境变量 ZSYZ_DEBUG=1 再运行可显示技术细节）。\n`,
    );
    if (process.env.ZSYZ_DEBUG) process.stderr.write(`${error.stack ?? error.message}\n`);
    return 2;
  }
}

// Ctrl-C or a kill while a file is written: remove the temporary file beside the output (the
// output itself is still the old one, or absent), say so, and exit as interrupted.
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.on(signal, () => {
    removePendingTemps();
    process.stderr.write("\nzsyz：已中断，未保存的临时文件已删除，原有文件未改动。\n");
    process.exit(code);
  });
}

process.exitCode = await main(process.argv.slice(2));
