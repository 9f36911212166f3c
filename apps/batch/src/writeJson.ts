import { describeWriteError } from "./describeWriteError.js";
import { UsageError } from "./UsageError.js";
import { writeFileAtomic } from "./writeFileAtomic.js";

/** Writes a JSON result atomically, with a Chinese message when it cannot. */
export async function writeJson(path: string, data: unknown): Promise<void> {
  try {
    await writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`);
  } catch (thrown) {
    throw new UsageError(
      `无法写出 ${path}：${describeWriteError((thrown as NodeJS.ErrnoException).code)}`,
      { cause: thrown },
    );
  }
}
