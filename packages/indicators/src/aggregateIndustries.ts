import {
  type CountingPolicy,
  type IsoDate,
  type LedgerRecord,
  makeClassifier,
  PROJECT_FLAG,
} from "@zsyz/ledger";
import { ExactSum } from "./ExactSum.js";
import { industryLabel, NO_INDUSTRY } from "./industryLabel.js";

/** New projects of one industry: count, 签约资金 and their 到位资金 (万元). */
export interface IndustryFigures {
  /** The industry as written (width and spaces normalised), or 未填写. */
  industry: string;
  n_signed: number;
  amt_signed: number;
  amt_arrived_new: number;
}

/** New projects by industry for the county and for each unit. */
export interface IndustryBreakdown {
  /** County-wide, later copies of unresolved duplicates left out (as the county total). */
  county: IndustryFigures[];
  /** Per unit, as each reported them, in the units' order of first appearance. */
  units: Map<string, IndustryFigures[]>;
}

interface Tally {
  label: string;
  n: number;
  signed: ExactSum;
  arrived: ExactSum;
}

/**
 * Counts this year's new projects by 产业类别: industries differing only in letter case are one
 * (SUMIFS does not tell them apart), named as first seen; sorted by 签约资金, largest first,
 * 未填写 last.
 * @example aggregateIndustries(records, "2024-09-30").county[0] → { industry: "工业", n_signed: 12, … }
 */
export function aggregateIndustries(
  records: readonly LedgerRecord[],
  asOf: IsoDate,
  options: { policy?: CountingPolicy; deducted?: ReadonlySet<string> } = {},
): IndustryBreakdown {
  const classify = makeClassifier(asOf, options.policy);
  const county = new Map<string, Tally>();
  const byUnit = new Map<string, Map<string, Tally>>();
  const add = (tallies: Map<string, Tally>, label: string, r: LedgerRecord): void => {
    const key = label.toLowerCase();
    let t = tallies.get(key);
    if (!t)
      tallies.set(key, (t = { label, n: 0, signed: new ExactSum(), arrived: new ExactSum() }));
    t.n += 1;
    if (r.fields.amt_signed !== undefined) t.signed.add(r.fields.amt_signed);
    if (r.fields.amt_arrived !== undefined) t.arrived.add(r.fields.amt_arrived);
  };
  for (const r of records) {
    if ((classify(r.fields) & PROJECT_FLAG.new) === 0) continue;
    const written = industryLabel(r.fields.industry);
    const label = written === NO_INDUSTRY ? "" : written;
    let unit = byUnit.get(r.unit);
    if (!unit) byUnit.set(r.unit, (unit = new Map()));
    add(unit, label, r);
    if (!options.deducted?.size || !options.deducted.has(r.id)) add(county, label, r);
  }
  return {
    county: figuresOf(county),
    units: new Map([...byUnit].map(([u, t]) => [u, figuresOf(t)])),
  };
}

function figuresOf(tallies: Map<string, Tally>): IndustryFigures[] {
  return [...tallies.values()]
    .map((t) => ({
      industry: t.label === "" ? NO_INDUSTRY : t.label,
      n_signed: t.n,
      amt_signed: Number(t.signed.value()),
      amt_arrived_new: Number(t.arrived.value()),
      empty: t.label === "",
    }))
    .sort((a, b) => Number(a.empty) - Number(b.empty) || b.amt_signed - a.amt_signed)
    .map(({ empty: _empty, ...f }) => f);
}
