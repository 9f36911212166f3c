import {
  formatYi,
  type IndicatorResults,
  type PeriodComparison,
  type PeriodChange,
  type ReportParagraph,
  type Settings,
  settingsParagraphOptions,
  writeBulletinParagraph,
  writeCountyParagraph,
  writeUnitParagraph,
  writeChangeClause,
} from "@zsyz/indicators";
import type { Dedup } from "./runCounty.js";

/**
 * The report paragraphs of a run: the county's first (with what unresolved duplicates took
 * out of its total), the 通报 comparison of units, the problem projects, then each unit's;
 * with an earlier period, each says its change (较上期…) and the 通报 names the units ranked
 * last twice running.
 */
export function draftParagraphs(
  results: IndicatorResults,
  settings: Settings,
  dedup?: Dedup,
  problems = "",
  comparison: PeriodComparison | null = null,
): ReportParagraph[] {
  const options = settingsParagraphOptions(settings);
  const withChange = (text: string, change: PeriodChange | undefined, rank: boolean): string => {
    const clause = change
      ? writeChangeClause(change, rank ? (comparison?.rankKey ?? null) : null, settings.rounding)
      : "";
    return clause && text.endsWith("。") ? `${text.slice(0, -1)}；${clause}。` : text;
  };
  const county = withChange(writeCountyParagraph(results, options), comparison?.total, false);
  const out = [{ subject: settings.countyName, text: county + describeDedup(dedup, settings) }];
  const last = comparison?.lastTwice.length ? describeLastTwice(comparison) : "";
  const bulletin = writeBulletinParagraph(results, options) + last;
  if (bulletin) out.push({ subject: "各单位完成情况", text: bulletin });
  if (problems) out.push({ subject: "存在的问题", text: problems });
  for (const u of results.units) {
    const text = writeUnitParagraph(results, u.unit, options);
    if (text)
      out.push({ subject: u.unit, text: withChange(text, comparison?.units.get(u.unit), true) });
  }
  return out;
}

/**
 * The units ranked last in this period and the previous one, as 通报 names them.
 * @example describeLastTwice(comparison) === "丙镇连续两次签约资金完成率排名末位。"
 */
export function describeLastTwice(comparison: PeriodComparison): string {
  const what = comparison.rankKey === "rank_score" ? "考评" : "签约资金完成率";
  return `${comparison.lastTwice.join("、")}连续两次${what}排名末位。`;
}

/**
 * The sentence on duplicates taken out of the county total, or "" when there are none.
 * @example describeDedup({ n_signed: 1, amt_signed: 32000, … }, settings) === "其中疑似重复报送1个项目、签约资金3.20亿元，已在全县合计中剔除。"
 */
export function describeDedup(dedup: Dedup | undefined, settings: Settings): string {
  if (!dedup || (dedup.n_signed === 0 && dedup.amt_arrived === 0)) return "";
  const parts = [`其中疑似重复报送${dedup.n_signed}个项目`];
  if (dedup.amt_signed !== 0)
    parts.push(`签约资金${formatYi(dedup.amt_signed, settings.rounding)}`);
  if (dedup.amt_arrived !== 0)
    parts.push(`到位资金${formatYi(dedup.amt_arrived, settings.rounding)}`);
  return `${parts.join("、")}，已在${settings.countyName}合计中剔除。`;
}
