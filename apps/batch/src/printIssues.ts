import { countBySeverity, parseA1, type LedgerIssue } from "@zsyz/ledger";
import type { CountyLedgers } from "@zsyz/county";
import { oneLine } from "./terminalText.js";

/** Colours for a terminal; plain text for pipes, CI and NO_COLOR. */
export interface Paint {
  red: (s: string) => string;
  yellow: (s: string) => string;
  green: (s: string) => string;
  bold: (s: string) => string;
  dim: (s: string) => string;
}

/** ANSI colours when the stream is a terminal and NO_COLOR is not set. */
export function makePaint(stream: NodeJS.WriteStream): Paint {
  const on = stream.isTTY === true && !process.env.NO_COLOR;
  const wrap =
    (code: number) =>
    (s: string): string =>
      on ? `\x1b[${code}m${s}\x1b[0m` : s;
  return { red: wrap(31), yellow: wrap(33), green: wrap(32), bold: wrap(1), dim: wrap(2) };
}

/** Orders issues as a person reads a sheet: by sheet, then row, then column. */
export function sortIssues(issues: readonly LedgerIssue[]): LedgerIssue[] {
  const pos = (i: LedgerIssue): [number, number] => {
    const p = parseA1(i.cell);
    return p ? [p.row, p.col] : [-1, -1];
  };
  return [...issues].sort((a, b) => {
    if (a.sheet !== b.sheet) return a.sheet.localeCompare(b.sheet, "zh-Hans-CN");
    const [ar, ac] = pos(a);
    const [br, bc] = pos(b);
    return ar - br || ac - bc;
  });
}

/**
 * The problem list a person reads: one block per file, each issue with its sheet and
 * cell, then the row accounting and the totals. Text from the ledgers (names, raw values,
 * sheet and file names) is printed on its own line only, without control characters.
 */
export function formatIssues(loaded: CountyLedgers, paint: Paint): string {
  const lines: string[] = [];
  for (const file of loaded.files) {
    const f = {
      ...file,
      file: oneLine(file.file),
      ...(file.message === undefined ? {} : { message: oneLine(file.message) }),
      ...(file.unit === undefined ? {} : { unit: oneLine(file.unit) }),
      ...(file.sheet === undefined ? {} : { sheet: oneLine(file.sheet) }),
    };
    const own = sortIssues(
      loaded.issues.filter((i) => i.file === file.file && i.code !== "file_unreadable"),
    );
    const { error: errors, warning: warnings } = countBySeverity(own);
    const head = `■ ${paint.bold(f.file)}`;
    if (f.status === "error" && f.message && own.length === 0) {
      lines.push(`${head}  ${paint.red(`无法读取：${f.message}。`)}`, "");
      continue;
    }
    const where = [f.unit, f.sheet ? `工作表“${f.sheet}”` : undefined, `${f.rows} 行项目`]
      .filter(Boolean)
      .join("，");
    const verdict =
      own.length === 0
        ? paint.green("未发现问题")
        : [
            errors ? paint.red(`${errors} 个错误`) : "",
            warnings ? paint.yellow(`${warnings} 个警告`) : "",
          ]
            .filter(Boolean)
            .join("、");
    lines.push(`${head}  ${where}：${verdict}`);
    for (const i of own) {
      const tag = i.severity === "error" ? paint.red("错误") : paint.yellow("警告");
      const at = i.cell ? `${oneLine(i.sheet)}!${i.cell}` : oneLine(i.sheet) || "整个文件";
      lines.push(`  ${tag}  ${at}  ${oneLine(i.message)}`);
    }
    lines.push("");
  }
  // Issues of files that are not ledgers (the targets table) get a block of their own.
  const ledgerFiles = new Set(loaded.files.map((f) => f.file));
  for (const file of new Set(
    loaded.issues.filter((i) => !ledgerFiles.has(i.file)).map((i) => i.file),
  )) {
    lines.push(`■ ${paint.bold(oneLine(file))}`);
    for (const i of sortIssues(loaded.issues.filter((x) => x.file === file))) {
      const at = i.cell ? `${oneLine(i.sheet)}!${i.cell}` : "";
      lines.push(
        `  ${i.severity === "error" ? paint.red("错误") : paint.yellow("警告")}  ${at ? `${at}  ` : ""}${oneLine(i.message)}`,
      );
    }
    lines.push("");
  }
  const { error: errors, warning: warnings } = countBySeverity(loaded.issues);
  const unreadable = loaded.files.filter((f) => f.status === "error").length;
  lines.push(
    `共 ${loaded.files.length} 个文件${unreadable ? `（${unreadable} 个无法使用）` : ""}；读取项目 ${loaded.rows.read} 行 = 可汇总 ${loaded.rows.merged} 行 + 未汇总 ${loaded.rows.rejected} 行（缺项目名称或疑似重复）。`,
    `问题：${paint.red(`错误 ${errors} 个`)}，${paint.yellow(`警告 ${warnings} 个`)}。`,
  );
  return lines.join("\n");
}
