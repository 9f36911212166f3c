import type { GridWorkbook } from "@zsyz/ledger";
import { readXlsx } from "@zsyz/xlsx";
import { readFile, stat } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import { describeReadError } from "./describeReadError.js";
import { toError } from "./UsageError.js";

// A township ledger is kilobytes to a few megabytes; the reader's own caps apply after this.
const MAX_FILE_BYTES = 2 ** 30;

/** A workbook read from disk, or the Chinese reason it could not be. */
export type LoadedWorkbook = { ok: true; workbook: GridWorkbook } | { ok: false; message: string };

// Native zlib inflates the parts; maxOutputLength makes it stop (RangeError) at the reader's
// cap instead of inflating a zip bomb to the end. Its output buffer is as large as the part
// claims to be (up to 16 MB; a claim is only a hint): a part inflated in one buffer is handed
// over as it is, where zlib's default 16 KB buffers were joined by a copy of every part.
const inflateRaw = (data: Uint8Array, maxSize: number, declaredSize: number): Uint8Array =>
  inflateRawSync(data, {
    maxOutputLength: Math.max(1, maxSize),
    // Never below zlib's own 16 KB: a claim too small must not make thousands of pieces.
    chunkSize: Math.min(Math.max(declaredSize + 1, 16 * 1024), MAX_INFLATE_BUFFER),
  });
const MAX_INFLATE_BUFFER = 16 * 2 ** 20;

/**
 * Reads a workbook file without changing it. A missing, locked, empty, encrypted,
 * old-format, corrupt or hostile file comes back as a message saying what to do.
 */
export async function loadWorkbook(path: string, label: string = path): Promise<LoadedWorkbook> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: "这是一个文件夹，不是 Excel 文件" };
    // A pipe or a device (or a link to one, such as /dev/zero) would hang or never end.
    if (!info.isFile())
      return {
        ok: false,
        message:
          "这不是普通文件（可能是管道、设备或指向它们的链接），无法作为台账读取。请给出 .xlsx 文件本身",
      };
    if (info.size > MAX_FILE_BYTES)
      return {
        ok: false,
        message: `文件有 ${(info.size / 2 ** 30).toFixed(1)} GB，超过台账文件的上限（1 GB），已跳过。请确认文件是否正确，或拆分后再试`,
      };
    bytes = await readFile(path);
  } catch (thrown) {
    return {
      ok: false,
      message: describeReadError((toError(thrown) as NodeJS.ErrnoException).code),
    };
  }
  const read = readXlsx(bytes, label, { inflateRaw });
  return read.ok ? read : { ok: false, message: read.message };
}
