import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

// Temporary files being written right now, so an interrupted run (Ctrl-C, a kill) can remove
// them instead of leaving a `.….tmp` beside the output.
const pending = new Set<string>();

// A target's temporary file: `.<name>.<random>.tmp` beside it (a dot file, skipped by the
// next run's folder scan).
const TEMP_PREFIX = (path: string): string => `.${basename(path)}.`;

/**
 * Whether `name`, a file beside `path`, is a temporary file writeAtomically writes `path`
 * through: the file is being written right now (or a run writing it was killed).
 */
export function isTempFileOf(name: string, path: string): boolean {
  return name.startsWith(TEMP_PREFIX(path)) && name.endsWith(".tmp");
}

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
  const temp = join(dirname(path), `${TEMP_PREFIX(path)}${randomBytes(4).toString("hex")}.tmp`);
  pending.add(temp);
  try {
    await write(temp);
    await rename(temp, path);
  } catch (thrown) {
    await rm(temp, { force: true });
    throw thrown;
  } finally {
    pending.delete(temp);
  }
}

/**
 * Removes every temporary file still being written (synchronously: it runs from a signal
 * handler, just before the process exits). The targets are left as they were.
 */
export function removePendingTemps(): void {
  for (const temp of pending) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more can be done while exiting; the next run does not read dot files.
    }
  }
  pending.clear();
}
