import type { ExcelHost } from "./host.js";

/**
 * ExcelApi versions behind each thing the add-in does; one table, checked once at start-up.
 * Levels from the Office.js reference (`[Api set: ExcelApi 1.x]` of each member) and the
 * requirement-set table at learn.microsoft.com/javascript/api/requirement-sets/excel/
 * excel-api-requirement-sets: volume-licensed Office 2019 stops at 1.7, Office 2021 has 1.14.
 */
const CAPABILITY_VERSIONS = {
  /**
   * The manifest minimum: used range, *OrNullObject and document settings (1.4), calculation
   * suspension and conditional formats (1.6), Workbook.name, frozen panes and chart series (1.7).
   */
  base: "1.7",
  /** Data validation (新建台账's dropdowns) and a chart axis's number format. */
  dataValidation: "1.8",
  /** Formula and visible-cell lookups, fill pattern, page setup, AutoFilter: exact formulas, hidden rows, restoring "no fill", print titles, filter buttons. */
  specialCells: "1.9",
  /** Merged-area lookup: two-row headers with merged cells. */
  mergedAreas: "1.13",
  /** Cell notes. */
  notes: "1.18",
} as const;

/** The manifest's ExcelApi minimum: Excel without it does not offer the add-in at all. */
export const MINIMUM_EXCEL_API = CAPABILITY_VERSIONS.base;

/** A capability of the running Excel. */
export type Capability = keyof typeof CAPABILITY_VERSIONS;

/** Which capabilities this Excel has. */
export type Capabilities = Record<Capability, boolean>;

/** The ExcelApi version behind a capability ("1.8"). */
export function capabilityVersion(capability: Capability): string {
  return CAPABILITY_VERSIONS[capability];
}

/** The pane's buttons, by what the user clicks. */
export type PaneAction =
  | "新建台账"
  | "校验台账"
  | "标记问题单元格"
  | "一键计算"
  | "填充完成率公式"
  | "插入到当前单元格"
  | "保存设置"
  | "自检";

/**
 * The capability each button needs: without it the button is disabled and the capability
 * notice says why (App and the per-level tests read this one table).
 */
export const ACTION_NEEDS: Record<PaneAction, Capability> = {
  新建台账: "dataValidation",
  校验台账: "base",
  标记问题单元格: "base",
  一键计算: "base",
  填充完成率公式: "base",
  插入到当前单元格: "base",
  保存设置: "base",
  自检: "base",
};

/** Asks the host about every capability once. */
export function detectCapabilities(host: Pick<ExcelHost, "isSetSupported">): Capabilities {
  const entries = Object.entries(CAPABILITY_VERSIONS).map(([key, version]) => [
    key,
    host.isSetSupported("ExcelApi", version),
  ]);
  return Object.fromEntries(entries) as Capabilities;
}

/** What the pane says about a missing capability: what does not work, or works less well. */
export const MISSING_CAPABILITY_NOTES: Record<Capability, string> = {
  base: "无法读取或修改工作表：本加载项需要 Excel 2019 及以上、Microsoft 365 或 Excel 网页版（ExcelApi 1.7）。",
  dataValidation:
    "无法「新建台账」（下拉列表）；「指标汇总」的图表坐标轴不设数字格式。需要 Excel 2021 及以上或 Microsoft 365（ExcelApi 1.8），Excel 2019 没有这项功能。",
  specialCells:
    "校验时无法识别隐藏行和公式单元格，清除标记时白色底纹会被当作无底纹，汇总表不设打印标题和页面，「项目明细」「问题清单」不带筛选按钮（需要 Excel 2021 或 Microsoft 365，ExcelApi 1.9）。",
  mergedAreas:
    "校验时无法读取合并单元格，两行合并表头可能识别不全（需要 Excel 2021 或 Microsoft 365，ExcelApi 1.13）。",
  notes:
    "「标记问题单元格」只涂色、不加批注（单元格批注需要 Microsoft 365 版本 2501 及以上，ExcelApi 1.18）。",
};
