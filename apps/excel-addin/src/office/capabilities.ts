import type { ExcelHost } from "./host.js";

/** ExcelApi versions behind each thing the add-in does; one table, checked once at start-up. */
const CAPABILITY_VERSIONS = {
  /** Used range, *OrNullObject and document settings: reading a ledger and remembering marks. */
  base: "1.4",
  /** Suspending calculation while writing. */
  suspendCalculation: "1.6",
  /** Data validation (and freeze panes, 1.7): creating the ledger sheets. */
  dataValidation: "1.8",
  /** Formula and visible-cell lookups, fill pattern: exact formulas, hidden rows, restoring "no fill". */
  specialCells: "1.9",
  /** Merged-area lookup: two-row headers with merged cells. */
  mergedAreas: "1.13",
  /** Cell notes. */
  notes: "1.18",
} as const;

/** A capability of the running Excel. */
export type Capability = keyof typeof CAPABILITY_VERSIONS;

/** Which capabilities this Excel has. */
export type Capabilities = Record<Capability, boolean>;

/** Asks the host about every capability once. */
export function detectCapabilities(host: ExcelHost): Capabilities {
  const entries = Object.entries(CAPABILITY_VERSIONS).map(([key, version]) => [
    key,
    host.isSetSupported("ExcelApi", version),
  ]);
  return Object.fromEntries(entries) as Capabilities;
}

/** What the pane says about a missing capability: what does not work, or works less well. */
export const MISSING_CAPABILITY_NOTES: Record<Capability, string> = {
  base: "无法读取或修改工作表：本加载项需要 Excel 2016 更新版、Excel 2019 及以上或 Microsoft 365（ExcelApi 1.4）。",
  suspendCalculation: "写入时无法暂停公式计算，新建台账可能稍慢。",
  dataValidation: "无法「新建台账」：下拉列表需要 Excel 2019 及以上（ExcelApi 1.8）。",
  specialCells:
    "校验时无法识别隐藏行和公式单元格，清除标记时白色底纹会被当作无底纹（需要 ExcelApi 1.9）。",
  mergedAreas: "校验时无法读取合并单元格，两行合并表头可能识别不全（需要 ExcelApi 1.13）。",
  notes:
    "「标记问题单元格」只涂色、不加批注（单元格批注需要较新的 Microsoft 365，ExcelApi 1.18）。",
};
