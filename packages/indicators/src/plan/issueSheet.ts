import type { LedgerIssue } from "@zsyz/ledger";
import { headerRowHeight } from "./headerRowHeight.js";
import { landscapePrint } from "./styles.js";
import { SheetBuilder } from "./SheetBuilder.js";
import type { SheetPlan } from "./WorkbookPlan.js";

/** Name of the problem-list sheet. */
export const ISSUE_SHEET = "问题清单";

const HEADERS = [
  "序号",
  "严重程度",
  "单位",
  "文件",
  "工作表",
  "单元格",
  "原值",
  "问题说明",
  "问题代码",
] as const;
const WIDTHS = [6, 9, 12, 28, 14, 8, 18, 70, 22];

/** An issue with the unit of the file it was found in. */
export interface IssueRow extends Pick<
  LedgerIssue,
  "code" | "severity" | "file" | "sheet" | "cell" | "raw" | "message"
> {
  unit: string;
}

/**
 * The 问题清单 sheet: every issue on one row — errors first, then by file, sheet and
 * cell — with a filter on the header. Every value is plain text, never a formula.
 */
export function buildIssueSheet(issues: readonly IssueRow[]): SheetPlan {
  const b = new SheetBuilder();
  b.set(0, 0, {
    value: `问题清单（错误 ${issues.filter((i) => i.severity === "error").length} 个，警告 ${issues.filter((i) => i.severity === "warning").length} 个）`,
    style: "title",
  });
  HEADERS.forEach((h, c) => b.set(1, c, { value: h, style: "header" }));
  const sorted = [...issues].sort((a, b2) =>
    a.severity === b2.severity ? 0 : a.severity === "error" ? -1 : 1,
  );
  sorted.forEach((i, n) => {
    const row = n + 2;
    const values = [
      n + 1,
      i.severity === "error" ? "错误" : "警告",
      i.unit,
      baseName(i.file),
      i.sheet,
      i.cell,
      i.raw,
      i.message,
      i.code,
    ];
    values.forEach((value, c) =>
      b.set(row, c, { value, style: "text", ...(c === 6 ? { numFmt: "@" } : {}) }),
    );
  });
  const built = b.build();
  const last = Math.max(2, sorted.length + 2);
  const rows = headerRowHeight(1, HEADERS, WIDTHS);
  return {
    name: ISSUE_SHEET,
    ...built,
    columns: WIDTHS.map((width, col) => ({ col, width })),
    frozen: { rows: 2, columns: 0 },
    merges: ["A1:I1"],
    conditionalFormats: [
      {
        range: `B3:B${last}`,
        formula: 'B3="错误"',
        fill: "#FFC7CE",
        fontColor: "#9C0006",
        priority: 1,
      },
    ],
    print: landscapePrint(2),
    autoFilter: `A2:I${last}`,
    ...(rows.length ? { rows } : {}),
  };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
