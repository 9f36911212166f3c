import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file so that readers see the old content or the whole new one, never half:
 * the bytes go to a temporary file beside the target, which is then renamed over it.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await writeAtomically(path, (temp) => writeFile(temp, data));
}

/**
 * Lets `write` produce the file at a temporary path beside `path`, then renames it into
 * place; on any failure the temporary file is removed and `path` is left as it was.
 */
export async function writeAtomically(
  path: string,
  write: (temp: string) => Promise<void>,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await write(temp);
    await rename(temp, path);
  } catch (thrown) {
    await rm(temp, { force: true });
    throw thrown;
  }
}
