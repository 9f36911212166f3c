import { formatPercent, formatYi, type IndicatorResults, type Settings } from "@zsyz/indicators";

/**
 * The one line a front end shows when a run is done.
 * @example describeHeadline(results, settings) === "截至 2024-09-30：全县新签约项目 45 个，签约资金 63.61亿元，完成年度任务 93.55%，到位资金 21.81亿元"
 */
export function describeHeadline(results: IndicatorResults, settings: Settings): string {
  const t = results.total.indicators;
  const num = (k: string): number | null => (typeof t[k] === "number" ? (t[k] as number) : null);
  const parts = [
    `截至 ${results.asOf}：${settings.countyName}新签约项目 ${num("n_signed") ?? 0} 个`,
  ];
  const signed = num("amt_signed");
  if (signed !== null) parts.push(`签约资金 ${formatYi(signed, settings.rounding)}`);
  const rate = num("rate_signed");
  if (rate !== null) parts.push(`完成年度任务 ${formatPercent(rate, settings.rounding)}`);
  const arrived = num("amt_arrived");
  if (arrived !== null) parts.push(`到位资金 ${formatYi(arrived, settings.rounding)}`);
  return parts.join("，");
}
