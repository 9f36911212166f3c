import { type IsoDate, normalizeText } from "@zsyz/ledger";
import type { CompiledIndicator } from "./compileIndicator.js";
import type { IndicatorResults, IndicatorValues } from "./computeIndicators.js";
import { multiplyDecimal, subtractDecimal, toDecimal } from "./math.js";

/** An earlier period's figures (the JSON summary of an earlier run): per unit and the county. */
export interface PreviousPeriod {
  asOf: IsoDate;
  units: ReadonlyArray<{ unit: string; indicators: IndicatorValues }>;
  total: IndicatorValues;
}

/**
 * One unit's (or the county's) previous figures and the change since: amounts and counts as
 * differences (万元, 个), rates in 个百分点, ranks as places gained (2 = 上升2位, −1 = 下降1位).
 */
export interface PeriodChange {
  asOf: IsoDate;
  indicators: IndicatorValues;
  change: IndicatorValues;
}

/** The comparison of a run with an earlier period. */
export interface PeriodComparison {
  asOf: IsoDate;
  /** Per current unit found in the earlier period (by name, ignoring spaces and width). */
  units: Map<string, PeriodChange>;
  total: PeriodChange;
  /** The ranking compared: 考评排名 when both periods have one, else 签约资金完成率排名. */
  rankKey: "rank_score" | "rank_signed";
  /** Units ranked last in both periods (连续两次排名末位), in the current order. */
  lastTwice: string[];
}

/**
 * Compares a run with an earlier period, indicator by indicator of the catalogue: the change
 * of every amount, count, rate (in points) and rank that both periods have; exact decimals.
 * @example comparePeriods(results, catalogue, previous).total.change["amt_signed"] === 32000
 */
export function comparePeriods(
  results: IndicatorResults,
  catalogue: readonly CompiledIndicator[],
  previous: PreviousPeriod,
  /** Which ranking "last" means: 考评排名 only where a 考评得分 sheet shows it. */
  scored = true,
): PeriodComparison {
  const before = new Map(previous.units.map((u) => [normalizeText(u.unit), u.indicators]));
  const compare = (now: IndicatorValues, then: IndicatorValues): PeriodChange => ({
    asOf: previous.asOf,
    indicators: then,
    change: changeOf(now, then, catalogue),
  });
  const units = new Map<string, PeriodChange>();
  for (const u of results.units) {
    const then = before.get(normalizeText(u.unit));
    if (then) units.set(u.unit, compare(u.indicators, then));
  }
  const hasScore = (rows: ReadonlyArray<{ indicators: IndicatorValues }>): boolean =>
    rows.some((u) => typeof u.indicators["rank_score"] === "number");
  const rankKey =
    scored && hasScore(results.units) && hasScore(previous.units) ? "rank_score" : "rank_signed";
  const last = (rows: ReadonlyArray<{ indicators: IndicatorValues }>): number | null => {
    const ranks = rows.flatMap((u) => {
      const r = u.indicators[rankKey];
      return typeof r === "number" ? [r] : [];
    });
    // Units all tied (no signing yet, every score 0) have no last one.
    const max = Math.max(...ranks);
    return ranks.length > 1 && ranks.some((r) => r < max) ? max : null;
  };
  const lastNow = last(results.units);
  const lastThen = last(previous.units);
  const lastTwice =
    lastNow === null || lastThen === null
      ? []
      : results.units
          .filter(
            (u) =>
              u.indicators[rankKey] === lastNow &&
              units.get(u.unit)?.indicators[rankKey] === lastThen,
          )
          .map((u) => u.unit);
  return {
    asOf: previous.asOf,
    units,
    total: compare(results.total.indicators, previous.total),
    rankKey,
    lastTwice,
  };
}

/**
 * The change of one indicator by its format, or undefined when it has none (flags, points,
 * plain numbers); null when either period has no value.
 */
export function changeValue(
  format: string,
  now: IndicatorValues[string] | undefined,
  then: IndicatorValues[string] | undefined,
): number | null | undefined {
  if (!["money", "money_usd", "count", "percent", "rank"].includes(format)) return undefined;
  if (typeof now !== "number" || typeof then !== "number") return null;
  const [a, b] = [toDecimal(now), toDecimal(then)];
  if (format === "rank") return Number(subtractDecimal(b, a));
  if (format === "percent") return Number(multiplyDecimal(subtractDecimal(a, b), "100"));
  return Number(subtractDecimal(a, b));
}

function changeOf(
  now: IndicatorValues,
  then: IndicatorValues,
  catalogue: readonly CompiledIndicator[],
): IndicatorValues {
  const out: IndicatorValues = {};
  for (const c of catalogue) {
    const v = changeValue(c.def.format, now[c.def.key], then[c.def.key]);
    if (v !== undefined) out[c.def.key] = v;
  }
  // Scores are not in the catalogue (the scheme adds them): a score changes by points, its rank by places.
  const score = changeValue("money", now["score"], then["score"]);
  const rank = changeValue("rank", now["rank_score"], then["rank_score"]);
  if (score !== undefined && (now["score"] !== undefined || then["score"] !== undefined))
    out["score"] = score;
  if (rank !== undefined && (now["rank_score"] !== undefined || then["rank_score"] !== undefined))
    out["rank_score"] = rank;
  return out;
}
