import { execFile } from "node:child_process";
import { mkdtemp, open, readdir, rm } from "node:fs/promises";
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
  // LibreOffice cannot open a password-protected file without its password: do not try.
  if (!soffice || isEncryptedLegacy(await readHead(path))) return undefined;
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

/**
 * Why an old .xls/.et file could not be converted, in Chinese, for the file's line in the
 * results: it has an opening password, LibreOffice is not installed, or LibreOffice could not
 * convert it. Never "LibreOffice is missing" for a file that is merely encrypted.
 */
export async function explainLegacyFailure(path: string): Promise<string> {
  if (isEncryptedLegacy(await readHead(path)))
    return "文件设置了打开密码，无法读取。请在 Excel/WPS 中用密码打开后，取消密码再另存为 .xlsx";
  if (!(await findSoffice()))
    return "这是旧版 .xls 或 WPS .et 格式，且本机没有可用的 LibreOffice 自动转换。请在 Excel/WPS 中另存为 .xlsx 后再试";
  return "这是旧版 .xls 或 WPS .et 格式，LibreOffice 无法转换它（文件可能已损坏）。请在 Excel/WPS 中打开，另存为 .xlsx 后再试";
}

// An old workbook's password shows in its first megabytes: the OLE directory names an
// EncryptionInfo stream, or the workbook stream's first record after BOF is FILEPASS.
const HEAD_BYTES = 16 * 2 ** 20;

async function readHead(path: string): Promise<Uint8Array> {
  try {
    const file = await open(path, "r");
    try {
      const buffer = new Uint8Array(HEAD_BYTES);
      const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    return new Uint8Array(0);
  }
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);
// BIFF8 and BIFF5 workbook-globals BOF records (type 0x0809, length 16 or 8), and FILEPASS (0x002F).
const BOF_BIFF8 = [0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00];
const BOF_BIFF5 = [0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00];
const FILEPASS = [0x2f, 0x00];

/**
 * Whether an old-format (OLE) workbook is password-protected: an encrypted .xlsx saved under
 * an .xls name (EncryptionInfo stream), or an .xls/.et whose workbook stream starts with BOF
 * then FILEPASS.
 */
export function isEncryptedLegacy(bytes: Uint8Array): boolean {
  if (!OLE.every((b, i) => bytes[i] === b)) return false;
  if (indexOf(bytes, ENCRYPTION_INFO) >= 0) return true;
  for (const [bof, length] of [
    [BOF_BIFF8, 20],
    [BOF_BIFF5, 12],
  ] as const) {
    for (let at = indexOf(bytes, bof); at >= 0; at = indexOf(bytes, bof, at + 1))
      if (FILEPASS.every((b, i) => bytes[at + length + i] === b)) return true;
  }
  return false;
}

function indexOf(haystack: Uint8Array, needle: readonly number[], from = 0): number {
  const first = needle[0] ?? 0;
  for (let i = haystack.indexOf(first, from); i >= 0; i = haystack.indexOf(first, i + 1)) {
    if (i + needle.length > haystack.length) return -1;
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j += 1;
    if (j === needle.length) return i;
  }
  return -1;
}
