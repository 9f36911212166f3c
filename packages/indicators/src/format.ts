import type { IndicatorFormat } from "./catalogue.js";
import { compareDecimal, divideDecimal, multiplyDecimal, roundHalfUp, toDecimal } from "./math.js";

/** Display rounding: decimals per kind of figure, half-up (四舍五入) on the exact value. */
export interface FormatOptions {
  /** Decimals of amounts shown in 亿元 (default 2: "49.86亿元"). */
  yiDecimals: number;
  /** Decimals of amounts shown in 万元 / 万美元 (default 2). */
  wanDecimals: number;
  /** Decimals of percentages (default 2: "94.07%"). */
  percentDecimals: number;
  /** Decimals of percentage points (default 2: "19.07个百分点"). */
  ppDecimals: number;
  /** Drop trailing zeros ("25%" instead of "25.00%"); off by default. */
  trimZeros: boolean;
}

/** The rounding of DOMAIN.md: 2 decimals everywhere, zeros kept. */
export const DEFAULT_FORMAT: FormatOptions = {
  yiDecimals: 2,
  wanDecimals: 2,
  percentDecimals: 2,
  ppDecimals: 2,
  trimZeros: false,
};

const opts = (o: Partial<FormatOptions> | undefined): FormatOptions => ({
  ...DEFAULT_FORMAT,
  ...o,
});
const trim = (s: string, o: FormatOptions): string =>
  o.trimZeros && s.includes(".") ? s.replace(/\.?0+$/, "") : s;

/** Rounds an exact value to `places` decimals, half-up, as text. @example roundForDisplay(0.125, 2) === "0.13" */
export function roundForDisplay(value: number, places: number): string {
  return roundHalfUp(toDecimal(value), places);
}

/** An amount in 万元 shown in 亿元. @example formatYi(498592) === "49.86亿元" */
export function formatYi(wan: number, options?: Partial<FormatOptions>): string {
  const o = opts(options);
  return `${trim(roundHalfUp(divideDecimal(toDecimal(wan), "10000") ?? "0", o.yiDecimals), o)}亿元`;
}

/** An amount in 万元 shown in 万元. @example formatWan(1200) === "1200.00万元" */
export function formatWan(wan: number, options?: Partial<FormatOptions>): string {
  const o = opts(options);
  return `${trim(roundHalfUp(toDecimal(wan), o.wanDecimals), o)}万元`;
}

/** Foreign capital in 万美元. @example formatUsd(100) === "100.00万美元" */
export function formatUsd(wanUsd: number, options?: Partial<FormatOptions>): string {
  const o = opts(options);
  return `${trim(roundHalfUp(toDecimal(wanUsd), o.wanDecimals), o)}万美元`;
}

/** A rate kept as a fraction, shown as a percentage. @example formatPercent(0.94073962) === "94.07%" */
export function formatPercent(rate: number, options?: Partial<FormatOptions>): string {
  const o = opts(options);
  return `${trim(roundHalfUp(multiplyDecimal(toDecimal(rate), "100"), o.percentDecimals), o)}%`;
}

/** Percentage points, sign kept. @example formatPp(19.0739) === "19.07个百分点" */
export function formatPp(pp: number, options?: Partial<FormatOptions>): string {
  const o = opts(options);
  return `${trim(roundHalfUp(toDecimal(pp), o.ppDecimals), o)}个百分点`;
}

/**
 * Compares a completion rate with time progress, in words, from the gap in percentage points.
 * @example describeProgressGap(19.0739) === "高于时序进度19.07个百分点"
 */
export function describeProgressGap(pp: number, options?: Partial<FormatOptions>): string {
  const o = opts(options);
  const rounded = roundHalfUp(toDecimal(pp), o.ppDecimals);
  const sign = compareDecimal(rounded, "0");
  if (sign === 0) return "与时序进度持平";
  return `${sign > 0 ? "高于" : "低于"}时序进度${formatPp(Math.abs(pp), o)}`;
}

/** Any indicator value for display by its format; "" for an empty value. */
export function formatIndicator(
  format: IndicatorFormat,
  value: number | boolean | null,
  options?: Partial<FormatOptions>,
): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "是" : "否";
  const o = opts(options);
  switch (format) {
    case "count":
      return `${value}个`;
    case "money":
      return formatYi(value, o);
    case "money_usd":
      return formatUsd(value, o);
    case "percent":
      return formatPercent(value, o);
    case "pp":
      return formatPp(value, o);
    case "rank":
      return `第${value}位`;
    case "flag":
      return value !== 0 ? "是" : "否";
    case "number":
      return trim(roundHalfUp(toDecimal(value), o.wanDecimals), o);
  }
}
