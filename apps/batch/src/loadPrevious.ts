import type { PreviousSummaryInput } from "@zsyz/county";
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { describeReadError } from "./describeReadError.js";
import { isTempFileOf } from "./writeFileAtomic.js";

// A summary JSON is kilobytes to tens of megabytes; past this it is not one (and readFile as
// UTF-8 text fails near 512 MB anyway).
const MAX_BYTES = 256 * 2 ** 20;

/**
 * The previous period's summary (`--previous`) as text for runCounty, which judges it; a file
 * that cannot be read comes back as `{ failure }` with the Chinese reason and what to do, so
 * the merge goes on without comparison and says why (`previous_unusable`). Never throws.
 * @example await loadPrevious("上期汇总.json") → { file: "上期汇总.json", text: "{…}" }
 */
export async function loadPrevious(path: string): Promise<PreviousSummaryInput> {
  const failure = (why: string): PreviousSummaryInput => ({ file: path, failure: why });
  const writing = "文件正在写入（旁边有它未写完的临时文件）。请等上期汇总写完后再试";
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return failure("这是一个文件夹，不是文件。请选择文件夹中上期合并时另存的汇总 JSON 文件");
    // A pipe or a device would hang or never end.
    if (!info.isFile())
      return failure("这不是普通文件（可能是管道或设备）。请选择上期合并时另存的汇总 JSON 文件");
    if (info.size === 0)
      return failure(
        (await beingWritten(path))
          ? writing
          : "文件是空的（可能还没写完或保存失败）。请确认上期汇总已完整保存后再试",
      );
    if (info.size > MAX_BYTES)
      return failure(
        `文件有 ${Math.round(info.size / 2 ** 20)} MB，不是汇总 JSON。请选择上期合并时另存的汇总 JSON 文件`,
      );
    return { file: path, text: await readFile(path, "utf8") };
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && (await beingWritten(path))) return failure(writing);
    return failure(describeReadError(code));
  }
}

// Whether the file is being written as zsyz writes its outputs: a temporary file beside it,
// renamed over it when complete (writeFileAtomic).
async function beingWritten(path: string): Promise<boolean> {
  try {
    return (await readdir(dirname(path))).some((n) => isTempFileOf(n, path));
  } catch {
    // The folder cannot be listed: nothing to say beyond the read error itself.
    return false;
  }
}
