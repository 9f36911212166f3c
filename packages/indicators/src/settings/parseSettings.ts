import {
  type CountingPolicy,
  DEFAULT_COUNTING_POLICY,
  ENUMS,
  ISSUE_GROUP_TITLES,
} from "@zsyz/ledger";
import type { IndicatorFormat } from "../catalogue.js";
import { type CompiledIndicator, DEFAULT_CATALOGUE, withBands } from "../compileIndicator.js";
import type {
  ScoringDeduction,
  ScoringItem,
  ScoringScheme,
  ScoringTier,
} from "../scoringScheme.js";
import type { FormatOptions } from "../format.js";
import { indicatorNames } from "../indicatorNames.js";
import { compileCustomIndicator } from "./applySettings.js";
import {
  checkSettingChoices,
  checkSettingNumber,
  checkSettingText,
  type NumberSetting,
} from "./checkSettingValue.js";
import { checkSizeBands } from "./checkSizeBands.js";
import type { IndicatorRequirement } from "./requirements.js";
import {
  FORMAT_LABELS,
  LEAD_MEASURE_LABELS,
  SCORING_METHOD_LABELS,
  SETTING_LABELS,
  type SettingEntry,
  settingPlace,
} from "./settingLabels.js";
import { suggestIndicatorKey } from "./suggestIndicatorKey.js";
import {
  type CustomIndicatorSetting,
  DEFAULT_SETTINGS,
  type LeadMeasure,
  SETTINGS_VERSION,
  type Settings,
} from "./Settings.js";

/** Why a setting was refused. */
export const SETTINGS_ERROR_CODES = [
  "settings_not_json",
  "settings_is_summary",
  "settings_version",
  "settings_bad_value",
  "settings_custom_indicator",
  "settings_unknown_indicator",
  "settings_unknown_issue_code",
] as const;

/** Code of a refused setting. */
export type SettingsErrorCode = (typeof SETTINGS_ERROR_CODES)[number];

/**
 * A refused setting: where it is in the JSON ("scoring.items[2].weight", for developers), and a
 * Chinese message that names it as the 设置 form does, says what is wrong and what to write.
 */
export interface SettingsError {
  code: SettingsErrorCode;
  path: string;
  message: string;
}

const EXPORTED = "请选择在「设置」中「导出」得到的文件。";

// The fields of a list's entry, in the form's words: "指标和达标线".
const REQUIREMENT_FIELDS = `${SETTING_LABELS["requirements[].indicator"]}和${SETTING_LABELS["requirements[].atLeast"]}`;
const CUSTOM_FIELDS = `${SETTING_LABELS["customIndicators[].name"]}和${SETTING_LABELS["customIndicators[].expression"]}`;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const FORMATS = Object.keys(FORMAT_LABELS).filter((f): f is IndicatorFormat => f !== "");
const LEADS = Object.keys(LEAD_MEASURE_LABELS) as LeadMeasure[];

// A value given by its code ("arrived") or by the label the form shows ("到位资金").
function byCodeOrLabel<T extends string>(
  labels: Readonly<Record<T, string>>,
  v: unknown,
): T | undefined {
  const codes = Object.keys(labels) as T[];
  return codes.find((c) => v === c) ?? codes.find((c) => v === labels[c]);
}

/** Collects errors while reading one settings object; absent fields take the defaults. */
class Reader {
  readonly errors: SettingsError[] = [];
  fail(code: SettingsErrorCode, path: string, message: string): void {
    this.errors.push({ code, path, message });
  }
  /**
   * A numeric setting of `o`, its key the field's last segment, checked by checkSettingNumber;
   * undefined (and an error) when refused. An entry of a list (`at`) is reported at its number:
   * "requirements[].atLeast" of the 2nd at "requirements[2].atLeast".
   */
  num(o: Obj, field: NumberSetting, at?: SettingEntry): number | undefined {
    const v = o[lastSegment(field)];
    const message = checkSettingNumber(field, v, at);
    if (message === null) return v as number;
    const path = at === undefined ? field : field.replace("[]", `[${at.no}]`);
    this.fail("settings_bad_value", path, message);
    return undefined;
  }
  /** A text setting of `o`, its key the field's last segment; `fallback` when absent or refused. */
  text(o: Obj, field: "countyName" | "scoring.name", fallback: string): string {
    const v = o[lastSegment(field)];
    if (v === undefined) return fallback;
    const message = checkSettingText(field, v);
    if (message === null) return (v as string).trim();
    this.fail("settings_bad_value", field, message);
    return fallback;
  }
}

// "scoring.items[].weight" → "weight": the key a field is kept under in its object.
const lastSegment = (field: string): string => field.slice(field.lastIndexOf(".") + 1);

/**
 * Reads settings JSON as kept in a workbook: absent fields take their defaults, every bad
 * field is reported with a Chinese message naming it as the 设置 form does, custom indicators
 * are checked with compileIndicator. Codes may be given as the form's words ("到位资金").
 * @example parseSettings('{"version":1,"displayUnit":"万元"}') → { ok: true, settings: { …, displayUnit: "万元" } }
 */
export function parseSettings(
  json: string,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] } {
  const r = new Reader();
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    raw = undefined;
  }
  if (!isObj(raw)) {
    r.fail(
      "settings_not_json",
      "",
      "设置内容已损坏，无法读取（不是有效的 JSON）。可恢复默认设置后重新填写。",
    );
    return { ok: false, errors: r.errors };
  }
  // The county's JSON summary chosen by mistake (it too has a version, 2).
  if (Array.isArray(raw["units"]) && isObj(raw["total"]) && typeof raw["asOf"] === "string") {
    r.fail("settings_is_summary", "", `这是汇总结果文件（汇总.json），不是设置文件。${EXPORTED}`);
    return { ok: false, errors: r.errors };
  }
  const version = raw["version"];
  if (version !== SETTINGS_VERSION) {
    if (typeof version === "number" && version > SETTINGS_VERSION)
      r.fail(
        "settings_version",
        "version",
        `设置来自更新版本的插件（版本 ${version}），当前插件无法读取。请升级插件。`,
      );
    else
      r.fail(
        "settings_bad_value",
        "version",
        `${settingPlace("version")}应为 ${SETTINGS_VERSION}：这不像本插件导出的设置。${EXPORTED}`,
      );
    return { ok: false, errors: r.errors };
  }
  const rounding = readRounding(r, raw["rounding"]);
  const unit = raw["displayUnit"];
  if (unit !== undefined && unit !== "万元" && unit !== "亿元")
    r.fail(
      "settings_bad_value",
      "displayUnit",
      `${settingPlace("displayUnit")}应为“万元”或“亿元”。`,
    );
  const displayUnit =
    unit === "万元" ? "万元" : unit === "亿元" ? "亿元" : DEFAULT_SETTINGS.displayUnit;
  const countyName = r.text(raw, "countyName", DEFAULT_SETTINGS.countyName);
  // The size bands first: a custom indicator, a requirement or a scoring item may name a band.
  const sizeBands = readSizeBands(r, raw["sizeBands"]);
  const { customIndicators, catalogue } = readCustom(r, raw["customIndicators"], sizeBands);
  const scoring =
    raw["scoring"] === undefined
      ? DEFAULT_SETTINGS.scoring
      : readScoring(r, raw["scoring"], catalogue);
  const requirements = readRequirements(r, raw["requirements"], catalogue);
  const leadRaw = raw["leadMeasure"];
  const lead = byCodeOrLabel(LEAD_MEASURE_LABELS, leadRaw);
  if (leadRaw !== undefined && lead === undefined)
    r.fail(
      "settings_bad_value",
      "leadMeasure",
      `${settingPlace("leadMeasure")}应为 ${LEADS.map((l) => LEAD_MEASURE_LABELS[l]).join("、")} 之一，如“${LEAD_MEASURE_LABELS.signed}”。`,
    );
  const policy = readPolicy(r, raw["countingPolicy"]);
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  const settings: Settings = {
    version: SETTINGS_VERSION,
    rounding,
    displayUnit,
    countyName,
    scoring,
    customIndicators,
  };
  if (requirements.length > 0) settings.requirements = requirements;
  if (lead !== undefined) settings.leadMeasure = lead;
  if (policy) settings.countingPolicy = policy;
  if (sizeBands) settings.sizeBands = sizeBands;
  return { ok: true, settings };
}

// Size bands: checkSizeBands, the rule the form's field is checked by too.
function readSizeBands(r: Reader, v: unknown): number[] | undefined {
  if (v === undefined) return undefined;
  const checked = checkSizeBands(v);
  if (checked.ok) return checked.bands;
  r.fail("settings_bad_value", "sizeBands", checked.message);
  return undefined;
}

function readPolicy(r: Reader, v: unknown): CountingPolicy | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) {
    r.fail(
      "settings_bad_value",
      "countingPolicy",
      `${settingPlace("countingPolicy")}写法有误：应写出${SETTING_LABELS["countingPolicy.origins"]}、${SETTING_LABELS["countingPolicy.signTypes"]}和${SETTING_LABELS["countingPolicy.minSigned"]}。`,
    );
    return undefined;
  }
  const list = <T extends string>(
    key: "origins" | "signTypes",
    allowed: readonly T[],
    fallback: readonly T[],
  ): T[] => {
    const x = v[key];
    if (x === undefined) return [...fallback];
    const message = checkSettingChoices(`countingPolicy.${key}`, x, allowed);
    if (message === null) return x as T[];
    r.fail("settings_bad_value", `countingPolicy.${key}`, message);
    return [...fallback];
  };
  const policy: CountingPolicy = {
    origins: list("origins", ENUMS.fund_source, DEFAULT_COUNTING_POLICY.origins),
    signTypes: list("signTypes", ENUMS.sign_type, DEFAULT_COUNTING_POLICY.signTypes),
  };
  if (v["minSigned"] !== undefined) {
    const min = r.num(v, "countingPolicy.minSigned");
    if (min !== undefined) policy.minSigned = min;
  }
  return policy;
}

function readRequirements(
  r: Reader,
  v: unknown,
  catalogue: readonly CompiledIndicator[],
): IndicatorRequirement[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    r.fail(
      "settings_bad_value",
      "requirements",
      `${settingPlace("requirements")}写法有误：应逐条写出${REQUIREMENT_FIELDS}。`,
    );
    return [];
  }
  const { keyOf } = indicatorNames(catalogue);
  return v.flatMap((raw: unknown, i): IndicatorRequirement[] => {
    const at = { no: i + 1 };
    const path = `requirements[${i + 1}]`;
    if (!isObj(raw) || typeof raw["indicator"] !== "string") {
      r.fail(
        "settings_bad_value",
        path,
        `${settingPlace("requirements", at)}缺少${SETTING_LABELS["requirements[].indicator"]}：每条应写出${REQUIREMENT_FIELDS}。`,
      );
      return [];
    }
    const indicator = keyOf(raw["indicator"]);
    if (indicator === undefined) {
      r.fail(
        "settings_unknown_indicator",
        `${path}.indicator`,
        `${settingPlace("requirements[].indicator", at)}“${raw["indicator"]}”不存在。请选择已有指标，如“资金到位率”。`,
      );
      return [];
    }
    const atLeast = r.num(raw, "requirements[].atLeast", at);
    return atLeast === undefined ? [] : [{ indicator, atLeast }];
  });
}

const ROUNDING_KEYS = ["yiDecimals", "wanDecimals", "percentDecimals", "ppDecimals"] as const;

function readRounding(r: Reader, v: unknown): FormatOptions {
  const d = DEFAULT_SETTINGS.rounding;
  if (v === undefined) return d;
  if (!isObj(v)) {
    r.fail(
      "settings_bad_value",
      "rounding",
      `${settingPlace("rounding")}写法有误：应写出${ROUNDING_KEYS.map((k) => SETTING_LABELS[`rounding.${k}`]).join("、")}。`,
    );
    return d;
  }
  const trim = v["trimZeros"];
  if (trim !== undefined && typeof trim !== "boolean")
    r.fail(
      "settings_bad_value",
      "rounding.trimZeros",
      `${settingPlace("rounding.trimZeros")}应为是或否（true 或 false）。`,
    );
  const out = { ...d, trimZeros: typeof trim === "boolean" ? trim : d.trimZeros };
  for (const key of ROUNDING_KEYS) {
    if (v[key] === undefined) continue;
    const n = r.num(v, `rounding.${key}`);
    if (n !== undefined) out[key] = n;
  }
  return out;
}

function readCustom(
  r: Reader,
  v: unknown,
  sizeBands: readonly number[] | undefined,
): { customIndicators: CustomIndicatorSetting[]; catalogue: CompiledIndicator[] } {
  const catalogue = sizeBands ? withBands(DEFAULT_CATALOGUE, sizeBands) : [...DEFAULT_CATALOGUE];
  const customIndicators: CustomIndicatorSetting[] = [];
  if (v === undefined) return { customIndicators, catalogue };
  if (!Array.isArray(v)) {
    r.fail(
      "settings_bad_value",
      "customIndicators",
      `${settingPlace("customIndicators")}写法有误：应逐个写出指标的${CUSTOM_FIELDS}。`,
    );
    return { customIndicators, catalogue };
  }
  v.forEach((item: unknown, i) => {
    const path = `customIndicators[${i + 1}]`;
    const name = isObj(item) && typeof item["name"] === "string" ? item["name"] : undefined;
    const at = { no: i + 1, ...(name === undefined ? {} : { name }) };
    if (
      !isObj(item) ||
      (item["key"] !== undefined && typeof item["key"] !== "string") ||
      name === undefined ||
      typeof item["expression"] !== "string"
    ) {
      r.fail(
        "settings_custom_indicator",
        path,
        `${settingPlace("customIndicators", at)}应写出${CUSTOM_FIELDS}，如${SETTING_LABELS["customIndicators[].name"]}“新签到位比”、${SETTING_LABELS["customIndicators[].expression"]}“新签约项目到位资金 / 签约资金”。`,
      );
      return;
    }
    const formatRaw = item["format"];
    const format = byCodeOrLabel(FORMAT_LABELS, formatRaw);
    if (formatRaw !== undefined && format === undefined) {
      r.fail(
        "settings_custom_indicator",
        `${path}.format`,
        `${settingPlace("customIndicators[].format", at)}“${String(formatRaw)}”不存在，应为 ${FORMATS.map((f) => FORMAT_LABELS[f]).join("、")} 之一；不写则按公式自动选择。`,
      );
      return;
    }
    // Staff write a name and an expression over Chinese names; the code is ours to give.
    const key =
      typeof item["key"] === "string" && item["key"].trim() !== ""
        ? item["key"]
        : suggestIndicatorKey(customIndicators);
    const input: CustomIndicatorSetting = { key, name, expression: item["expression"] };
    // "自动" (or "") leaves the format to the expression, as the form does.
    if (format !== undefined && format !== "") input.format = format;
    const compiled = compileCustomIndicator(input, i + 1, catalogue);
    if (!compiled.ok) {
      r.fail("settings_custom_indicator", path, compiled.message);
      return;
    }
    catalogue.push(compiled.indicator);
    customIndicators.push(input);
  });
  return { customIndicators, catalogue };
}

const TIERS_HOW = "分档写法如“100%以上得满分；80%以上得满分的75%”，得分比例在 0 到 100% 之间。";

function readScoring(
  r: Reader,
  v: unknown,
  catalogue: readonly CompiledIndicator[],
): ScoringScheme {
  if (
    !isObj(v) ||
    !Array.isArray(v["items"]) ||
    (v["deductions"] !== undefined && !Array.isArray(v["deductions"]))
  ) {
    r.fail(
      "settings_bad_value",
      "scoring",
      `${settingPlace("scoring")}写法有误：应列出${SETTING_LABELS["scoring.items"]}（items）和${SETTING_LABELS["scoring.deductions"]}（deductions）。`,
    );
    return DEFAULT_SETTINGS.scoring;
  }
  const { keyOf } = indicatorNames(catalogue);
  const name = r.text(v, "scoring.name", "自定义考评办法");
  const items = (v["items"] as unknown[]).flatMap((raw, i): ScoringItem[] => {
    const at = { no: i + 1 };
    const path = `scoring.items[${i + 1}]`;
    if (!isObj(raw) || typeof raw["indicator"] !== "string") {
      r.fail(
        "settings_bad_value",
        path,
        `${settingPlace("scoring.items", at)}缺少${SETTING_LABELS["scoring.items[].indicator"]}，如“签约资金完成率”。`,
      );
      return [];
    }
    const indicator = keyOf(raw["indicator"]) ?? raw["indicator"];
    if (keyOf(raw["indicator"]) === undefined)
      r.fail(
        "settings_unknown_indicator",
        `${path}.indicator`,
        `${settingPlace("scoring.items[].indicator", at)}“${raw["indicator"]}”不存在。请选择已有指标或先添加自定义指标。`,
      );
    const weight = r.num(raw, "scoring.items[].weight", at) ?? 0;
    const method = byCodeOrLabel(SCORING_METHOD_LABELS, raw["method"]);
    if (method === "linear") {
      const item: ScoringItem = { indicator, weight, method };
      if (raw["cap"] !== undefined) {
        const cap = r.num(raw, "scoring.items[].cap", at);
        if (cap !== undefined) item.cap = cap;
      }
      return [item];
    }
    if (method === "tiers" && Array.isArray(raw["tiers"])) {
      const tiers = (raw["tiers"] as unknown[]).flatMap((t, j): ScoringTier[] => {
        const ok =
          isObj(t) &&
          typeof t["atLeast"] === "number" &&
          Number.isFinite(t["atLeast"]) &&
          typeof t["share"] === "number" &&
          t["share"] >= 0 &&
          t["share"] <= 1;
        if (ok) return [{ atLeast: t["atLeast"] as number, share: t["share"] as number }];
        r.fail(
          "settings_bad_value",
          `${path}.tiers[${j + 1}]`,
          `${settingPlace("scoring.items[].tiers", at)}第${j + 1}档有误。${TIERS_HOW}`,
        );
        return [];
      });
      return [{ indicator, weight, method, tiers }];
    }
    r.fail(
      "settings_bad_value",
      `${path}.method`,
      `${settingPlace("scoring.items[].method", at)}应为“${SCORING_METHOD_LABELS.linear}”或“${SCORING_METHOD_LABELS.tiers}”（并写出各档）。${TIERS_HOW}`,
    );
    return [];
  });
  const deductions = ((v["deductions"] as unknown[] | undefined) ?? []).flatMap(
    (raw, i): ScoringDeduction[] => {
      const at = { no: i + 1 };
      const path = `scoring.deductions[${i + 1}]`;
      if (!isObj(raw) || typeof raw["code"] !== "string") {
        r.fail(
          "settings_bad_value",
          path,
          `${settingPlace("scoring.deductions", at)}缺少${SETTING_LABELS["scoring.deductions[].code"]}，如“${ISSUE_GROUP_TITLES.duplicate_project}”。`,
        );
        return [];
      }
      const code = byCodeOrLabel(ISSUE_GROUP_TITLES, raw["code"]);
      if (code === undefined)
        r.fail(
          "settings_unknown_issue_code",
          `${path}.code`,
          `${settingPlace("scoring.deductions[].code", at)}“${raw["code"]}”不存在。请选择已有的问题类型，如“${ISSUE_GROUP_TITLES.duplicate_project}”。`,
        );
      const points = r.num(raw, "scoring.deductions[].points", at) ?? 0;
      const d: ScoringDeduction = { code: code ?? raw["code"], points };
      if (raw["max"] !== undefined) {
        const max = r.num(raw, "scoring.deductions[].max", at);
        if (max !== undefined) d.max = max;
      }
      return [d];
    },
  );
  return { name, items, deductions };
}

/** The settings as JSON for the workbook, stable key order, readable by parseSettings. */
export function serializeSettings(settings: Settings): string {
  return JSON.stringify(settings, null, 2);
}
