import {
  BULLETIN_SHEET,
  DETAIL_SHEET,
  INDUSTRY_SHEET,
  ISSUE_SHEET,
  NEW_PROJECTS_SHEET,
  REPORT_SHEET,
  SCORE_SHEET,
  SUMMARY_SHEET,
} from "@zsyz/indicators";

/** One sheet of the county workbook, as front ends describe it to staff. */
export interface OutputSheet {
  name: string;
  /** What it holds, in one line of Chinese. */
  description: string;
  /** When it is written, if not always ("有任务分解表时"). */
  when?: string;
}

/**
 * The sheets `runCounty`'s plan writes, in tab order, each with its one-line description: the
 * one list `zsyz merge --help` and the web page's 合并 show.
 * @example OUTPUT_SHEETS[0] → { name: "指标汇总", description: "每个单位一行加合计行，…" }
 */
export const OUTPUT_SHEETS: readonly OutputSheet[] = [
  {
    name: SUMMARY_SHEET,
    description: "每个单位一行加合计行，各项指标都是实时公式（改明细、任务或截至日期即自动重算）",
  },
  { name: DETAIL_SHEET, description: "每个项目一行，注明来源文件、工作表和行号" },
  { name: ISSUE_SHEET, description: "校验发现的全部问题及所在单元格" },
  { name: REPORT_SHEET, description: "全县和各单位的指标段落，可直接用于工作报告" },
  { name: SCORE_SHEET, description: "各单位按考评办法的得分", when: "有任务分解表时" },
  { name: BULLETIN_SHEET, description: "可直接打印的各单位考评通报表", when: "有任务分解表时" },
  { name: INDUSTRY_SHEET, description: "当年新签约项目按产业类别统计（全县和各单位）" },
  { name: NEW_PROJECTS_SHEET, description: "当年新签约项目按签约资金从大到小排列，可直接打印" },
];
