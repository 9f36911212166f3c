import type { IndicatorResults } from "./computeIndicators.js";
import { addDecimal, compareDecimal, multiplyDecimal, subtractDecimal, toDecimal } from "./math.js";
import { rankCompetition } from "./rankCompetition.js";
import { DEFAULT_SCORING_SCHEME, type ScoringItem, type ScoringScheme } from "./scoringScheme.js";

/** Points of one item for one unit; `missing` when the indicator was empty (no target). */
export interface ItemScore {
  indicator: string;
  value: number | null;
  points: number;
  missing: boolean;
}

/** A unit's score (考评得分), how it was made, and its competition rank by score. */
export interface UnitScore {
  unit: string;
  score: number;
  items: ItemScore[];
  deducted: number;
  rank: number;
}

/** Count of flagged issues per unit and issue code, for deductions. */
export type IssueCounts = Record<string, Partial<Record<string, number>>>;

function itemPoints(item: ScoringItem, value: number): string {
  const v = toDecimal(Math.max(0, value));
  if (item.method === "linear") {
    const capped =
      item.cap !== undefined && compareDecimal(v, toDecimal(item.cap)) > 0
        ? toDecimal(item.cap)
        : v;
    return multiplyDecimal(toDecimal(item.weight), capped);
  }
  const tiers = [...(item.tiers ?? [])].sort((a, b) => b.atLeast - a.atLeast);
  const tier = tiers.find((t) => compareDecimal(v, toDecimal(t.atLeast)) >= 0);
  return tier ? multiplyDecimal(toDecimal(item.weight), toDecimal(tier.share)) : "0";
}

/**
 * Scores every unit under a scheme: items from the indicators (an empty one scores 0),
 * minus deductions for flagged issues, floored at 0; ranked by score (1, 2, 2, 4).
 * @example scoreUnits(results)[0] → { unit: "城关镇", score: 86.5, rank: 1, … }
 */
export function scoreUnits(
  results: IndicatorResults,
  scheme: ScoringScheme = DEFAULT_SCORING_SCHEME,
  issues: IssueCounts = {},
): UnitScore[] {
  const scored = results.units.map(({ unit, indicators }) => {
    const items = scheme.items.map((item): ItemScore => {
      const raw = indicators[item.indicator];
      const value = typeof raw === "number" ? raw : null;
      return {
        indicator: item.indicator,
        value,
        points: value === null ? 0 : Number(itemPoints(item, value)),
        missing: value === null,
      };
    });
    const deducted = scheme.deductions.reduce((sum, d) => {
      const count = issues[unit]?.[d.code] ?? 0;
      const off = multiplyDecimal(toDecimal(count), toDecimal(d.points));
      const capped =
        d.max !== undefined && compareDecimal(off, toDecimal(d.max)) > 0 ? toDecimal(d.max) : off;
      return addDecimal(sum, capped);
    }, "0");
    const gross = items.reduce((sum, i) => addDecimal(sum, toDecimal(i.points)), "0");
    const net = subtractDecimal(gross, deducted);
    return {
      unit,
      items,
      deducted: Number(deducted),
      score: compareDecimal(net, "0") < 0 ? 0 : Number(net),
    };
  });
  const ranks = rankCompetition(scored.map((s) => s.score));
  return scored.map((s, i) => ({ ...s, rank: ranks[i] ?? 0 }));
}
