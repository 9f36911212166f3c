import type { GridWorkbook } from "@zsyz/ledger";
import { readFile, stat } from "node:fs/promises";
import { toError } from "./UsageError.js";
import { readGrid } from "./xlsx/readGrid.js";

/** A workbook read from disk, or the Chinese reason it could not be. */
export type LoadedWorkbook = { ok: true; workbook: GridWorkbook } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/**
 * Reads a workbook file without changing it. A missing, locked, empty, encrypted,
 * old-format or corrupt file comes back as a message saying what to do.
 */
export async function loadWorkbook(path: string, label: string = path): Promise<LoadedWorkbook> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: "这是一个文件夹，不是 Excel 文件" };
    bytes = await readFile(path);
  } catch (thrown) {
    return { ok: false, message: describeFsError(toError(thrown)) };
  }
  if (bytes.length === 0)
    return {
      ok: false,
      message: "文件是空的（0 字节），可能没有保存完整。请重新导出或向报送单位重新索取",
    };
  if (startsWith(bytes, OLE)) {
    // Password-protected .xlsx files are OLE containers holding an EncryptionInfo stream.
    const encrypted = Buffer.from(bytes).includes(Buffer.from("EncryptionInfo", "utf16le"));
    return {
      ok: false,
      message: encrypted
        ? "文件设置了打开密码，无法读取。请在 Excel/WPS 中用密码打开后，取消密码（文件→信息→保护工作簿）再另存为 .xlsx"
        : "这是旧版 Excel（.xls）或 WPS（.et）格式的文件。请在 Excel/WPS 中另存为 .xlsx 后再试",
    };
  }
  if (!startsWith(bytes, ZIP))
    return {
      ok: false,
      message:
        "不是 Excel 工作簿（文件内容不是 .xlsx 格式，可能是改了扩展名的其他文件）。请用 Excel/WPS 打开确认后另存为 .xlsx",
    };
  try {
    return { ok: true, workbook: await readGrid(bytes, label) };
  } catch {
    return {
      ok: false,
      message:
        "文件已损坏，无法按 .xlsx 读取。请在 Excel/WPS 中打开并修复后另存为 .xlsx，或向报送单位重新索取",
    };
  }
}

function describeFsError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "文件不存在（可能已被移动或删除）。请检查路径";
    case "EACCES":
    case "EPERM":
      return "没有读取该文件的权限。请检查文件权限";
    case "EBUSY":
      return "文件正被其他程序占用。请关闭 Excel/WPS 中打开的该文件后再试";
    default:
      return `无法读取文件（${code ?? error.message}）`;
  }
}
