import type { WorkbookSource } from "@zsyz/county";
import { readXlsx } from "@zsyz/xlsx";
import type { JobInput } from "./protocol.js";

// Same ceiling as the CLI: a township ledger is kilobytes to a few megabytes, and the reader's
// own caps (inflated size, cells per sheet) apply after this.
const MAX_FILE_BYTES = 2 ** 30;

/** Per-file messages of the page; the reader's own (corrupt, encrypted, zip bomb…) come from @zsyz/xlsx. */
export const INPUT_MESSAGES = {
  legacy: "这是旧版 .xls 或 WPS .et 格式，网页版无法读取。请用 WPS/Excel 另存为 .xlsx 后再试",
  other: "不是 Excel 工作簿（只支持 .xlsx/.xlsm；.xls/.et 请用 WPS/Excel 另存为 .xlsx）",
  unreadable: "无法读取文件（可能已被移动、删除或正被其他程序占用）。请重新选择该文件",
} as const;

/**
 * Reads one chosen file into what the county pipeline takes: its grid, or the Chinese reason
 * it cannot be used. Never throws for a bad file. An .xls/.et that is really an .xlsx (renamed)
 * is read; a real old-format file gets a message saying how to convert it.
 */
export async function readInput(input: JobInput): Promise<WorkbookSource> {
  const file = input.name;
  if (input.kind === "other") return { file, failure: INPUT_MESSAGES.other };
  if (input.file.size > MAX_FILE_BYTES)
    return {
      file,
      failure: `文件有 ${(input.file.size / 2 ** 30).toFixed(1)} GB，超过台账文件的上限（1 GB），已跳过。请确认文件是否正确，或拆分后再试`,
    };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await input.file.arrayBuffer());
  } catch {
    // The browser gives no detail (NotReadableError): the file moved or is locked.
    return { file, failure: INPUT_MESSAGES.unreadable };
  }
  const read = readXlsx(bytes, file);
  if (read.ok) return { file, workbook: read.workbook };
  if (input.kind === "legacy" && read.code === "legacy_format")
    return { file, failure: INPUT_MESSAGES.legacy };
  return { file, failure: read.message };
}
