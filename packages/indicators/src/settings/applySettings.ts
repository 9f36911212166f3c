import type { IndicatorFormat } from "../catalogue.js";
import {
  type CompiledIndicator,
  compileIndicator,
  DEFAULT_CATALOGUE,
  withBands,
} from "../compileIndicator.js";
import { EXPRESSION_MESSAGES, type ExpressionError } from "../expressionErrors.js";
import { formatIndicator, formatWan } from "../format.js";
import { IndicatorError } from "../IndicatorError.js";
import { indicatorNames } from "../indicatorNames.js";
import type { WorkbookPlanOptions } from "../plan/buildWorkbookPlan.js";
import type { ParagraphOptions } from "../writeReportParagraph.js";
import { requirementIndicators } from "./requirements.js";
import { type SettingField, settingPlace } from "./settingLabels.js";
import type { CustomIndicatorSetting, Settings } from "./Settings.js";

/**
 * Checks custom indicators in order, each against the built-in catalogue (with the settings'
 * size bands, when given) and the valid ones before it: one Chinese message (or null) per
 * entry, the very words parseSettings refuses it with, for showing beside it in the form.
 * @example checkCustomIndicators([{ key: "custom_1", name: "", expression: "1" }])[0] === "「自定义指标1」的「名称」：请填写指标的中文名称（如“综合到位率”）。"
 */
export function checkCustomIndicators(
  list: readonly CustomIndicatorSetting[],
  sizeBands?: readonly number[],
): (string | null)[] {
  const catalogue = sizeBands ? withBands(DEFAULT_CATALOGUE, sizeBands) : [...DEFAULT_CATALOGUE];
  return list.map((input, i) => {
    const r = compileCustomIndicator(input, i + 1, catalogue);
    if (!r.ok) return r.message;
    catalogue.push(r.indicator);
    return null;
  });
}

/**
 * Compiles the `no`-th custom indicator against the catalogue before it, or says why it cannot,
 * naming the indicator and the field at fault (名称, 公式, 代码) as the form does.
 */
export function compileCustomIndicator(
  input: CustomIndicatorSetting,
  no: number,
  catalogue: readonly CompiledIndicator[],
): { ok: true; indicator: CompiledIndicator } | { ok: false; message: string } {
  const r = compileIndicator(input, catalogue);
  if (r.ok) return r;
  const field: SettingField =
    r.error.code === "indicator_name_empty"
      ? "customIndicators[].name"
      : r.error.code === "indicator_key_invalid" || r.error.code === "indicator_key_taken"
        ? "customIndicators[].key"
        : "customIndicators[].expression";
  const detail = explainExpressionError(input.expression, r.error, catalogue);
  return { ok: false, message: `${settingPlace(field, { no, name: input.name })}：${detail}` };
}

/**
 * The message of a refused expression as staff should read it: a Chinese word that is no
 * indicator's name ("签约资") is named as such, rather than left as a syntax error (the
 * parser only ever sees the names it knows, turned into their keys).
 * @example explainExpressionError("到位资金 / 签约资", error, catalogue) → "“签约资”不是已知的指标。请写指标的中文名称，如…"
 */
export function explainExpressionError(
  expression: string,
  error: ExpressionError,
  catalogue: readonly CompiledIndicator[],
): string {
  if (error.code !== "expression_syntax") return error.message;
  const rest = indicatorNames(catalogue, { symbols: true }).removeNames(expression);
  const unknown = /[\u3400-\u9fff\uff08\uff09]+/.exec(rest)?.[0];
  return unknown ? EXPRESSION_MESSAGES.expression_unknown_symbol(unknown) : error.message;
}

/**
 * The catalogue the settings describe: built-in indicators, then the custom ones, then the
 * `meets_K` of the requirements.
 */
export function settingsCatalogue(settings: Settings): CompiledIndicator[] {
  // The settings' size bands stand where the default ones would, so every indicator after
  // them (custom, requirement) may name one.
  const catalogue = settings.sizeBands
    ? withBands(DEFAULT_CATALOGUE, settings.sizeBands)
    : [...DEFAULT_CATALOGUE];
  for (const input of settings.customIndicators) {
    const r = compileIndicator(input, catalogue);
    // parseSettings refuses bad indicators, so a failure here is a bug in the caller.
    if (!r.ok) throw new IndicatorError(`custom indicator ${input.key}: ${r.error.message}`);
    catalogue.push(r.indicator);
  }
  catalogue.push(...requirementIndicators(settings.requirements ?? [], catalogue));
  return catalogue;
}

/** Options of buildWorkbookPlan from the settings: the catalogue with the custom indicators. */
export function settingsPlanOptions(settings: Settings): WorkbookPlanOptions {
  return { catalogue: settingsCatalogue(settings) };
}

/**
 * Options of writeCountyParagraph / writeUnitParagraph from the settings: rounding, county
 * name, requirements and the leading measure.
 */
export function settingsParagraphOptions(settings: Settings): ParagraphOptions {
  return {
    ...settings.rounding,
    countyName: settings.countyName,
    ...(settings.requirements ? { requirements: settings.requirements } : {}),
    ...(settings.leadMeasure ? { lead: settings.leadMeasure } : {}),
  };
}

/**
 * An indicator value as the pane shows it: the settings' rounding, amounts in the display unit.
 * @example formatForDisplay("money", 1200, { ...DEFAULT_SETTINGS, displayUnit: "万元" }) === "1200.00万元"
 */
export function formatForDisplay(
  format: IndicatorFormat,
  value: number | boolean | null,
  settings: Settings,
): string {
  if (format === "money" && typeof value === "number" && settings.displayUnit === "万元")
    return formatWan(value, settings.rounding);
  return formatIndicator(format, value, settings.rounding);
}
