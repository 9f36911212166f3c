import { landscapePrint } from "./styles.js";
import { SheetBuilder } from "./SheetBuilder.js";
import type { SheetPlan } from "./WorkbookPlan.js";

/** Name of the report-paragraph sheet. */
export const REPORT_SHEET = "报告摘要";

/** One drafted paragraph: the county's or a unit's. */
export interface ReportParagraph {
  subject: string;
  text: string;
}

/**
 * The 报告摘要 sheet: the drafted indicator paragraph of the county and of each unit,
 * one per row, wrapped, ready to copy into the work report.
 */
export function buildReportSheet(title: string, paragraphs: readonly ReportParagraph[]): SheetPlan {
  const b = new SheetBuilder();
  b.set(0, 0, { value: title, style: "title" });
  b.set(1, 0, { value: "单位", style: "header" });
  b.set(1, 1, { value: "指标情况（可直接复制到工作报告）", style: "header" });
  paragraphs.forEach((p, n) => {
    b.set(n + 2, 0, { value: p.subject, style: "text" });
    b.set(n + 2, 1, { value: p.text, style: "paragraph" });
  });
  return {
    name: REPORT_SHEET,
    ...b.build(),
    columns: [
      { col: 0, width: 14 },
      { col: 1, width: 110 },
    ],
    frozen: { rows: 2, columns: 0 },
    merges: ["A1:B1"],
    conditionalFormats: [],
    print: landscapePrint(2),
  };
}
