import {
  type IsoDate,
  type LedgerIssue,
  type LedgerRead,
  makeIssue,
  readLedger,
} from "@zsyz/ledger";
import { convertLegacy } from "./convertLegacy.js";
import type { InputFile } from "./findInputs.js";
import { loadWorkbook, type LoadedWorkbook } from "./loadWorkbook.js";

/** What became of one input file; `file` is the path as the user gave or we found it. */
export interface FileOutcome {
  file: string;
  status: "ok" | "error";
  message?: string;
  unit?: string;
  sheet?: string;
  /** Project rows read from the file (records plus rejected rows). */
  rows: number;
}

/** One file read: its outcome, and the ledger read when there was one. */
export interface InputRead {
  outcome: FileOutcome;
  read?: LedgerRead;
  /** Issues about the file itself (unreadable, an earlier summary workbook). */
  fileIssues: LedgerIssue[];
}

/**
 * Reads one input file into a ledger read, never throwing for a bad file: a file that
 * cannot be used comes back as an outcome with a Chinese message and an issue.
 */
export async function readInput(input: InputFile, asOf: IsoDate): Promise<InputRead> {
  const loaded = await loadInput(input);
  if (!loaded.ok) {
    return {
      outcome: { file: input.path, status: "error", message: loaded.message, rows: 0 },
      fileIssues: [
        makeIssue(
          "file_unreadable",
          { file: input.path, sheet: "", cell: "" },
          { detail: loaded.message },
        ),
      ],
    };
  }
  const names = new Set(loaded.workbook.sheets.map((s) => s.name));
  if (names.has("指标汇总") && names.has("项目明细")) {
    // Our own output from an earlier run, left in the input folder: reading it would count every project twice.
    const issue = makeIssue("summary_workbook", { file: input.path, sheet: "", cell: "" });
    return {
      outcome: { file: input.path, status: "error", message: issue.message, rows: 0 },
      fileIssues: [issue],
    };
  }
  const read = readLedger(loaded.workbook, { asOf });
  const outcome: FileOutcome = {
    file: input.path,
    status: read.sheets.length > 0 ? "ok" : "error",
    rows: read.rows.read,
  };
  const unit = mostCommon(read.records.map((r) => r.unit)) ?? read.sheets[0]?.unit;
  if (unit) outcome.unit = unit;
  if (read.sheets.length > 0) outcome.sheet = read.sheets.map((s) => s.sheet).join("、");
  else outcome.message = read.issues[0]?.message ?? "没有找到项目台账";
  return { outcome, read, fileIssues: [] };
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

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}
