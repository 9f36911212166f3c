import { bandAggregates } from "./aggregates.js";

/** How an indicator's value is shown: decides rounding, unit word and Excel number format. */
export type IndicatorFormat =
  "count" | "money" | "money_usd" | "percent" | "pp" | "rank" | "flag" | "number";

interface IndicatorBase {
  key: string;
  /** Chinese name, as in reports and sheet headers. */
  name: string;
  /** Unit of the stored value ("万元", "个", "" for rates kept as fractions). */
  unit: string;
  format: IndicatorFormat;
}

/**
 * One indicator: an expression over aggregates, targets, `total_…`, `time_progress` and
 * earlier indicators, or a competition ranking of units by an earlier indicator.
 */
export type IndicatorDef = IndicatorBase & ({ expression: string } | { rankBy: string });

const count = (key: string, name: string): IndicatorDef => ({
  key,
  name,
  unit: "个",
  format: "count",
  expression: key,
});
const money = (key: string, name: string): IndicatorDef => ({
  key,
  name,
  unit: "万元",
  format: "money",
  expression: key,
});
const rate = (key: string, name: string, expression: string): IndicatorDef => ({
  key,
  name,
  unit: "",
  format: "percent",
  expression,
});
const gap = (key: string, name: string, expression: string): IndicatorDef => ({
  key,
  name,
  unit: "万元",
  format: "money",
  expression,
});

/** The indicators of DOMAIN.md (plus the dispatch gaps, 外资 and 到位 variants reports use), in report order. */
export const INDICATORS: readonly IndicatorDef[] = [
  { key: "n_signed", name: "签约项目数", unit: "个", format: "count", expression: "n_signed" },
  money("amt_signed", "签约资金"),
  money("amt_signed_outprov", "省外签约资金"),
  money("amt_arrived", "到位资金"),
  money("amt_arrived_outprov", "省外到位资金"),
  money("amt_arrived_new", "新签约项目到位资金"),
  { key: "fdi", name: "到位外资", unit: "万美元", format: "money_usd", expression: "fdi" },
  rate("arrival_rate_new", "资金到位率", "amt_arrived_new / amt_signed"),
  {
    key: "n_started_new",
    name: "新签约开工项目数",
    unit: "个",
    format: "count",
    expression: "n_started_new",
  },
  rate("start_rate_new", "开工率", "n_started_new / n_signed"),
  rate("rate_n_signed", "签约项目数完成率", "n_signed / target_n_signed"),
  rate("rate_signed", "签约资金完成率", "amt_signed / target_amt_signed"),
  gap("gap_signed", "签约资金超额(−差距)", "amt_signed - target_amt_signed"),
  rate("rate_dispatch_signed", "签约调度完成率", "amt_signed / dispatch_amt_signed"),
  gap("gap_dispatch_signed", "签约调度超额(−差距)", "amt_signed - dispatch_amt_signed"),
  rate("rate_arrived", "到位资金完成率", "amt_arrived / target_amt_arrived"),
  gap("gap_arrived", "到位资金超额(−差距)", "amt_arrived - target_amt_arrived"),
  rate("rate_dispatch_arrived", "到位调度完成率", "amt_arrived / dispatch_amt_arrived"),
  gap("gap_dispatch_arrived", "到位调度超额(−差距)", "amt_arrived - dispatch_amt_arrived"),
  rate(
    "rate_signed_outprov",
    "省外签约资金完成率",
    "amt_signed_outprov / target_amt_signed_outprov",
  ),
  gap(
    "gap_signed_outprov",
    "省外签约资金超额(−差距)",
    "amt_signed_outprov - target_amt_signed_outprov",
  ),
  rate(
    "rate_dispatch_signed_outprov",
    "省外签约调度完成率",
    "amt_signed_outprov / dispatch_amt_signed_outprov",
  ),
  gap(
    "gap_dispatch_signed_outprov",
    "省外签约调度超额(−差距)",
    "amt_signed_outprov - dispatch_amt_signed_outprov",
  ),
  rate(
    "rate_arrived_outprov",
    "省外到位资金完成率",
    "amt_arrived_outprov / target_amt_arrived_outprov",
  ),
  gap(
    "gap_arrived_outprov",
    "省外到位资金超额(−差距)",
    "amt_arrived_outprov - target_amt_arrived_outprov",
  ),
  rate(
    "rate_dispatch_arrived_outprov",
    "省外到位调度完成率",
    "amt_arrived_outprov / dispatch_amt_arrived_outprov",
  ),
  gap(
    "gap_dispatch_arrived_outprov",
    "省外到位调度超额(−差距)",
    "amt_arrived_outprov - dispatch_amt_arrived_outprov",
  ),
  rate("rate_fdi", "外资完成率", "fdi / target_fdi"),
  rate("time_progress", "时序进度", "time_progress"),
  {
    key: "prog_gap_pp_signed",
    name: "签约超/欠进度",
    unit: "个百分点",
    format: "pp",
    expression: "(rate_signed - time_progress) * 100",
  },
  {
    key: "prog_gap_pp_arrived",
    name: "到位超/欠进度",
    unit: "个百分点",
    format: "pp",
    expression: "(rate_arrived - time_progress) * 100",
  },
  rate("share_signed", "签约资金占全县比重", "amt_signed / total_amt_signed"),
  rate("share_arrived", "到位资金占全县比重", "amt_arrived / total_amt_arrived"),
  {
    key: "rank_signed",
    name: "签约资金完成率排名",
    unit: "位",
    format: "rank",
    rankBy: "rate_signed",
  },
  {
    key: "rank_arrived",
    name: "到位资金完成率排名",
    unit: "位",
    format: "rank",
    rankBy: "rate_arrived",
  },
  { key: "zero_signed", name: "零签约", unit: "", format: "flag", expression: "n_signed == 0" },
  { key: "zero_arrived", name: "零到位", unit: "", format: "flag", expression: "amt_arrived == 0" },
  {
    key: "n_intent",
    name: "框架协议/意向项目数",
    unit: "个",
    format: "count",
    expression: "n_intent",
  },
  money("amt_intent", "框架协议/意向金额"),
  count("n_started_this_year", "当年新开工项目数"),
  count("n_stage_talks", "在谈项目数"),
  count("n_stage_signed", "已签约未开工项目数"),
  count("n_stage_building", "在建项目数"),
  count("n_stage_operating", "竣工投产项目数"),
  count("n_stage_stopped", "停建项目数"),
  count("n_stage_dropped", "终止退回项目数"),
];

/**
 * The indicators of the size bands (万元), after the built-in ones: per band T its project
 * count and 签约资金 (`n_signed_ge_T`, `amt_signed_ge_T`), "亿元以上项目数".
 * @example bandIndicators([10000])[0].name === "亿元以上项目数"
 */
export function bandIndicators(bands: readonly number[]): IndicatorDef[] {
  return bands.flatMap((t) =>
    bandAggregates(t).map((a): IndicatorDef => ({
      key: a.key,
      name: a.name,
      unit: a.unit,
      format: a.measure === "count" ? "count" : "money",
      expression: a.key,
    })),
  );
}
