import type { CountingPolicy } from "@zsyz/ledger";
import type { IndicatorFormat } from "../catalogue.js";
import { DEFAULT_FORMAT, type FormatOptions } from "../format.js";
import { DEFAULT_SCORING_SCHEME, type ScoringScheme } from "../scoringScheme.js";
import type { IndicatorRequirement } from "./requirements.js";

/** Which measure leads the report paragraph: some cities assess 省外资金 only. */
export type LeadMeasure = "signed" | "arrived" | "signed_outprov" | "arrived_outprov";

/** Version of the settings JSON; bump it when the shape changes and migrate in parseSettings. */
export const SETTINGS_VERSION = 1;

/** A custom indicator as kept in the settings: the input of compileIndicator. */
export interface CustomIndicatorSetting {
  key: string;
  name: string;
  expression: string;
  format?: IndicatorFormat;
}

/** The add-in's shared settings, kept in the workbook so the whole office uses the same ones. */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Display rounding (half-up) of amounts, percentages and percentage points. */
  rounding: FormatOptions;
  /** Unit amounts are shown in, in the pane (the report paragraph always says 亿元, as reports do). */
  displayUnit: "万元" | "亿元";
  /** How the county calls itself in the report ("全县", "全区"). */
  countyName: string;
  scoring: ScoringScheme;
  /** Staff-written indicators, in order: each may use the ones before it. */
  customIndicators: CustomIndicatorSetting[];
  /** Requirements (达标线) per indicator: `meets_K`, colours and "达到…的要求"; none by default. */
  requirements?: IndicatorRequirement[];
  /** The measure the report paragraph leads with; default 签约 ("signed"). */
  leadMeasure?: LeadMeasure;
  /** Which projects count (origins, sign types, minimum); default 县内 money does not count. */
  countingPolicy?: CountingPolicy;
  /**
   * Size bands in 万元 (whole numbers, ascending): `n_signed_ge_T`/`amt_signed_ge_T` per band,
   * "亿元以上项目9个"; default DOMAIN.md's 1000, 10000, 100000 (千万元、亿元、十亿元以上).
   */
  sizeBands?: number[];
}

/** The settings of a workbook that has none yet: DOMAIN.md's rounding, 亿元, 全县, the default scheme. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  rounding: DEFAULT_FORMAT,
  displayUnit: "亿元",
  countyName: "全县",
  scoring: DEFAULT_SCORING_SCHEME,
  customIndicators: [],
};
