import type { IndicatorFormat } from "../catalogue.js";
import type { ScoringItem } from "../scoringScheme.js";
import type { LeadMeasure } from "./Settings.js";

/**
 * Every setting's Chinese label, as the 设置 form shows it, by its path in the settings JSON
 * (`[]` stands for any entry of a list). The form labels its fields from this table and
 * parseSettings names a refused setting by it, so staff read one name for one setting.
 * @example SETTING_LABELS["scoring.items[].weight"] === "分值"
 */
export const SETTING_LABELS = {
  version: "设置版本",
  rounding: "小数位数",
  "rounding.yiDecimals": "亿元小数位",
  "rounding.wanDecimals": "万元小数位",
  "rounding.percentDecimals": "百分比小数位",
  "rounding.ppDecimals": "百分点小数位",
  "rounding.trimZeros": "去掉小数末尾的0",
  displayUnit: "金额显示单位",
  countyName: "本县称谓",
  leadMeasure: "报告首先写",
  sizeBands: "签约金额分档",
  customIndicators: "自定义指标",
  "customIndicators[].key": "代码",
  "customIndicators[].name": "名称",
  "customIndicators[].expression": "公式",
  "customIndicators[].format": "显示格式",
  requirements: "达标要求",
  "requirements[].indicator": "指标",
  "requirements[].atLeast": "达标线",
  countingPolicy: "统计口径",
  "countingPolicy.origins": "计入的资金来源",
  "countingPolicy.signTypes": "计为签约的签约类型",
  "countingPolicy.minSigned": "新签项目签约资金起点",
  scoring: "考评办法",
  "scoring.name": "办法名称",
  "scoring.items": "考评项目",
  "scoring.items[].indicator": "指标",
  "scoring.items[].weight": "分值",
  "scoring.items[].method": "计分方式",
  "scoring.items[].cap": "封顶",
  "scoring.items[].tiers": "分档",
  "scoring.deductions": "扣分项",
  "scoring.deductions[].code": "问题类型",
  "scoring.deductions[].points": "每项扣分",
  "scoring.deductions[].max": "最多扣分",
} as const;

/** A setting's path in the settings JSON, as SETTING_LABELS keys it ("scoring.items[].weight"). */
export type SettingField = keyof typeof SETTING_LABELS;

/** The lists of the settings whose entries the form shows one by one. */
type ListField = "customIndicators" | "requirements" | "scoring.items" | "scoring.deductions";

/** Which entry of a list: its place (1-based, as the form counts) and, where it has one, its name. */
export interface SettingEntry {
  /** 1 for the first entry, as the form numbers them (考评项目1, 第1条). */
  no: number;
  /** The entry's own name (a custom indicator's 名称), when it has one. */
  name?: string;
}

const quote = (label: string): string => `「${label}」`;

/** The label of one entry of a list, as the form titles it: 「考评办法」「考评项目2」, 「达标要求」第2条. */
function entryPlace(list: ListField, at: SettingEntry): string {
  const L = SETTING_LABELS;
  switch (list) {
    case "customIndicators":
      return at.name !== undefined && at.name.trim() !== ""
        ? `${quote(L.customIndicators)}${quote(at.name.trim())}`
        : quote(`${L.customIndicators}${at.no}`);
    case "requirements":
      return `${quote(L.requirements)}第${at.no}条`;
    case "scoring.items":
      return `${quote(L.scoring)}${quote(`${L["scoring.items"]}${at.no}`)}`;
    case "scoring.deductions":
      return `${quote(L.scoring)}${quote(`${L["scoring.deductions"]}${at.no}`)}`;
  }
}

const LISTS: readonly ListField[] = [
  "customIndicators",
  "requirements",
  "scoring.items",
  "scoring.deductions",
];

/**
 * Where a setting is, in the words of the 设置 form, to start a message with.
 * @example settingPlace("scoring.items[].weight", { no: 2 }) === "「考评办法」「考评项目2」的「分值」"
 * @example settingPlace("customIndicators[].expression", { no: 1, name: "亿元项目数" }) === "「自定义指标」「亿元项目数」的「公式」"
 */
export function settingPlace(field: SettingField, at: SettingEntry = { no: 1 }): string {
  const L = SETTING_LABELS;
  const label = quote(L[field]);
  const list = LISTS.find((l) => field === l || field.startsWith(`${l}[].`));
  if (list) return field === list ? entryPlace(list, at) : `${entryPlace(list, at)}的${label}`;
  if (field.startsWith("countingPolicy.")) return `${quote(L.countingPolicy)}的${label}`;
  if (field.startsWith("scoring.")) return `${quote(L.scoring)}的${label}`;
  return label;
}

/**
 * The measure the report leads with, as 报告首先写 offers it.
 * @example LEAD_MEASURE_LABELS.arrived_outprov === "省外到位资金"
 */
export const LEAD_MEASURE_LABELS: Readonly<Record<LeadMeasure, string>> = {
  signed: "签约资金",
  arrived: "到位资金",
  signed_outprov: "省外签约资金",
  arrived_outprov: "省外到位资金",
};

/**
 * A custom indicator's 显示格式, as the form offers it ("" is 自动: chosen from the formula).
 * @example FORMAT_LABELS.percent === "百分比"
 */
export const FORMAT_LABELS: Readonly<Record<IndicatorFormat | "", string>> = {
  "": "自动",
  percent: "百分比",
  money: "金额（万元）",
  count: "个数",
  pp: "百分点",
  number: "数值",
  flag: "是/否",
  money_usd: "金额（万美元）",
  rank: "名次",
};

/**
 * A 考评项目's 计分方式, as the form and the 考评办法 sheet offer it.
 * @example SCORING_METHOD_LABELS.tiers === "分档"
 */
export const SCORING_METHOD_LABELS: Readonly<Record<ScoringItem["method"], string>> = {
  linear: "按比例",
  tiers: "分档",
};
