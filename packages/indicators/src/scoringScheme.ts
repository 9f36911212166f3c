/** One tier of a tiered item: a value at or above `atLeast` earns `share` of the weight. */
export interface ScoringTier {
  atLeast: number;
  share: number;
}

/** How one indicator turns into points. */
export interface ScoringItem {
  /** Indicator key (a rate kept as a fraction: "rate_signed"). */
  indicator: string;
  /** Full points. */
  weight: number;
  /**
   * "linear": weight × value, the value capped at `cap` (1.2 = over-completion counts up to 120%);
   * "tiers": weight × the share of the first tier the value reaches (tiers highest first).
   */
  method: "linear" | "tiers";
  cap?: number;
  tiers?: readonly ScoringTier[];
}

/** Points taken off per flagged issue of a code (e.g. a suspected duplicate), up to `max`. */
export interface ScoringDeduction {
  /** Issue code of the ledger package ("duplicate_project"). */
  code: string;
  points: number;
  max?: number;
}

/** A scoring scheme (考评办法) as configuration. See README.md for writing one. */
export interface ScoringScheme {
  name: string;
  items: readonly ScoringItem[];
  deductions: readonly ScoringDeduction[];
}

const TIERS: readonly ScoringTier[] = [
  { atLeast: 1, share: 1 },
  { atLeast: 0.8, share: 0.75 },
  { atLeast: 0.6, share: 0.5 },
  { atLeast: 0.4, share: 0.25 },
];

/**
 * The default scheme: 签约 and 到位 completion 35 points each (linear, capped at 120%),
 * 资金到位率 and 开工率 15 each in tiers; duplicates and started-without-land deducted.
 */
export const DEFAULT_SCORING_SCHEME: ScoringScheme = {
  name: "默认考评办法",
  items: [
    { indicator: "rate_signed", weight: 35, method: "linear", cap: 1.2 },
    { indicator: "rate_arrived", weight: 35, method: "linear", cap: 1.2 },
    { indicator: "arrival_rate_new", weight: 15, method: "tiers", tiers: TIERS },
    { indicator: "start_rate_new", weight: 15, method: "tiers", tiers: TIERS },
  ],
  deductions: [
    { code: "duplicate_project", points: 2, max: 10 },
    { code: "started_without_land", points: 1, max: 5 },
  ],
};
