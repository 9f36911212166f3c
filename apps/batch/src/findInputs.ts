import { readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { UsageError } from "./UsageError.js";

/** A file to read, or one that was given or found but cannot be read as it is. */
export type InputFile =
  { path: string; kind: "xlsx" } | { path: string; kind: "legacy" | "other" | "missing" };

const WORKBOOK = new Set([".xlsx", ".xlsm"]);
const LEGACY = new Set([".xls", ".et"]);

/** Lock files Excel/WPS leave beside an open workbook, and hidden files. */
const isIgnored = (name: string): boolean => name.startsWith("~$") || name.startsWith(".");

/**
 * Expands the paths given on the command line: files as they are, folders searched
 * (recursively) for .xlsx/.xlsm, lock and hidden files skipped, old .xls/.et kept so
 * they can be reported or converted. Sorted for a stable order; duplicates removed.
 */
export async function findInputs(paths: readonly string[]): Promise<InputFile[]> {
  const found = new Map<string, InputFile>();
  const add = (path: string, kind: InputFile["kind"]): void => {
    const key = resolve(path);
    if (!found.has(key)) found.set(key, { path, kind } as InputFile);
  };
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      add(path, "missing");
      continue;
    }
    if (!isDir) {
      add(path, classify(path));
      continue;
    }
    for (const file of await walk(path)) {
      const kind = classify(file);
      if (kind !== "other") add(file, kind);
    }
  }
  return [...found.values()].sort((a, b) => a.path.localeCompare(b.path, "zh-Hans-CN"));
}

function classify(path: string): InputFile["kind"] {
  const ext = extname(path).toLowerCase();
  if (WORKBOOK.has(ext) && !isIgnored(basename(path))) return "xlsx";
  if (LEGACY.has(ext) && !isIgnored(basename(path))) return "legacy";
  return "other";
}

// Folders are followed through symbolic links too (county shares often link each township's
// folder in); each real folder is walked once, so a link back up the tree cannot loop.
async function walk(dir: string, seen = new Set<string>()): Promise<string[]> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return [];
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (thrown) {
    // A folder that cannot be listed (no permission, removed meanwhile): say which, in Chinese.
    throw new UsageError(
      `无法读取文件夹 ${dir}：${(thrown as NodeJS.ErrnoException).code === "ENOENT" ? "文件夹已不存在" : "没有读取权限"}。请检查后重试，或只给出可以读取的文件夹。`,
      { cause: thrown },
    );
  }
  const out: string[] = [];
  for (const e of entries) {
    if (isIgnored(e.name)) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full, seen)));
    else if (e.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      // A broken link or a link to a file is listed like a file: reading it says what is wrong.
      if (target?.isDirectory()) out.push(...(await walk(full, seen)));
      else out.push(full);
    } else out.push(full);
  }
  return out;
}
