import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { UsageError } from "./UsageError.js";

/** A file the command will write, named by the option that gave it. */
export interface OutputPath {
  option: "--out" | "--json";
  path: string;
}

/** A file the command reads, and what it is to the user. */
export interface InputPath {
  kind: "台账" | "任务分解表" | "设置文件";
  path: string;
}

// The same file by another spelling (./a.xlsx, a symlink, a folder link): compare real paths.
function identity(path: string): string {
  const full = resolve(path);
  try {
    if (existsSync(full)) return realpathSync(full);
    return resolve(realpathSync(dirname(full)), basename(full));
  } catch {
    return full;
  }
}

/**
 * Refuses, before any work starts, an output that would overwrite an input (a ledger, the
 * targets, the settings) or another output, or that goes into a folder that does not exist:
 * input files are never modified, and nothing is half written.
 */
export function checkOutputs(outputs: readonly OutputPath[], inputs: readonly InputPath[]): void {
  const read = new Map(inputs.map((i) => [identity(i.path), i]));
  const written = new Map<string, OutputPath>();
  for (const out of outputs) {
    const id = identity(out.path);
    const input = read.get(id);
    if (input)
      throw new UsageError(
        `${out.option} 指定的输出文件 ${out.path} 就是${input.kind}${input.path === out.path ? "" : ` ${input.path}`}，写出会覆盖原始文件。请换一个输出路径。`,
      );
    const twice = written.get(id);
    if (twice)
      throw new UsageError(
        `${twice.option} 和 ${out.option} 指定了同一个文件 ${out.path}。请给两者不同的文件名。`,
      );
    written.set(id, out);
    if (!existsSync(dirname(resolve(out.path))))
      throw new UsageError(
        `${out.option} 指定的输出文件夹 ${dirname(out.path)} 不存在，请先创建。`,
      );
  }
}
