import type { IndicatorResults, IndicatorValues } from "./computeIndicators.js";
import { describeLine, formatOf, type IndicatorRequirement } from "./settings/requirements.js";
import type { LeadMeasure } from "./settings/Settings.js";
import { bandLabel } from "./aggregates.js";
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
  /** Requirements (达标线): a rate with one says "达到50%以上的要求" or "未达到…的要求". */
  requirements?: readonly IndicatorRequirement[];
  /** The measure the paragraph leads with (default 签约); some cities assess 省外资金 only. */
  lead?: LeadMeasure;
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
  // "，达到50%以上的要求" after a figure with a requirement; "" without one.
  const meets = (key: string): string => {
    const req = o.requirements?.find((r) => r.indicator === key);
    const value = num(v[key]);
    if (!req || value === null) return "";
    // The line as rules write it: "50%", not "50.00%".
    const line = describeLine(req, formatOf(key), {
      pct: (x) => formatPercent(x, { ...o, trimZeros: true }),
      yi: (x) => formatYi(x, { ...o, trimZeros: true }),
    });
    return value >= req.atLeast ? `，达到${line}以上的要求` : `，未达到${line}的要求`;
  };
  const nSigned = num(v["n_signed"]) ?? 0;

  const signed = (lead: boolean): string => {
    const band = largeProjects(v, yi);
    const parts: string[] = [
      nSigned > 0
        ? `${lead ? subject : ""}签约招商引资项目${nSigned}个、签约资金${yi(num(v["amt_signed"]) ?? 0)}`
        : `${lead ? subject : ""}尚无当年新签约项目`,
      ...(band ? [band] : []),
    ];
    const dispatch = target(
      num(v["gap_dispatch_signed"]),
      num(v["rate_dispatch_signed"]),
      `${period}调度考评目标`,
      `完成${period}签约资金调度指标`,
      yi,
      pct,
    );
    if (dispatch) parts.push(dispatch);
    parts.push(...annual(v, "signed", "完成年度签约任务的", pct, o));
    const rank = num(v["rank_signed"]);
    if (rankScope !== null && rank !== null) parts.push(`签约资金完成率居${rankScope}第${rank}位`);
    return parts.join("，") + meets("rate_signed");
  };

  // 到位资金, 省外签约资金 or 省外到位资金 with its dispatch and annual targets; null when
  // there is nothing to say and it does not lead.
  const measure = (
    which: "arrived" | "signed_outprov" | "arrived_outprov",
    lead: boolean,
  ): string | null => {
    const name = {
      arrived: "到位资金",
      signed_outprov: "省外签约资金",
      arrived_outprov: "省外到位资金",
    }[which];
    const amount = num(v[`amt_${which}`]) ?? 0;
    const annualParts =
      which === "arrived"
        ? annual(v, "arrived", "完成年度到位资金任务的", pct, o)
        : (() => {
            const rate = num(v[`rate_${which}`]);
            return rate === null ? [] : [`完成年度${name}任务的${pct(rate)}`];
          })();
    const parts = [
      target(
        num(v[`gap_dispatch_${which}`]),
        num(v[`rate_dispatch_${which}`]),
        `${period}${name}调度目标`,
        `完成${period}${name}调度指标`,
        yi,
        pct,
      ),
      ...annualParts,
    ].filter((x): x is string => x !== null);
    const worth = which === "arrived" ? amount !== 0 || parts.length > 0 : parts.length > 0;
    if (!worth && !lead) return null;
    return (
      [`${lead ? subject : ""}${name}${yi(amount)}`, ...parts].join("，") + meets(`rate_${which}`)
    );
  };

  const newArrival = (): string | null => {
    if (nSigned === 0) return null;
    const rate = num(v["arrival_rate_new"]);
    return `当年新签约项目到位资金${yi(num(v["amt_arrived_new"]) ?? 0)}${rate === null ? "" : `，资金到位率${pct(rate)}`}${meets("arrival_rate_new")}`;
  };

  const lead = o.lead ?? "signed";
  const blocks: Array<[LeadMeasure | "new_arrival", (lead: boolean) => string | null]> = [
    ["signed", signed],
    ["new_arrival", newArrival],
    ["arrived", (l) => measure("arrived", l)],
    ["signed_outprov", (l) => measure("signed_outprov", l)],
    ["arrived_outprov", (l) => measure("arrived_outprov", l)],
  ];
  const ordered = [...blocks.filter(([k]) => k === lead), ...blocks.filter(([k]) => k !== lead)];
  const sentences = ordered
    .map(([k, write]) => write(k === lead))
    .filter((x): x is string => x !== null);

  const fdi = num(v["fdi"]) ?? 0;
  const fdiRate = num(v["rate_fdi"]);
  if (fdi !== 0 || fdiRate !== null)
    sentences.push(
      `全口径外资到位${formatUsd(fdi, o)}${fdiRate === null ? "" : `，完成任务的${pct(fdiRate)}`}`,
    );

  if (nSigned > 0) {
    const rate = num(v["start_rate_new"]);
    sentences.push(
      `新签约项目已开工${num(v["n_started_new"]) ?? 0}个${rate === null ? "" : `，开工率${pct(rate)}`}${meets("start_rate_new")}`,
    );
  }
  const stages = describeStages(v);
  if (stages) sentences.push(stages);
  return `${describeAsOf(asOf, o.withYear ?? false)}，${sentences.join("；")}。`;
}

/**
 * "其中亿元以上项目9个、签约资金41.20亿元": the 亿元 band when it is one, else the largest band
 * with a project; null when no band has one.
 */
function largeProjects(v: IndicatorValues, yi: (x: number) => string): string | null {
  const bands = Object.keys(v)
    .flatMap((k) => {
      const m = /^n_signed_ge_(\d+)$/.exec(k);
      return m && (num(v[k]) ?? 0) > 0 ? [Number(m[1])] : [];
    })
    .sort((a, b) => b - a);
  const t = bands.includes(10000) ? 10000 : bands[0];
  if (t === undefined) return null;
  const amount = num(v[`amt_signed_ge_${t}`]);
  return `其中${bandLabel(t)}以上项目${num(v[`n_signed_ge_${t}`])}个${amount === null ? "" : `、签约资金${yi(amount)}`}`;
}

/** "在谈项目12个、在建项目20个、竣工投产项目8个，当年新开工项目18个", the figures that are not 0. */
function describeStages(v: IndicatorValues): string | null {
  const count = (key: string, name: string): string[] => {
    const n = num(v[key]) ?? 0;
    return n > 0 ? [`${name}${n}个`] : [];
  };
  const stages = [
    ...count("n_stage_talks", "在谈项目"),
    ...count("n_stage_building", "在建项目"),
    ...count("n_stage_operating", "竣工投产项目"),
    ...count("n_stage_stopped", "停建项目"),
  ].join("、");
  const started = count("n_started_this_year", "当年新开工项目");
  const out = [...(stages ? [stages] : []), ...started].join("，");
  return out === "" ? null : out;
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
