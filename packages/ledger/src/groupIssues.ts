import type { IssueCode, LedgerIssue, Severity } from "./issues.js";

/**
 * Heading of each kind of issue where front ends list issues by kind (the task pane, the web
 * page), and the words a 考评办法 deduction row names its issue by; a new code does not compile
 * until it has one.
 * @example ISSUE_GROUP_TITLES.duplicate_project === "疑似重复报送"
 */
export const ISSUE_GROUP_TITLES: Readonly<Record<IssueCode, string>> = {
  file_unreadable: "文件无法读取",
  no_ledger_sheet: "没有找到台账表头",
  no_target_sheet: "没有找到任务分解表",
  summary_workbook: "这是汇总工作簿，不是台账",
  header_missing_column: "缺少必填列",
  header_unknown_column: "无法识别的列",
  header_duplicate_column: "重复的列",
  unit_unknown: "无法确定责任单位",
  unit_mixed: "责任单位不一致",
  row_without_name: "缺少项目名称",
  required_empty: "必填项未填",
  money_unparsed: "金额无法识别",
  money_approximate: "金额是约数",
  money_negative: "金额为负数",
  money_magnitude: "金额单位可能弄混",
  date_unparsed: "日期无法识别",
  date_year_assumed: "日期缺少年份",
  date_after_as_of: "日期晚于截至日期",
  enum_unparsed: "不在可选范围内",
  cell_error: "单元格是错误值",
  formula_without_value: "公式没有计算结果",
  text_too_long: "内容过长",
  hidden_row: "隐藏行",
  hidden_sheet: "隐藏的工作表",
  arrived_exceeds_signed: "到位资金大于签约资金",
  outprov_exceeds_total: "省外部分大于总数",
  cumulative_below_year: "累计小于本年",
  started_without_land: "未办结用地手续即开工",
  start_before_sign: "开工早于签约",
  new_flag_conflict: "新签/续建与签约时间矛盾",
  stalled_not_started: "长期未开工",
  started_without_funds: "已开工但无到位资金",
  duplicate_project: "疑似重复报送",
  totals_mismatch: "合计行与明细不符",
  label_row_skipped: "像合计行的项目被跳过",
  target_unit_unknown: "任务单位在台账中不存在",
  target_unit_matched: "任务单位名称与台账写法不同",
  target_unit_duplicate: "任务单位重复",
  target_negative: "任务数为负数",
  target_total_mismatch: "任务合计行与各单位之和不符",
  target_column_unknown: "无法识别的任务列",
  target_column_unused: "未采用的任务列",
  target_period_mismatch: "调度目标与截至日期不在同一期",
  unit_without_target: "单位没有任务数",
  unit_alias: "单位名称写法不一致",
  duplicate_resolved: "重复项目已按归属表处理",
  ownership_invalid: "重复项目归属表有误",
  settings_invalid: "设置有误",
  policy_excluded: "按统计口径未计入",
  previous_unusable: "上期汇总无法对比",
};

/** Issues of one kind, as the pane lists them. */
export interface IssueGroup {
  code: IssueCode;
  title: string;
  severity: Severity;
  issues: LedgerIssue[];
}

/** Counts of issues by severity. */
export type SeverityCounts = Record<Severity, number>;

/** Counts issues by severity. */
export function countBySeverity(issues: readonly LedgerIssue[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/** Groups issues by code: errors before warnings, larger groups first, cells in sheet order. */
export function groupIssues(issues: readonly LedgerIssue[]): IssueGroup[] {
  const byCode = new Map<IssueCode, LedgerIssue[]>();
  for (const issue of issues) {
    const list = byCode.get(issue.code) ?? [];
    list.push(issue);
    byCode.set(issue.code, list);
  }
  const groups = [...byCode].map(([code, list]): IssueGroup => ({
    code,
    title: ISSUE_GROUP_TITLES[code],
    severity: list[0]?.severity ?? "warning",
    issues: list.sort(
      (a, b) =>
        (a.row ?? 0) - (b.row ?? 0) ||
        a.cell.length - b.cell.length ||
        a.cell.localeCompare(b.cell),
    ),
  }));
  const rank = (s: Severity): number => (s === "error" ? 0 : 1);
  return groups.sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      b.issues.length - a.issues.length ||
      a.code.localeCompare(b.code),
  );
}
