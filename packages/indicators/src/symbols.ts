import { TARGET_FIELDS, type TargetKey } from "@zsyz/ledger";
import { AGGREGATES, type AggregateKey, findAggregate } from "./aggregates.js";

/** What a name in an indicator expression stands for. */
export type SymbolRef =
  | { kind: "aggregate"; key: AggregateKey }
  | { kind: "target"; key: TargetKey }
  /** `total_<aggregate>`: the county total of an aggregate, for shares. */
  | { kind: "total"; key: AggregateKey }
  | { kind: "time_progress" }
  | { kind: "indicator"; key: string };

/** Name of the time-progress symbol in expressions. */
export const TIME_PROGRESS = "time_progress";

/** The target-table keys, in the table's column order. */
export const TARGET_KEYS: readonly TargetKey[] = TARGET_FIELDS.flatMap((f) =>
  f.key === "unit" ? [] : [f.key],
);

const isAggregate = (name: string): boolean => findAggregate(name) !== undefined;
const TARGETS: ReadonlySet<string> = new Set(TARGET_KEYS);

/**
 * Resolves a name of an expression: aggregates (size bands `n_signed_ge_T` for any T),
 * targets, `total_…`, `time_progress`,
 * then the indicators already defined. undefined for an unknown name.
 */
export function resolveSymbol(
  name: string,
  indicators: ReadonlySet<string>,
): SymbolRef | undefined {
  if (isAggregate(name)) return { kind: "aggregate", key: name as AggregateKey };
  if (TARGETS.has(name)) return { kind: "target", key: name as TargetKey };
  if (name.startsWith("total_") && isAggregate(name.slice(6)))
    return { kind: "total", key: name.slice(6) as AggregateKey };
  if (name === TIME_PROGRESS) return { kind: "time_progress" };
  if (indicators.has(name)) return { kind: "indicator", key: name };
  return undefined;
}

/** Every name an expression may use besides indicators, with its Chinese label. */
export function baseSymbols(): { key: string; name: string }[] {
  return [
    ...AGGREGATES.map((a) => ({ key: a.key, name: a.name })),
    ...TARGET_FIELDS.flatMap((f) => (f.key === "unit" ? [] : [{ key: f.key, name: f.header }])),
    ...AGGREGATES.map((a) => ({ key: `total_${a.key}`, name: `全县${a.name}` })),
    { key: TIME_PROGRESS, name: "时序进度" },
  ];
}
