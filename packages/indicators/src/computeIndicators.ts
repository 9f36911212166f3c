import { IndicatorError } from "./IndicatorError.js";
import type { IsoDate, LedgerRecord, TargetKey, TargetRow } from "@zsyz/ledger";
import {
  type AggregateValues,
  type Aggregation,
  aggregateRecords,
  zeroAggregates,
} from "./aggregateRecords.js";
import { catalogueBands, type CompiledIndicator, DEFAULT_CATALOGUE } from "./compileIndicator.js";
import { evaluateExpr, type ExactValue } from "./evaluateExpr.js";
import { addDecimal, type Decimal, subtractDecimal, toDecimal } from "./math.js";
import { rankCompetition } from "./rankCompetition.js";
import { resolveSymbol, TARGET_KEYS } from "./symbols.js";
import { timeProgressExact } from "./timeProgress.js";

/** An indicator's value as reported: a number (amounts in 万元, rates as fractions), a yes/no, or null for empty. */
export type IndicatorValue = number | boolean | null;

/** Indicator key → value, for one unit or the county. */
export type IndicatorValues = Record<string, IndicatorValue>;

/** Targets of one unit (or the county); a key is absent when the table leaves it empty. */
export type TargetValues = Partial<Record<TargetKey, number>>;

/**
 * Indicators per unit and for the county (the `units`/`total` part of the `--json` contract),
 * with the targets they were computed against: a unit listed twice in the target table merged,
 * the county's the table's totals row or the units' exact sum. Every sheet showing a target
 * takes it from here, so 指标汇总 and 通报表 cannot disagree.
 */
export interface IndicatorResults {
  asOf: IsoDate;
  units: { unit: string; indicators: IndicatorValues; targets: TargetValues }[];
  total: { indicators: IndicatorValues; targets: TargetValues };
}

/** What the indicators are computed from. */
export interface ComputeInput {
  records: readonly LedgerRecord[];
  targets: readonly TargetRow[];
  /** 截至日期. */
  asOf: IsoDate;
  /** The target table's own totals row (全县任务); default: the sum of the units' targets. */
  totalTargets?: TargetValues;
  /** Indicators to compute, in order; default the built-in catalogue (append custom ones to it). */
  catalogue?: readonly CompiledIndicator[];
  /** The records already added up by aggregateRecords (same records and date), so a run adds them up once. */
  aggregation?: Aggregation;
  /**
   * What the county total leaves out: the aggregates of the later copies of unresolved
   * duplicates (each unit still counts its own). 合计 = units − this.
   */
  deduction?: AggregateValues;
}

/** One row of the computation: a unit or the county, with its inputs and exact results. */
interface Row {
  unit: string | null;
  aggregates: AggregateValues;
  targets: TargetValues;
  exact: Map<string, ExactValue>;
}

/**
 * Units in report order: those of the target table first (its order is the official one),
 * then units that only appear in the records, in order of appearance.
 */
export function listUnits(
  records: readonly LedgerRecord[],
  targets: readonly TargetRow[],
): string[] {
  const units = new Set<string>(targets.map((t) => t.unit));
  for (const r of records) units.add(r.unit);
  return [...units];
}

/** Targets per unit; a unit listed twice keeps the later value of each key. */
export function mergeTargets(targets: readonly TargetRow[]): Map<string, TargetValues> {
  const byUnit = new Map<string, TargetValues>();
  for (const t of targets) byUnit.set(t.unit, { ...byUnit.get(t.unit), ...t.values });
  return byUnit;
}

/** Sums each target key over units, exactly; a key is absent when no unit has it. */
export function sumTargets(targets: readonly TargetValues[]): TargetValues {
  const out: TargetValues = {};
  for (const key of TARGET_KEYS) {
    const values = targets.flatMap((t) => (t[key] === undefined ? [] : [toDecimal(t[key])]));
    if (values.length > 0) out[key] = Number(values.reduce(addDecimal));
  }
  return out;
}

/**
 * Computes every indicator of the catalogue for each unit and the county total, exactly;
 * values are unrounded, empty rates are null.
 * @example computeIndicators({ records, targets, asOf: "2024-09-30" }).total.indicators.rate_signed
 */
export function computeIndicators(input: ComputeInput): IndicatorResults {
  const catalogue = input.catalogue ?? DEFAULT_CATALOGUE;
  const bands = catalogueBands(catalogue);
  const aggregation =
    input.aggregation ?? aggregateRecords(input.records, input.asOf, undefined, bands);
  const targetsByUnit = mergeTargets(input.targets);
  const units: Row[] = listUnits(input.records, input.targets).map((unit) => ({
    unit,
    aggregates: aggregation.units.get(unit) ?? zeroAggregates(bands),
    targets: targetsByUnit.get(unit) ?? {},
    exact: new Map(),
  }));
  const total: Row = {
    unit: null,
    aggregates: input.deduction
      ? subtractAggregates(aggregation.total, input.deduction)
      : aggregation.total,
    targets: input.totalTargets ?? sumTargets(units.map((u) => u.targets)),
    exact: new Map(),
  };
  const tp = timeProgressExact(input.asOf);
  const keys = new Set<string>();
  for (const c of catalogue) {
    if (c.kind === "rank") {
      const ranks = rankCompetition(units.map((u) => numeric(u.exact.get(c.rankBy) ?? null)));
      units.forEach((u, i) =>
        u.exact.set(
          c.def.key,
          ranks[i] === null || ranks[i] === undefined ? null : String(ranks[i]),
        ),
      );
      total.exact.set(c.def.key, null);
    } else {
      for (const row of [...units, total]) {
        row.exact.set(
          c.def.key,
          evaluateExpr(c.expr, (name) => lookup(name, row, total, tp, keys)),
        );
      }
    }
    keys.add(c.def.key);
  }
  const out = (row: Row): IndicatorValues =>
    Object.fromEntries(
      catalogue.map((c) => [c.def.key, toValue(row.exact.get(c.def.key) ?? null)]),
    );
  return {
    asOf: input.asOf,
    units: units.map((u) => ({ unit: u.unit ?? "", indicators: out(u), targets: u.targets })),
    total: { indicators: out(total), targets: total.targets },
  };
}

function lookup(
  name: string,
  row: Row,
  total: Row,
  tp: Decimal,
  keys: ReadonlySet<string>,
): ExactValue {
  const ref = resolveSymbol(name, keys);
  switch (ref?.kind) {
    case "aggregate":
      return row.aggregates[ref.key] ?? null;
    case "target": {
      const v = row.targets[ref.key];
      return v === undefined ? null : toDecimal(v);
    }
    case "total":
      return total.aggregates[ref.key] ?? null;
    case "time_progress":
      return tp;
    case "indicator":
      return row.exact.get(ref.key) ?? null;
    case undefined:
      throw new IndicatorError(`unresolved symbol ${name}`);
  }
}

/** Aggregates a − b, key by key, exactly. */
export function subtractAggregates(a: AggregateValues, b: AggregateValues): AggregateValues {
  const out = { ...a };
  for (const k of Object.keys(b) as Array<keyof AggregateValues>) {
    const x = a[k];
    const y = b[k];
    if (x !== undefined && y !== undefined) out[k] = subtractDecimal(x, y);
  }
  return out;
}

const numeric = (v: ExactValue): number | null =>
  v === null || typeof v === "boolean" ? null : Number(v);
const toValue = (v: ExactValue): IndicatorValue =>
  v === null || typeof v === "boolean" ? v : Number(v);
