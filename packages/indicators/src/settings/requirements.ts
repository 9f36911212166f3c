import type { IndicatorFormat } from "../catalogue.js";
import { INDICATORS } from "../catalogue.js";
import { type CompiledIndicator, compileIndicator } from "../compileIndicator.js";
import { IndicatorError } from "../IndicatorError.js";

/** A requirement (达标线) on one indicator: the unit meets it at or above `atLeast`. */
export interface IndicatorRequirement {
  /** Indicator key ("arrival_rate_new"); rates as fractions (0.5 = 50%). */
  indicator: string;
  atLeast: number;
}

/** Key of the yes/no indicator a requirement adds: `meets_<indicator>`. */
export const meetsKey = (indicator: string): string => `meets_${indicator}`;

/**
 * The `meets_K` indicators of the requirements, compiled after the catalogue they refer to:
 * true at or above the line, false below, empty when K is empty. Each gets its live formula
 * column in 指标汇总 and its key in the JSON, like any indicator.
 * @example requirementIndicators([{ indicator: "arrival_rate_new", atLeast: 0.5 }], catalogue)[0].def.key === "meets_arrival_rate_new"
 */
export function requirementIndicators(
  requirements: readonly IndicatorRequirement[],
  catalogue: readonly CompiledIndicator[],
): CompiledIndicator[] {
  const out: CompiledIndicator[] = [];
  for (const req of requirements) {
    const of = catalogue.find((c) => c.def.key === req.indicator);
    if (!of) throw new IndicatorError(`requirement on unknown indicator ${req.indicator}`);
    const r = compileIndicator(
      {
        key: meetsKey(req.indicator),
        name: `${of.def.name}是否达到要求`,
        expression: `${req.indicator} >= ${String(req.atLeast)}`,
        format: "flag",
      },
      [...catalogue, ...out],
    );
    if (!r.ok) throw new IndicatorError(`requirement ${req.indicator}: ${r.error.message}`);
    out.push(r.indicator);
  }
  return out;
}

/** How a requirement's line is written in a report ("50%", "3个", "1.00亿元"). */
export function describeLine(
  req: IndicatorRequirement,
  format: IndicatorFormat | undefined,
  show: { pct: (x: number) => string; yi: (x: number) => string },
): string {
  if (format === "percent") return show.pct(req.atLeast);
  if (format === "money") return show.yi(req.atLeast);
  if (format === "count") return `${req.atLeast}个`;
  return String(req.atLeast);
}

/** Format of a built-in indicator, for writing its requirement. */
export const formatOf = (key: string): IndicatorFormat | undefined =>
  INDICATORS.find((d) => d.key === key)?.format;
