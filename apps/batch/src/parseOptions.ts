import { defaultAsOf, toIsoDate } from "@zsyz/county";
import { type IsoDate, parseDate } from "@zsyz/ledger";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { UsageError } from "./UsageError.js";

/** The options every command may take, as parseArgs describes them. */
export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

/**
 * Parses a command's arguments; an unknown option or a missing value becomes a
 * Chinese usage message instead of Node's English one.
 */
export function parseOptions<T extends OptionSpec>(
  args: readonly string[],
  options: T,
  command: string,
) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (thrown) {
    const text = thrown instanceof Error ? thrown.message : String(thrown);
    const option = /'(-{1,2}[^' ]+)/.exec(text)?.[1];
    // A file whose name starts with "-" reads as an option: say how to name it.
    const file =
      option !== undefined && (/\.(xlsx|xlsm|xls|et|json)$/i.test(option) || existsSync(option))
        ? `如果 ${option} 是文件名，请写成 ./${option}，或放在 -- 之后（zsyz ${command} -- ${option}）。`
        : "";
    throw new UsageError(
      /Unknown option/i.test(text)
        ? `不认识的选项 ${option ?? ""}。${file}运行 zsyz ${command} --help 查看用法。`
        : `选项 ${option ?? ""} 的用法不对（可能缺少取值）。运行 zsyz ${command} --help 查看用法。`,
      { cause: thrown },
    );
  }
}

/**
 * Reads the --as-of option (截至日期): a full date in any common form; by default the last
 * day of the month before today, as the task pane and the web page propose.
 * @example parseAsOf("2024年9月30日") === "2024-09-30"
 */
export function parseAsOf(text: string | undefined): IsoDate {
  if (text === undefined) return defaultAsOf(toIsoDate(new Date()));
  const trimmed = text.trim();
  const fullDate = /^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}[日号]?$|^\d{8}$/.test(trimmed);
  const parsed = parseDate(trimmed, 0);
  if (!fullDate || parsed.kind !== "value") {
    throw new UsageError(
      `无法识别截至日期“${text}”。请写成完整日期，如 2024-09-30 或 2024年9月30日。`,
    );
  }
  return parsed.date;
}
