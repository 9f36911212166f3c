import type { PeriodChange } from "./comparePeriods.js";
import { describeAsOf } from "./describeAsOf.js";
import { type FormatOptions, formatYi } from "./format.js";

/**
 * The change since the previous period for a paragraph: amounts in 亿元, then the rank when
 * given; "" when nothing can be compared.
 * @example writeChangeClause(change, "rank_signed") === "较上期（截至6月底）签约资金增加3.20亿元、到位资金减少0.50亿元，签约资金完成率排名上升2位"
 */
export function writeChangeClause(
  change: PeriodChange,
  rankKey: "rank_signed" | "rank_score" | null,
  options: Partial<FormatOptions> = {},
): string {
  const amounts = (
    [
      ["amt_signed", "签约资金"],
      ["amt_arrived", "到位资金"],
    ] as const
  ).flatMap(([key, name]) => {
    const d = change.change[key];
    if (typeof d !== "number") return [];
    if (d === 0) return [`${name}与上期持平`];
    return [`${name}${d > 0 ? "增加" : "减少"}${formatYi(Math.abs(d), options)}`];
  });
  const parts = amounts.length ? [amounts.join("、")] : [];
  const places = rankKey === null ? undefined : change.change[rankKey];
  if (rankKey !== null && typeof places === "number") {
    const name = rankKey === "rank_score" ? "考评" : "签约资金完成率";
    parts.push(
      places === 0
        ? `${name}排名与上期相同`
        : `${name}排名${places > 0 ? "上升" : "下降"}${Math.abs(places)}位`,
    );
  }
  return parts.length ? `较上期（${describeAsOf(change.asOf)}）${parts.join("，")}` : "";
}
