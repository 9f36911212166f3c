import {
  type CountingPolicy,
  type IsoDate,
  type LedgerRecord,
  makeClassifier,
  PROJECT_FLAG,
} from "@zsyz/ledger";
import {
  AGGREGATES,
  type AggregateSpec,
  bandAggregates,
  type BandKey,
  type FixedAggregateKey,
  DEFAULT_SIZE_BANDS,
  MEASURES,
} from "./aggregates.js";
import { ExactSum } from "./ExactSum.js";
import type { Decimal } from "./math.js";

/**
 * Every aggregate of one unit (or of the county), as exact decimal text; a size band is
 * present when it was asked for.
 */
export type AggregateValues = Record<FixedAggregateKey, Decimal> &
  Partial<Record<BandKey, Decimal>>;

/** Aggregates per unit, in order of first appearance, and for all projects together. */
export interface Aggregation {
  units: Map<string, AggregateValues>;
  total: AggregateValues;
}

// Measures are read once per record into a fixed slot, from fixed call sites (so each
// call is monomorphic and inlined); the aggregates then only pick slots. NaN = empty cell.
const SLOTS = ["amt_signed", "amt_arrived", "fdi", "outprov_signed", "outprov_arrived"] as const;
const { amt_signed, amt_arrived, fdi, outprov_signed, outprov_arrived } = MEASURES;

interface Spec {
  key: string;
  slot: number;
  /** Size band: the minimum 签约资金, else NaN. */
  min: number;
  startedThisYear: boolean;
}

/** The aggregates of a run: the fixed ones, then both of each size band. */
function layout(bands: readonly number[]): {
  specs: Spec[];
  feeds: number[][];
  stageOf: Map<string, number>;
} {
  const all: AggregateSpec[] = [...AGGREGATES, ...bands.flatMap(bandAggregates)];
  const specs = all.map((a) => ({
    key: a.key,
    slot: a.measure === "count" ? -1 : SLOTS.indexOf(a.measure),
    min: a.minSigned ?? NaN,
    startedThisYear: a.startedThisYear === true,
  }));
  // Stages go by 项目状态 alone; every other aggregate is fed by the flags it filters on.
  const stageOf = new Map<string, number>();
  all.forEach((a, i) => a.statuses?.forEach((s) => stageOf.set(s, i)));
  // For each combination of flags, the aggregates a project with those flags feeds.
  const feeds = Array.from({ length: 32 }, (_, flags) =>
    all.flatMap((a, i) => {
      if (a.statuses) return [];
      const mask = a.filter.reduce<number>((m, f) => m | PROJECT_FLAG[f], 0);
      return (flags & mask) === mask ? [i] : [];
    }),
  );
  return { specs, feeds, stageOf };
}

interface Accumulator {
  counts: number[];
  sums: ExactSum[];
}

const newAccumulator = (specs: readonly Spec[]): Accumulator => ({
  counts: specs.map(() => 0),
  sums: specs.map(() => new ExactSum()),
});

function valuesOf(acc: Accumulator, specs: readonly Spec[]): AggregateValues {
  const out: Record<string, Decimal> = {};
  specs.forEach((s, i) => {
    out[s.key] = s.slot < 0 ? String(acc.counts[i]) : acc.sums[i]!.value();
  });
  return out as AggregateValues;
}

/**
 * Adds up every aggregate per unit on an as-of date, exactly; one pass, no decimal
 * object per record. The total is the sum over units, so it is additive by construction.
 * `bands` are the size bands (万元) whose n_signed_ge_T / amt_signed_ge_T are wanted.
 */
export function aggregateRecords(
  records: readonly LedgerRecord[],
  asOf: IsoDate,
  policy?: CountingPolicy,
  bands: readonly number[] = DEFAULT_SIZE_BANDS,
): Aggregation {
  const classify = makeClassifier(asOf, policy);
  const { specs, feeds, stageOf } = layout(bands);
  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  const byUnit = new Map<string, Accumulator>();
  const slots = new Float64Array(SLOTS.length);
  for (const r of records) {
    let acc = byUnit.get(r.unit);
    if (acc === undefined) {
      acc = newAccumulator(specs);
      byUnit.set(r.unit, acc);
    }
    const f = r.fields;
    if (f.status !== undefined) {
      const stage = stageOf.get(f.status);
      if (stage !== undefined) acc.counts[stage]! += 1;
    }
    const flags = classify(f);
    if ((flags & (PROJECT_FLAG.new | PROJECT_FLAG.counted | PROJECT_FLAG.intent)) === 0) continue;
    slots[0] = amt_signed(f) ?? NaN;
    slots[1] = amt_arrived(f) ?? NaN;
    slots[2] = fdi(f) ?? NaN;
    slots[3] = outprov_signed(f) ?? NaN;
    slots[4] = outprov_arrived(f) ?? NaN;
    const start = f.start_date;
    const startedThisYear = start !== undefined && start >= yearStart && start <= asOf;
    for (const i of feeds[flags]!) {
      const spec = specs[i]!;
      // A band needs a 签约资金 of at least its threshold (an empty one never is).
      if (spec.min === spec.min && !(slots[0]! >= spec.min)) continue;
      if (spec.startedThisYear && !startedThisYear) continue;
      if (spec.slot < 0) {
        acc.counts[i]! += 1;
      } else {
        const v = slots[spec.slot]!;
        if (v === v) acc.sums[i]!.add(v);
      }
    }
  }
  const total = newAccumulator(specs);
  const units = new Map<string, AggregateValues>();
  for (const [unit, acc] of byUnit) {
    units.set(unit, valuesOf(acc, specs));
    acc.counts.forEach((c, i) => (total.counts[i]! += c));
    acc.sums.forEach((s, i) => total.sums[i]!.addSum(s));
  }
  return { units, total: valuesOf(total, specs) };
}

/** The aggregates of a unit without projects: all zero. */
export function zeroAggregates(bands: readonly number[] = DEFAULT_SIZE_BANDS): AggregateValues {
  const { specs } = layout(bands);
  return valuesOf(newAccumulator(specs), specs);
}
