import { resolve } from "node:path";
import { UsageError } from "./UsageError.js";
import { writeFileAtomic } from "./writeFileAtomic.js";

/** Refuses an output path that is one of the inputs: inputs are never modified. */
export function assertNotInput(out: string, inputs: readonly string[]): void {
  const target = resolve(out);
  if (inputs.some((i) => resolve(i) === target))
    throw new UsageError(`输出文件 ${out} 是输入文件之一，为避免覆盖原始台账，请换一个输出路径。`);
}

/** Writes a JSON result atomically, with a Chinese message when it cannot. */
export async function writeJson(
  path: string,
  data: unknown,
  inputs: readonly string[],
): Promise<void> {
  assertNotInput(path, inputs);
  try {
    await writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`);
  } catch (thrown) {
    throw new UsageError(
      `无法写出 ${path}：${(thrown as NodeJS.ErrnoException).code === "ENOENT" ? "所在文件夹不存在" : "没有写入权限或文件被占用"}。`,
      { cause: thrown },
    );
  }
}
