import type { WorkbookSource } from "@zsyz/county";
import { convertLegacy } from "./convertLegacy.js";
import type { InputFile } from "./findInputs.js";
import { loadWorkbook, type LoadedWorkbook } from "./loadWorkbook.js";

/**
 * Reads one input file into what the county pipeline takes: its grid, or the Chinese
 * reason it cannot be used. Never throws for a bad file; never changes it.
 */
export async function readSource(input: InputFile): Promise<WorkbookSource> {
  const loaded = await loadInput(input);
  return loaded.ok
    ? { file: input.path, workbook: loaded.workbook }
    : { file: input.path, failure: loaded.message };
}

async function loadInput(input: InputFile): Promise<LoadedWorkbook> {
  switch (input.kind) {
    case "xlsx":
      return loadWorkbook(input.path);
    case "missing":
      return { ok: false, message: "文件或文件夹不存在。请检查路径是否写对" };
    case "other":
      return {
        ok: false,
        message: "不是 Excel 工作簿（只支持 .xlsx/.xlsm；.xls/.et 需安装 LibreOffice 自动转换）",
      };
    case "legacy": {
      const converted = await convertLegacy(input.path);
      if (!converted)
        return {
          ok: false,
          message:
            "这是旧版 .xls 或 WPS .et 格式，且本机没有可用的 LibreOffice 自动转换。请在 Excel/WPS 中另存为 .xlsx 后再试",
        };
      try {
        return await loadWorkbook(converted.path, input.path);
      } finally {
        await converted.cleanup();
      }
    }
  }
}

/**
 * The inputs as the pipeline pulls them: each file is read only when the previous one is
 * done, so memory holds one grid at a time; `onFile` reports progress.
 */
export async function* readSources(
  inputs: readonly InputFile[],
  onFile: (done: number, total: number, file: string) => void,
): AsyncGenerator<WorkbookSource> {
  for (const [i, input] of inputs.entries()) {
    onFile(i, inputs.length, input.path);
    yield await readSource(input);
  }
  onFile(inputs.length, inputs.length, "");
}
