import { type SettingEntry, type SettingField, settingPlace } from "./settingLabels.js";

/** What a numeric setting may hold, and an example in the form's own notation. */
interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Said in place of the bounds, where the form writes the value otherwise than the JSON. */
  text?: string;
  /** Said right after the rule: the unit, or how the form writes it. */
  unit?: string;
  /** A value staff would write in the form ("2", "120%"). */
  example: string;
  /** Said after the example: how to leave the setting out. */
  after?: string;
}

/**
 * The numeric settings and what each may hold: parseSettings and the 设置 form check them with
 * checkSettingNumber, so both refuse the same values in the same words.
 */
export const SETTING_NUMBERS = {
  "rounding.yiDecimals": { min: 0, max: 6, integer: true, example: "2" },
  "rounding.wanDecimals": { min: 0, max: 6, integer: true, example: "2" },
  "rounding.percentDecimals": { min: 0, max: 6, integer: true, example: "2" },
  "rounding.ppDecimals": { min: 0, max: 6, integer: true, example: "2" },
  "countingPolicy.minSigned": { min: 0, unit: "（万元）", example: "500", after: "不设起点请留空" },
  "requirements[].atLeast": { unit: "（比率写百分数，50 即 50%）", example: "50" },
  "scoring.items[].weight": { min: 0, max: 1000, example: "35" },
  // 100 as a fraction: a rate's cap is written in per cent (10000%), any other as is.
  "scoring.items[].cap": {
    min: 0,
    max: 100,
    unit: "（比率写百分数，0 到 10000%）",
    example: "120%",
    after: "不封顶请留空",
  },
  "scoring.deductions[].points": { min: 0, max: 100, example: "2" },
  "scoring.deductions[].max": { min: 0, example: "10", after: "不封顶请留空" },
} as const satisfies Partial<Record<SettingField, NumberRule>>;

/** A setting that holds a number. */
export type NumberSetting = keyof typeof SETTING_NUMBERS;

// "应为 0 到 6 之间的整数" from the rule's bounds.
function ruleText(rule: NumberRule): string {
  const kind = rule.integer ? "整数" : "数";
  if (rule.min !== undefined && rule.max !== undefined)
    return `应为 ${rule.min} 到 ${rule.max} 之间的${kind}`;
  if (rule.min !== undefined) return `应为不小于 ${rule.min} 的${kind}`;
  return rule.integer ? "应为整数" : "应为数字";
}

/**
 * What a numeric setting must hold, with an example, without naming it: for a reader that
 * names the place its own way (a cell of the 考评办法 sheet).
 * @example settingNumberRule("scoring.items[].weight") === "应为 0 到 1000 之间的数，如“35”"
 */
export function settingNumberRule(field: NumberSetting): string {
  const rule: NumberRule = SETTING_NUMBERS[field];
  const after = rule.after === undefined ? "" : `；${rule.after}`;
  return `${rule.text ?? ruleText(rule)}${rule.unit ?? ""}，如“${rule.example}”${after}`;
}

/**
 * Why a numeric setting cannot hold `value`, in Chinese naming the setting as the form does,
 * or null when it can.
 * @example checkSettingNumber("scoring.items[].weight", 2000, { no: 2 }) === "「考评办法」「考评项目2」的「分值」应为 0 到 1000 之间的数，如“35”。"
 */
export function checkSettingNumber(
  field: NumberSetting,
  value: unknown,
  at?: SettingEntry,
): string | null {
  const rule: NumberRule = SETTING_NUMBERS[field];
  const fits =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (rule.min === undefined || value >= rule.min) &&
    (rule.max === undefined || value <= rule.max) &&
    (!rule.integer || Number.isInteger(value));
  return fits ? null : `${settingPlace(field, at)}${settingNumberRule(field)}。`;
}

/** The text settings, and an example of each. */
const TEXT_EXAMPLES = {
  countyName: "全县",
  "scoring.name": "招商引资考评办法",
} as const satisfies Partial<Record<SettingField, string>>;

/**
 * Why a text setting cannot hold `value` (not text, or blank), or null when it can.
 * @example checkSettingText("countyName", " ") === "「本县称谓」不能为空，如“全县”。"
 */
export function checkSettingText(field: keyof typeof TEXT_EXAMPLES, value: unknown): string | null {
  if (typeof value === "string" && value.trim() !== "") return null;
  return `${settingPlace(field)}不能为空，如“${TEXT_EXAMPLES[field]}”。`;
}

type ChoicesSetting = "countingPolicy.origins" | "countingPolicy.signTypes";

/**
 * What is wrong with a list of choices (统计口径's 资金来源 or 签约类型), without naming the
 * setting: a value that is not one of the choices, or no 签约类型 at all (nothing would count as
 * signed); null when it can be kept. For a reader that names the place its own way: where staff
 * type the list in a cell (`typed`), it says to separate the choices by 顿号 and to fill one in.
 * @example settingChoicesRule("countingPolicy.origins", ["外省"], ["省外", "境外"], true) === "只能从 省外、境外 中选，用顿号分隔；“外省”不在其中"
 */
export function settingChoicesRule(
  field: ChoicesSetting,
  value: unknown,
  choices: readonly string[],
  typed = false,
): string | null {
  const offered = `只能从 ${choices.join("、")} 中选${typed ? "，用顿号分隔" : ""}`;
  const example = `如“${choices[0] ?? ""}”`;
  if (!Array.isArray(value)) return `${offered}，${example}`;
  const stranger = value.find((v) => !choices.includes(v as string));
  if (stranger !== undefined)
    return `${offered}${typed ? "；" : "，"}“${String(stranger)}”不在其中`;
  if (field === "countingPolicy.signTypes" && value.length === 0)
    return `至少要${typed ? "填" : "选"}一种，${example}`;
  return null;
}

/**
 * Why a list of choices (统计口径's 资金来源 or 签约类型) cannot be kept, naming the setting as
 * the form does (settingChoicesRule's words), or null when it can.
 * @example checkSettingChoices("countingPolicy.signTypes", [], ["合同", "协议"]) === "「统计口径」的「计为签约的签约类型」至少要选一种，如“合同”。"
 */
export function checkSettingChoices(
  field: ChoicesSetting,
  value: unknown,
  choices: readonly string[],
): string | null {
  const rule = settingChoicesRule(field, value, choices);
  return rule === null ? null : `${settingPlace(field)}${rule}。`;
}
