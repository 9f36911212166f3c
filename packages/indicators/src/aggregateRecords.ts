import {
  type CountingPolicy,
  type IsoDate,
  type LedgerRecord,
  makeClassifier,
  PROJECT_FLAG,
} from "@zsyz/ledger";
import { AGGREGATES, type AggregateKey, MEASURES } from "./aggregates.js";
import { ExactSum } from "./ExactSum.js";
import type { Decimal } from "./math.js";

/** Every aggregate of one unit (or of the county), as exact decimal text. */
export type AggregateValues = Record<AggregateKey, Decimal>;

/** Aggregates per unit, in order of first appearance, and for all projects together. */
export interface Aggregation {
  units: Map<string, AggregateValues>;
  total: AggregateValues;
}

// Measures are read once per record into a fixed slot, from fixed call sites (so each
// call is monomorphic and inlined); the aggregates then only pick slots. NaN = empty cell.
const SLOTS = ["amt_signed", "amt_arrived", "fdi", "outprov_signed", "outprov_arrived"] as const;
const SPECS = AGGREGATES.map((a) => ({
  key: a.key,
  slot: a.measure === "count" ? -1 : SLOTS.indexOf(a.measure),
}));
// For each combination of flags, the aggregates a project with those flags feeds.
const FEEDS: number[][] = Array.from({ length: 32 }, (_, flags) =>
  AGGREGATES.flatMap((a, i) => {
    const mask = a.filter.reduce<number>((m, f) => m | PROJECT_FLAG[f], 0);
    return (flags & mask) === mask ? [i] : [];
  }),
);
const { amt_signed, amt_arrived, fdi, outprov_signed, outprov_arrived } = MEASURES;

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
    out[s.key] = s.slot < 0 ? String(acc.counts[i]) : acc.sums[i]!.value();
  });
  return out as AggregateValues;
}

/**
 * Adds up every aggregate per unit on an as-of date, exactly; one pass, no decimal
 * object per record. The total is the sum over units, so it is additive by construction.
 */
export function aggregateRecords(
  records: readonly LedgerRecord[],
  asOf: IsoDate,
  policy?: CountingPolicy,
): Aggregation {
  const classify = makeClassifier(asOf, policy);
  const byUnit = new Map<string, Accumulator>();
  const slots = new Float64Array(SLOTS.length);
  for (const r of records) {
    let acc = byUnit.get(r.unit);
    if (acc === undefined) {
      acc = newAccumulator();
      byUnit.set(r.unit, acc);
    }
    const f = r.fields;
    const flags = classify(f);
    if ((flags & (PROJECT_FLAG.new | PROJECT_FLAG.counted | PROJECT_FLAG.intent)) === 0) continue;
    slots[0] = amt_signed(f) ?? NaN;
    slots[1] = amt_arrived(f) ?? NaN;
    slots[2] = fdi(f) ?? NaN;
    slots[3] = outprov_signed(f) ?? NaN;
    slots[4] = outprov_arrived(f) ?? NaN;
    for (const i of FEEDS[flags]!) {
      const slot = SPECS[i]!.slot;
      if (slot < 0) {
        acc.counts[i]! += 1;
      } else {
        const v = slots[slot]!;
        if (v === v) acc.sums[i]!.add(v);
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
