// Helpers for this package's *.test.ts files (not exported from index.ts): a ledger
// from a few plain rows, and issue lists in the compact form inline snapshots pin.
import type { CellValue, GridCell } from "./grid.js";
import type { LedgerIssue } from "./issues.js";
import { makeSheet, type MakeSheetOptions } from "./makeSheet.js";
import { readLedger } from "./readLedger.js";
import type { LedgerRead } from "./result.js";

/** The 截至日期 of every hand-made ledger: 2024-09-30, report year 2024. */
export const AS_OF = "2024-09-30";

/** One row of a hand-made grid. */
export type Row = ReadonlyArray<CellValue | GridCell | undefined>;

/** A project by header text; key order lays out the columns. */
export type Project = Readonly<Record<string, CellValue | GridCell | undefined>>;

/**
 * A clean new project (signed and started this year, land in hand): no issue at all.
 * Columns A 序号, B 项目名称, C 投资方, D 签约类型, E 签约时间, F 签约资金, G 本年到位资金,
 * H 项目状态, I 开工时间, J 土地手续; data rows start on row 3 under a title and a header.
 */
export const CLEAN: Project = {
  序号: 1,
  项目名称: "分布式光伏发电项目",
  投资方: "江苏恒力新能源有限公司",
  签约类型: "合同",
  签约时间: "2024-03-01",
  签约资金: 5000,
  本年到位资金: 1000,
  项目状态: "在建",
  开工时间: "2024-05-01",
  土地手续: "已供地",
};

/** The rows of a ledger titled for 城关镇: title row 1, header row 2, projects from row 3. */
export function projectRows(projects: readonly Project[], after: readonly Row[] = []): Row[] {
  const header = [...new Set(projects.flatMap((p) => Object.keys(p)))];
  return [
    ["城关镇2024年招商引资项目台账"],
    header,
    ...projects.map((p) => header.map((h) => p[h])),
    ...after,
  ];
}

/** Reads hand-made rows as a one-sheet workbook "台账.xlsx" / "Sheet1" as of AS_OF. */
export function readRows(
  rows: readonly Row[],
  options: MakeSheetOptions & { file?: string; asOf?: string } = {},
): LedgerRead {
  const { file = "台账.xlsx", asOf = AS_OF, ...sheetOptions } = options;
  return readLedger({ file, sheets: [makeSheet("Sheet1", rows, sheetOptions)] }, { asOf });
}

/** Reads projects laid out by projectRows(). */
export function readProjects(projects: readonly Project[], after: readonly Row[] = []): LedgerRead {
  return readRows(projectRows(projects, after));
}

/** Issues as "severity cell code" lines: what a reviewer sees, in reading order. */
export function brief(issues: readonly LedgerIssue[]): string[] {
  return issues.map((i) => `${i.severity} ${i.cell} ${i.code}`);
}

/** Issues as "severity sheet!cell code" lines, for workbooks with named sheets. */
export function briefWithSheet(issues: readonly LedgerIssue[]): string[] {
  return issues.map((i) => `${i.severity} ${i.sheet}!${i.cell} ${i.code}`);
}
