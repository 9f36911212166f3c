import type { LedgerFields, ProjectFlag, ProjectStatus } from "@zsyz/ledger";

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
  /** A stage: counts every merged project row whose 项目状态 is one of these, whatever its year. */
  statuses?: readonly ProjectStatus[];
  /** Only projects whose 开工时间 falls in [1 January of the as-of year, as-of date]. */
  startedThisYear?: true;
  /** A size band: only projects whose 签约资金 is at least this many 万元. */
  minSigned?: number;
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
  {
    key: "n_started_this_year",
    name: "当年新开工项目数",
    unit: "个",
    measure: "count",
    filter: ["counted", "started"],
    startedThisYear: true,
  },
  ...stage("n_stage_talks", "在谈项目数", ["在谈"]),
  ...stage("n_stage_signed", "已签约未开工项目数", ["签约", "注册"]),
  ...stage("n_stage_building", "在建项目数", ["开工", "在建"]),
  ...stage("n_stage_operating", "竣工投产项目数", ["竣工", "投产"]),
  ...stage("n_stage_stopped", "停建项目数", ["停建"]),
  ...stage("n_stage_dropped", "终止退回项目数", ["终止", "退回"]),
] as const satisfies readonly AggregateSpec[];

// A stage count (DOMAIN.md "stages"): every merged row in those statuses, no flag needed.
function stage<K extends string>(
  key: K,
  name: string,
  statuses: readonly ProjectStatus[],
): [
  {
    key: K;
    name: string;
    unit: "个";
    measure: "count";
    filter: [];
    statuses: readonly ProjectStatus[];
  },
] {
  return [{ key, name, unit: "个", measure: "count", filter: [], statuses }];
}

/** Key of a size-band aggregate: projects (or their 签约资金) of at least T 万元. */
export type BandKey = `n_signed_ge_${number}` | `amt_signed_ge_${number}`;

/** Key of one of the fixed aggregates (AGGREGATES). */
export type FixedAggregateKey = (typeof AGGREGATES)[number]["key"];

/** Key of an aggregate ("amt_signed", "n_started_new", "n_signed_ge_10000", …). */
export type AggregateKey = FixedAggregateKey | BandKey;

/** DOMAIN.md's size bands, in 万元: 千万元、亿元、十亿元以上. */
export const DEFAULT_SIZE_BANDS: readonly number[] = [1000, 10000, 100000];

/**
 * How reports name a size band: "千万元", "亿元", "十亿元", else "5000万元".
 * @example bandLabel(10000) === "亿元"
 */
export function bandLabel(threshold: number): string {
  const names: Record<number, string> = {
    1000: "千万元",
    10000: "亿元",
    100000: "十亿元",
    1000000: "百亿元",
  };
  return names[threshold] ?? `${threshold}万元`;
}

/** The two aggregates of a size band T: new projects of at least T 万元, and their 签约资金. */
export function bandAggregates(threshold: number): AggregateSpec[] {
  const label = bandLabel(threshold);
  return [
    {
      key: `n_signed_ge_${threshold}`,
      name: `${label}以上项目数`,
      unit: "个",
      measure: "count",
      filter: ["new"],
      minSigned: threshold,
    },
    {
      key: `amt_signed_ge_${threshold}`,
      name: `${label}以上项目签约资金`,
      unit: "万元",
      measure: "amt_signed",
      filter: ["new"],
      minSigned: threshold,
    },
  ];
}

const FIXED: ReadonlyMap<string, AggregateSpec> = new Map(AGGREGATES.map((a) => [a.key, a]));
const BAND_KEY = /^(n|amt)_signed_ge_([1-9][0-9]{0,8})$/;

/**
 * The aggregate a key names: one of AGGREGATES or a size band (its threshold is in its key).
 * @example findAggregate("n_signed_ge_5000")?.minSigned === 5000
 */
export function findAggregate(key: string): AggregateSpec | undefined {
  const fixed = FIXED.get(key);
  if (fixed) return fixed;
  const band = BAND_KEY.exec(key);
  if (!band) return undefined;
  const [count, amount] = bandAggregates(Number(band[2]));
  return band[1] === "n" ? count : amount;
}

/** The threshold of a size-band key, or undefined for any other key. */
export function bandOf(key: string): number | undefined {
  const band = BAND_KEY.exec(key);
  return band ? Number(band[2]) : undefined;
}

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
