import { columnLetter } from "@zsyz/ledger";
import type { IndicatorFormat } from "../catalogue.js";
import type { PeriodComparison } from "../comparePeriods.js";
import type { CompiledIndicator } from "../compileIndicator.js";
import type { SheetBuilder } from "./SheetBuilder.js";
import { NUM_FMT, SUFFIX } from "./summaryFormats.js";

/** Indicators of the 较上期 block of 指标汇总, when the catalogue has them. */
export const COMPARED_KEYS = [
  "n_signed",
  "amt_signed",
  "amt_arrived",
  "rate_signed",
  "rate_arrived",
  "rank_signed",
] as const;

const CHANGE_SUFFIX: Partial<Record<IndicatorFormat, string>> = {
  count: "（个）",
  money: "（万元）",
  percent: "（个百分点）",
  rank: "（位，正数为上升）",
};

/**
 * The 较上期 block after the indicators: per compared indicator the previous period's value
 * (data: it comes from the earlier summary) and the change, a live formula over the row.
 * Returns the block's last column.
 */
export function addPreviousBlock(
  sheet: SheetBuilder,
  previous: PeriodComparison,
  at: {
    /** 0-based header row of 指标汇总; the block's label goes on the row above. */
    headerRow: number;
    catalogue: readonly CompiledIndicator[];
    indCol: ReadonlyMap<string, number>;
    start: number;
    rows: ReadonlyArray<{ r: number; unit: string | null }>;
  },
): number {
  const L = columnLetter;
  const keys = COMPARED_KEYS.flatMap((k) => {
    const def = at.catalogue.find((c) => c.def.key === k)?.def;
    return def && at.indCol.has(k) ? [def] : [];
  });
  if (keys.length === 0) return at.start - 1;
  sheet.set(at.headerRow - 1, at.start, {
    value: `较上期（上期截至${previous.asOf}）`,
    style: "label",
  });
  keys.forEach((def, n) => {
    const prevCol = at.start + 2 * n;
    const changeCol = prevCol + 1;
    sheet.set(at.headerRow, prevCol, {
      value: `上期${def.name}${SUFFIX[def.format]}`,
      style: "header",
    });
    sheet.set(at.headerRow, changeCol, {
      value: `${def.name}较上期${CHANGE_SUFFIX[def.format] ?? ""}`,
      style: "header",
    });
    const numFmt = NUM_FMT[def.format];
    const changeFmt = def.format === "percent" ? NUM_FMT.pp : numFmt;
    for (const { r, unit } of at.rows) {
      const style = unit === null ? "total" : "number";
      const then = unit === null ? previous.total : previous.units.get(unit);
      const before = then?.indicators[def.key];
      const change = then?.change[def.key];
      sheet.set(r, prevCol, {
        value: typeof before === "number" ? before : null,
        ...(numFmt === undefined ? {} : { numFmt }),
        style,
      });
      const cur = `${L(at.indCol.get(def.key)!)}${r + 1}`;
      const prev = `${L(prevCol)}${r + 1}`;
      const diff =
        def.format === "rank"
          ? `${prev}-${cur}`
          : def.format === "percent"
            ? `(${cur}-${prev})*100`
            : `${cur}-${prev}`;
      sheet.set(r, changeCol, {
        value: typeof change === "number" ? change : null,
        formula: `IF(OR(${prev}="",${cur}=""),"",${diff})`,
        ...(changeFmt === undefined ? {} : { numFmt: changeFmt }),
        style,
      });
    }
  });
  return at.start + 2 * keys.length - 1;
}
