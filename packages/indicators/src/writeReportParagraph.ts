import type { IndicatorResults, IndicatorValues } from "./computeIndicators.js";
import { describeAsOf, periodName } from "./describeAsOf.js";
import {
  describeProgressGap,
  type FormatOptions,
  formatPercent,
  formatUsd,
  formatYi,
} from "./format.js";

/** Wording choices of the report paragraph; all optional. */
export interface ParagraphOptions extends Partial<FormatOptions> {
  /** How the county calls itself (default "全县"; "全区", "全市" elsewhere). */
  countyName?: string;
  /** Dispatch period ("第三季度"); default from the as-of date (see periodName). */
  period?: string;
  /** Write the year into the date ("截至2024年9月底"); default false. */
  withYear?: boolean;
}

const num = (v: IndicatorValues[string] | undefined): number | null =>
  typeof v === "number" ? v : null;

/**
 * The county's paragraph for the work report, in the style of DOMAIN.md's quotes.
 * @example "截至9月底，全县签约招商引资项目59个、签约资金49.86亿元，超第三季度调度考评目标4.81亿元、…"
 */
export function writeCountyParagraph(
  results: IndicatorResults,
  options: ParagraphOptions = {},
): string {
  return writeParagraph(
    options.countyName ?? "全县",
    results.total.indicators,
    results.asOf,
    null,
    options,
  );
}

/** One unit's paragraph, with its rank among units; null when the unit is not in the results. */
export function writeUnitParagraph(
  results: IndicatorResults,
  unit: string,
  options: ParagraphOptions = {},
): string | null {
  const row = results.units.find((u) => u.unit === unit);
  if (!row) return null;
  return writeParagraph(unit, row.indicators, results.asOf, options.countyName ?? "全县", options);
}

function writeParagraph(
  subject: string,
  v: IndicatorValues,
  asOf: string,
  rankScope: string | null,
  o: ParagraphOptions,
): string {
  const period = o.period ?? periodName(asOf);
  const yi = (x: number): string => formatYi(x, o);
  const pct = (x: number): string => formatPercent(x, o);
  const sentences: string[] = [];
  const nSigned = num(v["n_signed"]) ?? 0;

  const signed: string[] = [
    nSigned > 0
      ? `${subject}签约招商引资项目${nSigned}个、签约资金${yi(num(v["amt_signed"]) ?? 0)}`
      : `${subject}尚无当年新签约项目`,
  ];
  const dispatch = target(
    num(v["gap_dispatch_signed"]),
    num(v["rate_dispatch_signed"]),
    `${period}调度考评目标`,
    `完成${period}签约资金调度指标`,
    yi,
    pct,
  );
  if (dispatch) signed.push(dispatch);
  signed.push(...annual(v, "signed", "完成年度签约任务的", pct, o));
  const rank = num(v["rank_signed"]);
  if (rankScope !== null && rank !== null) signed.push(`签约资金完成率居${rankScope}第${rank}位`);
  sentences.push(signed.join("，"));

  if (nSigned > 0) {
    const rate = num(v["arrival_rate_new"]);
    sentences.push(
      `当年新签约项目到位资金${yi(num(v["amt_arrived_new"]) ?? 0)}${rate === null ? "" : `，资金到位率${pct(rate)}`}`,
    );
  }

  const arrived = num(v["amt_arrived"]) ?? 0;
  const arrivedParts = [
    target(
      num(v["gap_dispatch_arrived"]),
      num(v["rate_dispatch_arrived"]),
      `${period}到位资金调度目标`,
      `完成${period}到位资金调度指标`,
      yi,
      pct,
    ),
    ...annual(v, "arrived", "完成年度到位资金任务的", pct, o),
  ].filter((s): s is string => s !== null);
  if (arrived !== 0 || arrivedParts.length > 0)
    sentences.push([`到位资金${yi(arrived)}`, ...arrivedParts].join("，"));

  const outprovRate = num(v["rate_arrived_outprov"]);
  if (outprovRate !== null)
    sentences.push(
      `省外到位资金${yi(num(v["amt_arrived_outprov"]) ?? 0)}，完成年度省外到位资金任务的${pct(outprovRate)}`,
    );

  const fdi = num(v["fdi"]) ?? 0;
  const fdiRate = num(v["rate_fdi"]);
  if (fdi !== 0 || fdiRate !== null)
    sentences.push(
      `全口径外资到位${formatUsd(fdi, o)}${fdiRate === null ? "" : `，完成任务的${pct(fdiRate)}`}`,
    );

  if (nSigned > 0) {
    const rate = num(v["start_rate_new"]);
    sentences.push(
      `新签约项目已开工${num(v["n_started_new"]) ?? 0}个${rate === null ? "" : `，开工率${pct(rate)}`}`,
    );
  }
  return `${describeAsOf(asOf, o.withYear ?? false)}，${sentences.join("；")}。`;
}

// "超第三季度调度考评目标4.81亿元、完成第三季度签约资金调度指标110.68%"; null without a target.
function target(
  gap: number | null,
  rate: number | null,
  targetName: string,
  rateName: string,
  yi: (x: number) => string,
  pct: (x: number) => string,
): string | null {
  if (gap === null) return null;
  const head =
    gap > 0
      ? `超${targetName}${yi(gap)}`
      : gap < 0
        ? `低于${targetName}${yi(-gap)}`
        : `恰好完成${targetName}`;
  return rate === null ? head : `${head}、${rateName}${pct(rate)}`;
}

// "完成年度签约任务的94.07%" and "高于时序进度19.07个百分点", each when its figure exists.
function annual(
  v: IndicatorValues,
  which: "signed" | "arrived",
  lead: string,
  pct: (x: number) => string,
  o: ParagraphOptions,
): string[] {
  const rate = num(v[`rate_${which}`]);
  if (rate === null) return [];
  const pp = num(v[`prog_gap_pp_${which}`]);
  return [`${lead}${pct(rate)}`, ...(pp === null ? [] : [describeProgressGap(pp, o)])];
}
