import type { LedgerFields } from "@zsyz/ledger";
import type { ProjectFlag } from "@zsyz/ledger";

/** What an aggregate adds up per project: a count, or one money measure. */
export type Measure =
  "count" | "amt_signed" | "amt_arrived" | "fdi" | "outprov_signed" | "outprov_arrived";

/** One named aggregate over a unit's projects: the building blocks of every indicator. */
export interface AggregateSpec {
  key: string;
  name: string;
  unit: string;
  measure: Measure;
  /** Flags a project must all carry to be included. */
  filter: readonly ProjectFlag[];
}

/** The aggregates of DOMAIN.md's indicator table, per unit; the total is their sum. */
export const AGGREGATES = [
  { key: "n_signed", name: "签约项目数", unit: "个", measure: "count", filter: ["new"] },
  { key: "amt_signed", name: "签约资金", unit: "万元", measure: "amt_signed", filter: ["new"] },
  {
    key: "amt_signed_outprov",
    name: "省外签约资金",
    unit: "万元",
    measure: "outprov_signed",
    filter: ["new"],
  },
  {
    key: "amt_arrived",
    name: "到位资金",
    unit: "万元",
    measure: "amt_arrived",
    filter: ["counted"],
  },
  {
    key: "amt_arrived_outprov",
    name: "省外到位资金",
    unit: "万元",
    measure: "outprov_arrived",
    filter: ["counted"],
  },
  {
    key: "amt_arrived_new",
    name: "新签约项目到位资金",
    unit: "万元",
    measure: "amt_arrived",
    filter: ["new"],
  },
  {
    key: "n_started_new",
    name: "新签约开工项目数",
    unit: "个",
    measure: "count",
    filter: ["new", "started"],
  },
  { key: "fdi", name: "到位外资", unit: "万美元", measure: "fdi", filter: ["counted"] },
  {
    key: "n_intent",
    name: "框架协议/意向项目数",
    unit: "个",
    measure: "count",
    filter: ["intent"],
  },
  {
    key: "amt_intent",
    name: "框架协议/意向金额",
    unit: "万元",
    measure: "amt_signed",
    filter: ["intent"],
  },
] as const satisfies readonly AggregateSpec[];

/** Key of an aggregate ("amt_signed", "n_started_new", …). */
export type AggregateKey = (typeof AGGREGATES)[number]["key"];

/** Money measures: the amount one project contributes, undefined when its cell is empty. */
export const MEASURES: Record<
  Exclude<Measure, "count">,
  (f: LedgerFields) => number | undefined
> = {
  amt_signed: (f) => f.amt_signed,
  amt_arrived: (f) => f.amt_arrived,
  fdi: (f) => f.fdi,
  // DOMAIN.md: the 其中省外 column where filled, else the whole amount when the money comes from 省外.
  outprov_signed: (f) =>
    f.amt_signed_outprov ?? (f.fund_source === "省外" ? f.amt_signed : undefined),
  outprov_arrived: (f) =>
    f.amt_arrived_outprov ?? (f.fund_source === "省外" ? f.amt_arrived : undefined),
};
