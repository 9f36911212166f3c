import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Finds LibreOffice's `soffice` on PATH (or ZSYZ_SOFFICE), once per run. */
let sofficePath: Promise<string | undefined> | undefined;
export function findSoffice(): Promise<string | undefined> {
  sofficePath ??= (async () => {
    const candidates = [process.env.ZSYZ_SOFFICE, "soffice", "libreoffice"].filter(
      (c): c is string => !!c,
    );
    for (const c of candidates) {
      try {
        await run(c, ["--version"], { timeout: 30_000 });
        return c;
      } catch {
        // not this one; try the next
      }
    }
    return undefined;
  })();
  return sofficePath;
}

/**
 * Converts an old .xls/.et workbook to .xlsx with headless LibreOffice into a fresh
 * temporary folder (never beside the original). Returns the converted path and a
 * cleanup function, or undefined when LibreOffice is not installed or fails.
 */
export async function convertLegacy(
  path: string,
): Promise<{ path: string; cleanup: () => Promise<void> } | undefined> {
  const soffice = await findSoffice();
  if (!soffice) return undefined;
  const dir = await mkdtemp(join(tmpdir(), "zsyz-convert-"));
  const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    const profile = pathToFileURL(join(dir, "profile")).href;
    await run(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        join(dir, "out"),
        // Absolute, so a file named "--something.xls" is not read as an option of soffice.
        resolve(path),
      ],
      { timeout: 120_000 },
    );
    const out = (await readdir(join(dir, "out"))).find((f) => f.toLowerCase().endsWith(".xlsx"));
    if (!out) {
      await cleanup();
      return undefined;
    }
    return { path: join(dir, "out", out), cleanup };
  } catch {
    await cleanup();
    return undefined;
  }
}
