import type { IsoDate, LedgerRecord } from "@zsyz/ledger";
import { AGGREGATES, type AggregateKey, MEASURES } from "./aggregates.js";
import { FLAG, makeClassifier } from "./classify.js";
import { ExactSum } from "./ExactSum.js";
import type { Decimal } from "./math.js";

/** Every aggregate of one unit (or of the county), as exact decimal text. */
export type AggregateValues = Record<AggregateKey, Decimal>;

/** Aggregates per unit, in order of first appearance, and for all projects together. */
export interface Aggregation {
  units: Map<string, AggregateValues>;
  total: AggregateValues;
}

const SPECS = AGGREGATES.map((a) => ({
  key: a.key,
  mask: a.filter.reduce((m, f) => m | FLAG[f], 0),
  measure: a.measure === "count" ? null : MEASURES[a.measure],
}));

interface Accumulator {
  counts: number[];
  sums: ExactSum[];
}

const newAccumulator = (): Accumulator => ({
  counts: SPECS.map(() => 0),
  sums: SPECS.map(() => new ExactSum()),
});

function valuesOf(acc: Accumulator): AggregateValues {
  const out: Partial<Record<AggregateKey, Decimal>> = {};
  SPECS.forEach((s, i) => {
    out[s.key] = s.measure === null ? String(acc.counts[i]) : acc.sums[i]!.value();
  });
  return out as AggregateValues;
}

/**
 * Adds up every aggregate per unit on an as-of date, exactly; one pass, no decimal
 * object per record. The total is the sum over units, so it is additive by construction.
 */
export function aggregateRecords(records: readonly LedgerRecord[], asOf: IsoDate): Aggregation {
  const classify = makeClassifier(asOf);
  const byUnit = new Map<string, Accumulator>();
  const n = SPECS.length;
  for (const r of records) {
    let acc = byUnit.get(r.unit);
    if (acc === undefined) {
      acc = newAccumulator();
      byUnit.set(r.unit, acc);
    }
    const flags = classify(r.fields);
    if ((flags & (FLAG.new | FLAG.counted)) === 0) continue;
    for (let i = 0; i < n; i += 1) {
      const spec = SPECS[i]!;
      if ((flags & spec.mask) !== spec.mask) continue;
      if (spec.measure === null) {
        acc.counts[i]! += 1;
      } else {
        const v = spec.measure(r.fields);
        if (v !== undefined) acc.sums[i]!.add(v);
      }
    }
  }
  const total = newAccumulator();
  const units = new Map<string, AggregateValues>();
  for (const [unit, acc] of byUnit) {
    units.set(unit, valuesOf(acc));
    acc.counts.forEach((c, i) => (total.counts[i]! += c));
    acc.sums.forEach((s, i) => total.sums[i]!.addSum(s));
  }
  return { units, total: valuesOf(total) };
}

/** The aggregates of a unit without projects: all zero. */
export function zeroAggregates(): AggregateValues {
  return valuesOf(newAccumulator());
}
