import { type CountingPolicy, DEFAULT_COUNTING_POLICY, ENUMS, ISSUE_SEVERITY } from "@zsyz/ledger";
import type { IndicatorFormat } from "../catalogue.js";
import {
  type CompiledIndicator,
  compileIndicator,
  DEFAULT_CATALOGUE,
  withBands,
} from "../compileIndicator.js";
import type {
  ScoringDeduction,
  ScoringItem,
  ScoringScheme,
  ScoringTier,
} from "../scoringScheme.js";
import type { FormatOptions } from "../format.js";
import { indicatorNames } from "../indicatorNames.js";
import type { IndicatorRequirement } from "./requirements.js";
import { suggestIndicatorKey } from "./suggestIndicatorKey.js";
import { explainExpressionError } from "./applySettings.js";
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

/** A refused setting: where it is ("rounding.percentDecimals"), and a Chinese message. */
export interface SettingsError {
  code: SettingsErrorCode;
  path: string;
  message: string;
}

const SETTINGS_MESSAGES: Record<SettingsErrorCode, (path: string, detail: string) => string> = {
  settings_not_json: () =>
    "设置内容已损坏，无法读取（不是有效的 JSON）。可恢复默认设置后重新填写。",
  settings_is_summary: () =>
    "这是汇总结果文件（汇总.json），不是设置文件。请选择在「设置」中「导出」得到的文件。",
  settings_version: (_p, d) =>
    `设置来自更新版本的插件（版本 ${d}），当前插件无法读取。请升级插件。`,
  settings_bad_value: (p, d) => `设置项“${p}”${d}`,
  settings_custom_indicator: (p, d) => `自定义指标（${p}）：${d}`,
  settings_unknown_indicator: (p, d) =>
    `考评项目（${p}）引用的指标“${d}”不存在。请选择已有指标或先添加自定义指标。`,
  settings_unknown_issue_code: (p, d) => `扣分项（${p}）的问题类型“${d}”不存在。`,
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const FORMATS: readonly IndicatorFormat[] = [
  "count",
  "money",
  "money_usd",
  "percent",
  "pp",
  "rank",
  "flag",
  "number",
];

/** Collects errors while reading one settings object; absent fields take the defaults. */
class Reader {
  readonly errors: SettingsError[] = [];
  error(code: SettingsErrorCode, path: string, detail = ""): void {
    this.errors.push({ code, path, message: SETTINGS_MESSAGES[code](path, detail) });
  }
  int(o: Obj, key: string, path: string, fallback: number, max: number): number {
    const v = o[key];
    if (v === undefined) return fallback;
    if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= max) return v;
    this.error("settings_bad_value", path, `应为 0 到 ${max} 之间的整数。`);
    return fallback;
  }
  num(o: Obj, key: string, path: string, min: number, max: number): number | undefined {
    const v = o[key];
    if (typeof v === "number" && Number.isFinite(v) && v >= min && v <= max) return v;
    this.error("settings_bad_value", path, `应为 ${min} 到 ${max} 之间的数。`);
    return undefined;
  }
  text(o: Obj, key: string, path: string, fallback: string): string {
    const v = o[key];
    if (v === undefined) return fallback;
    if (typeof v === "string" && v.trim() !== "") return v.trim();
    this.error("settings_bad_value", path, "不能为空。");
    return fallback;
  }
}

/**
 * Reads settings JSON as kept in a workbook: absent fields take their defaults, every bad
 * field is reported with a Chinese message, custom indicators are checked with compileIndicator.
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
    r.error("settings_not_json", "");
    return { ok: false, errors: r.errors };
  }
  if (!isObj(raw)) {
    r.error("settings_not_json", "");
    return { ok: false, errors: r.errors };
  }
  // The county's JSON summary chosen by mistake (it too has a version, 2).
  if (Array.isArray(raw["units"]) && isObj(raw["total"]) && typeof raw["asOf"] === "string") {
    r.error("settings_is_summary", "");
    return { ok: false, errors: r.errors };
  }
  if (raw["version"] !== SETTINGS_VERSION) {
    if (typeof raw["version"] === "number" && raw["version"] > SETTINGS_VERSION)
      r.error("settings_version", "version", String(raw["version"]));
    else r.error("settings_bad_value", "version", `应为 ${SETTINGS_VERSION}。`);
    return { ok: false, errors: r.errors };
  }
  const rounding = readRounding(r, raw["rounding"]);
  const unit = raw["displayUnit"];
  if (unit !== undefined && unit !== "万元" && unit !== "亿元")
    r.error("settings_bad_value", "displayUnit", "应为“万元”或“亿元”。");
  const displayUnit =
    unit === "万元" ? "万元" : unit === "亿元" ? "亿元" : DEFAULT_SETTINGS.displayUnit;
  const countyName = r.text(raw, "countyName", "countyName", DEFAULT_SETTINGS.countyName);
  // The size bands first: a custom indicator, a requirement or a scoring item may name a band.
  const sizeBands = readSizeBands(r, raw["sizeBands"]);
  const { customIndicators, catalogue } = readCustom(r, raw["customIndicators"], sizeBands);
  const scoring =
    raw["scoring"] === undefined
      ? DEFAULT_SETTINGS.scoring
      : readScoring(r, raw["scoring"], catalogue);
  const requirements = readRequirements(r, raw["requirements"], catalogue);
  const lead = raw["leadMeasure"];
  if (lead !== undefined && !LEADS.includes(lead as LeadMeasure))
    r.error(
      "settings_bad_value",
      "leadMeasure",
      "应为 signed、arrived、signed_outprov 或 arrived_outprov。",
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
  if (lead !== undefined) settings.leadMeasure = lead as LeadMeasure;
  if (policy) settings.countingPolicy = policy;
  if (sizeBands) settings.sizeBands = sizeBands;
  return { ok: true, settings };
}

// Size bands: 1 to 6 whole numbers of 万元, each written once; kept ascending.
function readSizeBands(r: Reader, v: unknown): number[] | undefined {
  if (v === undefined) return undefined;
  const ok =
    Array.isArray(v) &&
    v.length >= 1 &&
    v.length <= 6 &&
    v.every((t) => typeof t === "number" && Number.isInteger(t) && t >= 1 && t <= 1e8) &&
    new Set(v).size === v.length;
  if (!ok) {
    r.error(
      "settings_bad_value",
      "sizeBands",
      "应为 1 到 6 个互不相同的正整数（单位：万元），例如 [1000, 10000, 100000]。",
    );
    return undefined;
  }
  return [...(v as number[])].sort((a, b) => a - b);
}

function readPolicy(r: Reader, v: unknown): CountingPolicy | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) {
    r.error("settings_bad_value", "countingPolicy", "应为统计口径设置。");
    return undefined;
  }
  const list = <T extends string>(
    key: string,
    allowed: readonly T[],
    fallback: readonly T[],
  ): T[] => {
    const x = v[key];
    if (x === undefined) return [...fallback];
    if (!Array.isArray(x) || x.some((e) => !allowed.includes(e as T))) {
      r.error(
        "settings_bad_value",
        `countingPolicy.${key}`,
        `应为以下值的列表：${allowed.join("、")}。`,
      );
      return [...fallback];
    }
    return x as T[];
  };
  const policy: CountingPolicy = {
    origins: list("origins", ENUMS.fund_source, DEFAULT_COUNTING_POLICY.origins),
    signTypes: list("signTypes", ENUMS.sign_type, DEFAULT_COUNTING_POLICY.signTypes),
  };
  if (v["minSigned"] !== undefined) {
    const min = r.num(v, "minSigned", "countingPolicy.minSigned", 0, 1e9);
    if (min !== undefined) policy.minSigned = min;
  }
  return policy;
}

const LEADS: readonly LeadMeasure[] = ["signed", "arrived", "signed_outprov", "arrived_outprov"];

function readRequirements(
  r: Reader,
  v: unknown,
  catalogue: readonly CompiledIndicator[],
): IndicatorRequirement[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    r.error("settings_bad_value", "requirements", "应为达标要求列表。");
    return [];
  }
  const { keyOf } = indicatorNames(catalogue);
  return v.flatMap((raw: unknown, i): IndicatorRequirement[] => {
    const path = `requirements[${i + 1}]`;
    if (!isObj(raw) || typeof raw["indicator"] !== "string") {
      r.error("settings_bad_value", path, "需要指标和达标值。");
      return [];
    }
    const indicator = keyOf(raw["indicator"]);
    if (indicator === undefined) {
      r.error(
        "settings_bad_value",
        path,
        `引用的指标“${raw["indicator"]}”不存在。请选择已有指标。`,
      );
      return [];
    }
    const atLeast = r.num(raw, "atLeast", `${path}.atLeast`, -1e12, 1e12);
    return atLeast === undefined ? [] : [{ indicator, atLeast }];
  });
}

function readRounding(r: Reader, v: unknown): FormatOptions {
  const d = DEFAULT_SETTINGS.rounding;
  if (v === undefined) return d;
  if (!isObj(v)) {
    r.error("settings_bad_value", "rounding", "应为一组小数位数设置。");
    return d;
  }
  const trim = v["trimZeros"];
  if (trim !== undefined && typeof trim !== "boolean")
    r.error("settings_bad_value", "rounding.trimZeros", "应为是或否。");
  return {
    yiDecimals: r.int(v, "yiDecimals", "rounding.yiDecimals", d.yiDecimals, 6),
    wanDecimals: r.int(v, "wanDecimals", "rounding.wanDecimals", d.wanDecimals, 6),
    percentDecimals: r.int(v, "percentDecimals", "rounding.percentDecimals", d.percentDecimals, 6),
    ppDecimals: r.int(v, "ppDecimals", "rounding.ppDecimals", d.ppDecimals, 6),
    trimZeros: typeof trim === "boolean" ? trim : d.trimZeros,
  };
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
    r.error("settings_bad_value", "customIndicators", "应为指标列表。");
    return { customIndicators, catalogue };
  }
  v.forEach((item: unknown, i) => {
    const path = `第${i + 1}个`;
    if (
      !isObj(item) ||
      (item["key"] !== undefined && typeof item["key"] !== "string") ||
      typeof item["name"] !== "string" ||
      typeof item["expression"] !== "string"
    ) {
      r.error("settings_custom_indicator", path, "需要指标名称和公式。");
      return;
    }
    const format = item["format"];
    if (format !== undefined && !FORMATS.includes(format as IndicatorFormat)) {
      r.error("settings_custom_indicator", path, `显示格式“${String(format)}”不存在。`);
      return;
    }
    // Staff write a name and an expression over Chinese names; the code is ours to give.
    const key =
      typeof item["key"] === "string" && item["key"].trim() !== ""
        ? item["key"]
        : suggestIndicatorKey(customIndicators);
    const input: CustomIndicatorSetting = {
      key,
      name: item["name"],
      expression: item["expression"],
    };
    if (format !== undefined) input.format = format as IndicatorFormat;
    const compiled = compileIndicator(input, catalogue);
    if (!compiled.ok) {
      r.error(
        "settings_custom_indicator",
        `${path}“${input.name}”`,
        explainExpressionError(input.expression, compiled.error, catalogue),
      );
      return;
    }
    catalogue.push(compiled.indicator);
    customIndicators.push(input);
  });
  return { customIndicators, catalogue };
}

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
    r.error(
      "settings_bad_value",
      "scoring",
      "应包含考评项目列表（items）和扣分项列表（deductions）。",
    );
    return DEFAULT_SETTINGS.scoring;
  }
  const { keyOf } = indicatorNames(catalogue);
  const name = r.text(v, "name", "scoring.name", "自定义考评办法");
  const items = (v["items"] as unknown[]).flatMap((raw, i): ScoringItem[] => {
    const path = `scoring.items[${i + 1}]`;
    if (!isObj(raw) || typeof raw["indicator"] !== "string") {
      r.error("settings_bad_value", path, "需要指标。");
      return [];
    }
    const indicator = keyOf(raw["indicator"]) ?? raw["indicator"];
    if (keyOf(raw["indicator"]) === undefined)
      r.error("settings_unknown_indicator", path, raw["indicator"]);
    const weight = r.num(raw, "weight", `${path}.weight`, 0, 1000) ?? 0;
    const method = raw["method"];
    if (method === "linear") {
      const item: ScoringItem = { indicator, weight, method };
      if (raw["cap"] !== undefined) {
        const cap = r.num(raw, "cap", `${path}.cap`, 0, 100);
        if (cap !== undefined) item.cap = cap;
      }
      return [item];
    }
    if (method === "tiers" && Array.isArray(raw["tiers"])) {
      const tiers = (raw["tiers"] as unknown[]).flatMap((t, j): ScoringTier[] => {
        const tp = `${path}.tiers[${j + 1}]`;
        if (!isObj(t)) {
          r.error("settings_bad_value", tp, "需要达标值和得分比例。");
          return [];
        }
        const atLeast = r.num(t, "atLeast", `${tp}.atLeast`, -1000, 1000);
        const share = r.num(t, "share", `${tp}.share`, 0, 1);
        return atLeast === undefined || share === undefined ? [] : [{ atLeast, share }];
      });
      return [{ indicator, weight, method, tiers }];
    }
    r.error(
      "settings_bad_value",
      `${path}.method`,
      "应为 linear（按比例）或 tiers（分档，需给出档次）。",
    );
    return [];
  });
  const deductions = ((v["deductions"] as unknown[] | undefined) ?? []).flatMap(
    (raw, i): ScoringDeduction[] => {
      const path = `scoring.deductions[${i + 1}]`;
      if (!isObj(raw) || typeof raw["code"] !== "string") {
        r.error("settings_bad_value", path, "需要问题类型代码。");
        return [];
      }
      if (!(raw["code"] in ISSUE_SEVERITY))
        r.error("settings_unknown_issue_code", path, raw["code"]);
      const points = r.num(raw, "points", `${path}.points`, 0, 100) ?? 0;
      const d: ScoringDeduction = { code: raw["code"], points };
      if (raw["max"] !== undefined) {
        const max = r.num(raw, "max", `${path}.max`, 0, 1000);
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
