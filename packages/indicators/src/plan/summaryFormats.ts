import type { IndicatorFormat } from "../catalogue.js";

/** Number format of each indicator format in 指标汇总. */
export const NUM_FMT: Record<IndicatorFormat, string | undefined> = {
  count: "0",
  money: "#,##0.00",
  money_usd: "#,##0.00",
  percent: "0.00%",
  pp: "0.00",
  rank: "0",
  flag: undefined,
  number: "0.00",
};

/** Unit suffix of each indicator format in 指标汇总's headers. */
export const SUFFIX: Record<IndicatorFormat, string> = {
  count: "（个）",
  money: "（万元）",
  money_usd: "（万美元）",
  percent: "",
  pp: "（个百分点）",
  rank: "",
  flag: "",
  number: "",
};
