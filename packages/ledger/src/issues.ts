/** Every validation issue the reader and the checks can raise, with its severity. */
export const ISSUE_SEVERITY = {
  file_unreadable: "error",
  no_ledger_sheet: "error",
  no_target_sheet: "error",
  summary_workbook: "warning",
  header_missing_column: "error",
  header_unknown_column: "warning",
  header_duplicate_column: "warning",
  unit_unknown: "error",
  unit_mixed: "warning",
  row_without_name: "error",
  required_empty: "error",
  money_unparsed: "error",
  money_approximate: "warning",
  money_negative: "error",
  money_magnitude: "warning",
  date_unparsed: "error",
  date_year_assumed: "warning",
  date_after_as_of: "warning",
  enum_unparsed: "error",
  cell_error: "error",
  formula_without_value: "warning",
  text_too_long: "warning",
  hidden_row: "warning",
  hidden_sheet: "warning",
  arrived_exceeds_signed: "warning",
  outprov_exceeds_total: "error",
  cumulative_below_year: "error",
  started_without_land: "warning",
  start_before_sign: "warning",
  new_flag_conflict: "warning",
  stalled_not_started: "warning",
  started_without_funds: "warning",
  duplicate_project: "error",
  totals_mismatch: "warning",
  label_row_skipped: "warning",
  target_unit_unknown: "warning",
  target_unit_matched: "warning",
  target_unit_duplicate: "warning",
  target_negative: "error",
  target_total_mismatch: "warning",
  target_column_unknown: "warning",
  target_column_unused: "warning",
  target_period_mismatch: "warning",
  unit_without_target: "warning",
  unit_alias: "warning",
  duplicate_resolved: "warning",
  ownership_invalid: "warning",
  settings_invalid: "warning",
  policy_excluded: "warning",
  previous_unusable: "warning",
} as const;

/** Stable code of a validation issue; part of the `--json` contract. */
export type IssueCode = keyof typeof ISSUE_SEVERITY;
export type Severity = "error" | "warning";

/** What each code's message needs besides the cell: the column's Chinese label, numbers, names. */
export interface IssueParams {
  /** Chinese label of the column or thing concerned ("签约资金"). */
  label?: string;
  /** Free detail the message weaves in (the other file, the expected sum, …). */
  detail?: string;
  /**
   * A second Chinese label, for rules that compare two columns; for duplicate_resolved,
   * settings_invalid and ownership_invalid, what follows, said in place of the usual ending.
   */
  other?: string;
}

/** One problem found in a ledger, pinned to a file, sheet and A1 cell, with a Chinese message. */
export interface LedgerIssue {
  code: IssueCode;
  severity: Severity;
  file: string;
  sheet: string;
  /** A1 address ("F7"); "" for a problem with the whole file. */
  cell: string;
  /** The value as written in that cell ("" when there was none). */
  raw: string;
  message: string;
  /** 1-based row, when the issue belongs to one row. */
  row?: number;
}

/** Where an issue is and what it says, before its message is written. */
export interface IssueAt {
  file: string;
  sheet: string;
  cell: string;
  raw?: string;
  row?: number;
}

const q = (s: string | undefined): string => `“${s ?? ""}”`;

/** The Chinese message of every code: what is wrong and what to do about it. */
export const ISSUE_MESSAGES: Record<IssueCode, (p: IssueParams, raw: string) => string> = {
  file_unreadable: (p) =>
    `无法读取该文件：${p.detail ?? "文件已损坏或不是 Excel 工作簿"}。请在 Excel/WPS 中打开确认后另存为 .xlsx 再试。`,
  no_ledger_sheet: (p) =>
    `没有找到项目台账表头（应含“项目名称”“签约资金”等列）${p.detail ? `：${p.detail}` : ""}。请确认这是招商项目台账，表头写在数据上方一到两行。`,
  no_target_sheet: () =>
    `没有找到指标任务分解表的表头（应含“单位”和“年度签约资金任务”等列）。请确认选择的是任务分解表。`,
  summary_workbook: () =>
    `这是招商台账助手生成的汇总工作簿（含“指标汇总”“项目明细”），不作为台账读取，以免重复统计。如确需合并，请把原始台账放进输入文件夹。`,
  header_missing_column: (p) =>
    `缺少必填列${q(p.label)}。请在表头中加上这一列（或改用标准列名）后重新报送。`,
  header_unknown_column: (p) =>
    `无法识别的列${q(p.label)}，已原样保留，不参与计算。如它是标准列，请改用标准列名${p.detail ? `（可能是${q(p.detail)}）` : ""}。`,
  header_duplicate_column: (p) =>
    `列${q(p.label)}与前面的列重复（都对应${q(p.other)}），只采用第一列，本列原样保留。请删除或改名其中一列。`,
  unit_unknown: () =>
    `无法确定责任单位：没有“责任单位”列，标题和文件名中也找不到乡镇/单位名称。请增加“责任单位”列，或在标题中写明单位（如“××镇2024年招商引资项目台账”）。`,
  unit_mixed: (p) =>
    `本行责任单位${q(p.label)}与本表所属单位${q(p.detail)}不一致。请确认是否填错了单位，或把该项目移到对应单位的台账。`,
  row_without_name: () =>
    `本行有数据但没有项目名称，无法作为项目统计。请补填项目名称，或删除这一行。`,
  required_empty: (p) => `${q(p.label)}未填写${p.detail ? `（${p.detail}）` : ""}。请补填。`,
  money_unparsed: (p, raw) =>
    `${q(p.label)}的值${q(raw)}无法识别为金额。请填写数字（单位以表头为准，如“1200”或“1.2亿”）。`,
  money_approximate: (p, raw) =>
    `${q(p.label)}的值${q(raw)}是约数，已按 ${p.detail ?? ""} 万元计入。请核实后填写准确金额。`,
  money_negative: (p, raw) => `${q(p.label)}为负数${q(raw)}。金额不应为负，请核实后更正。`,
  money_magnitude: (p, raw) =>
    `${q(p.label)}的值${q(raw)}与本列其他金额相差悬殊（${p.detail ?? ""}），可能把“元/万元/亿元”弄混了。请核实单位。`,
  date_unparsed: (p, raw) =>
    `${q(p.label)}的值${q(raw)}无法识别为日期。请填写如“2024-09-06”或“2024年9月6日”的日期。`,
  date_year_assumed: (p, raw) =>
    `${q(p.label)}的值${q(raw)}没有写年份，已按 ${p.detail ?? ""} 处理。请补全年份。`,
  date_after_as_of: (p, raw) =>
    `${q(p.label)}${q(raw)}晚于截至日期 ${p.detail ?? ""}。请核实日期是否填错。`,
  enum_unparsed: (p, raw) =>
    `${q(p.label)}的值${q(raw)}不在可选范围内。请从以下选择：${p.detail ?? ""}。`,
  cell_error: (p, raw) =>
    `${q(p.label)}单元格是错误值${q(raw)}，按空值处理。请修正该单元格的公式或改填数值。`,
  formula_without_value: (p) =>
    `${q(p.label)}单元格是公式但没有计算结果，按空值处理。请在 Excel 中打开并保存一次（让公式计算），或改填数值。`,
  text_too_long: (p) =>
    `${q(p.label)}的内容过长（${p.detail ?? ""} 个字符），超出 Excel 单元格上限，汇总时只保留前 32767 个字符。请精简内容。`,
  hidden_sheet: (p) =>
    `隐藏的工作表也是一张台账（${p.detail ?? ""} 个项目），未计入统计。如需统计，请取消隐藏或把项目并入正式台账。`,
  hidden_row: () =>
    `这一行在表中被隐藏，但仍是项目，已计入统计。如不应统计，请删除该行而不是隐藏。`,
  arrived_exceeds_signed: (p) =>
    `当年新签项目的本年到位资金大于签约资金（${p.detail ?? ""}）。请核实两项金额。`,
  outprov_exceeds_total: (p) =>
    `${q(p.label)}大于${q(p.other)}（${p.detail ?? ""}）。“其中省外”是总数的一部分，不能超过总数，请更正。`,
  cumulative_below_year: (p) =>
    `累计到位资金小于本年到位资金（${p.detail ?? ""}）。累计数应包含本年数，请更正。`,
  started_without_land: (p) =>
    `项目状态为${q(p.label)}，但土地手续为${q(p.detail)}：未办结用地手续即开工，存在审计风险。请核实土地手续或项目状态。`,
  start_before_sign: (p) => `开工时间早于签约时间（${p.detail ?? ""}）。请核实两个日期。`,
  new_flag_conflict: (p) =>
    `“新签/续建”填的是${q(p.label)}，但按签约时间应为${q(p.detail)}。已按所填${q(p.label)}统计，请核实。`,
  stalled_not_started: (p) =>
    `签约已超过一年（签约时间 ${p.detail ?? ""}）仍未开工，属于长期未开工项目。请说明原因或更新项目状态。`,
  started_without_funds: (p) => `项目状态为${q(p.label)}，但本年到位资金为空或 0。请核实到位资金。`,
  duplicate_project: (p) =>
    `疑似重复报送：与 ${p.detail ?? ""} 的项目相同（${p.label ?? "项目名称相同"}）。各单位仍按本单位台账统计，全县合计只计一次（见“减：疑似重复报送”行）。请与对方单位核实归属，并在任务分解表的“重复项目归属”表中登记归属单位。`,
  label_row_skipped: (p) =>
    `本行名称${q(p.label)}以合计/小计/页脚的字样开头，已按合计行跳过、未计入汇总，但它填有金额。如果这是一个项目，请补填序号（或投资方、签约类型）后重新报送；如果是合计行，请把名称改为“合计”或“小计”。`,
  totals_mismatch: (p) =>
    `合计行的${q(p.label)}与上方各行之和不符（${p.detail ?? ""}）。汇总按各行明细计算，请更正合计行或明细。`,
  target_unit_unknown: (p) =>
    `任务分解表中的单位${q(p.label)}在台账中没有对应项目。请核实单位名称是否一致。`,
  target_unit_matched: (p) =>
    `任务分解表中的单位${q(p.label)}与台账中的${q(p.detail)}视为同一单位，按${q(p.detail)}统计。请在任务分解表中使用与台账一致的单位全称。`,
  target_unit_duplicate: (p) =>
    `单位${q(p.label)}在任务分解表中出现了两次（第 ${p.detail ?? ""} 行已有），本行未采用。请删除或合并重复的行。`,
  target_negative: (p, raw) => `${q(p.label)}为负数${q(raw)}，任务数不能为负，本格未采用。请更正。`,
  target_total_mismatch: (p) =>
    `任务分解表合计行的${q(p.label)}与各单位之和不符（${p.detail ?? ""}）。全县任务按合计行计算，请核实合计行或各单位任务。`,
  target_column_unknown: (p) =>
    `任务分解表中无法识别的列${q(p.label)}，未采用。如它是任务或调度目标，请在列名中写明指标（签约资金/到位资金/签约项目数/外资）和“任务”或“调度目标”，如“三季度签约资金调度目标”。`,
  target_column_unused: (p) =>
    `任务分解表的列${q(p.label)}与${q(p.detail)}都对应${q(p.other)}，按截至日期采用${q(p.detail)}，本列未采用。`,
  target_period_mismatch: (p) =>
    `调度目标列${q(p.label)}是截至${p.detail ?? ""}的目标，与截至日期 ${p.other ?? ""} 不在同一期，调度完成率按该列计算。请核实截至日期或任务分解表。`,
  unit_without_target: (p) =>
    `台账中的单位${q(p.label)}在任务分解表中没有对应的行，不计算完成率、不参加排名。请核实单位名称，或在任务分解表中补上该单位。`,
  unit_alias: (p) =>
    `单位名称${q(p.label)}与${q(p.detail)}只差空格、全半角或大小写，视为同一单位，按${q(p.detail)}统计。如确为不同单位，请改用可以区分的名称。`,
  duplicate_resolved: (p) =>
    `疑似重复报送：与 ${p.detail ?? ""} 的项目相同。已按“重复项目归属”表归属${q(p.label)}，${p.other ?? "只计归属单位的一份"}。`,
  // A row, or (label "整张", other what follows) the whole sheet when it has no header.
  ownership_invalid: (p, raw) =>
    `“重复项目归属”表${p.label ?? "的这一行"}无法采用：${p.detail ?? raw}。${p.other ?? "请核对项目名称和归属单位，本行之外的归属照常生效"}。`,
  // A value, or (other what follows) a whole rule sheet the run did without.
  settings_invalid: (p, raw) =>
    `设置${q(p.label)}的值${q(raw)}无法采用：${p.detail ?? ""}。${p.other ?? "该项未采用（按默认值或其余设置计算），请更正"}。`,
  policy_excluded: (p) =>
    `本项目不符合统计口径（${p.detail ?? ""}），保留在项目明细中，不计入签约和到位统计。`,
  previous_unusable: (p) =>
    `上期汇总文件${q(p.label)}无法用于对比：${p.detail ?? ""}。本次汇总照常完成，但不含较上期对比。请选择本县上一期用本工具导出的汇总 JSON 文件。`,
};

/** Builds an issue with its severity and Chinese message from its code. */
export function makeIssue(code: IssueCode, at: IssueAt, params: IssueParams = {}): LedgerIssue {
  const raw = at.raw ?? "";
  const issue: LedgerIssue = {
    code,
    severity: ISSUE_SEVERITY[code],
    file: at.file,
    sheet: at.sheet,
    cell: at.cell,
    raw,
    message: ISSUE_MESSAGES[code](params, raw),
  };
  if (at.row !== undefined) issue.row = at.row;
  return issue;
}
