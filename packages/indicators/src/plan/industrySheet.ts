import { columnLetter as L } from "@zsyz/ledger";
import type { IndustryBreakdown, IndustryFigures } from "../aggregateIndustries.js";
import { describeAsOf } from "../describeAsOf.js";
import { ExactSum } from "../ExactSum.js";
import { NO_INDUSTRY } from "../industryLabel.js";
import { DEDUCTED, type DetailLayout } from "./detailSheet.js";
import { SheetBuilder } from "./SheetBuilder.js";
import { landscapePrint } from "./styles.js";
import { criterion } from "./summarySheet.js";
import type { SheetPlan } from "./WorkbookPlan.js";

/** Name of the industry breakdown sheet. */
export const INDUSTRY_SHEET = "分类统计";

/** Everything 分类统计 is built from. */
export interface IndustrySheetInput {
  asOf: string;
  breakdown: IndustryBreakdown;
  /** Units in the summary's order. */
  units: readonly string[];
  detail: DetailLayout;
  /** How the county calls itself ("全县"). */
  countyName: string;
}

const HEADERS = [
  "单位",
  "产业类别",
  "项目数（个）",
  "签约资金（万元）",
  "新签约项目到位资金（万元）",
];
const MEASURES = ["count", "amt_signed", "amt_arrived"] as const;

/**
 * Builds 分类统计: this year's new projects by 产业类别, county-wide (duplicates counted once)
 * then per unit; every figure a live COUNTIFS/SUMIFS over 项目明细 with the industry and unit
 * taken from the row's own cells (ledger text never becomes formula text). 未填写 is what the
 * named industries leave of the new projects, so it needs no criterion on empty cells.
 */
export function buildIndustrySheet(input: IndustrySheetInput): SheetPlan {
  const { detail } = input;
  const b = new SheetBuilder();
  b.set(0, 0, {
    value: `新签约项目分类统计（${describeAsOf(input.asOf, true)}）`,
    style: "title",
  });
  b.set(1, 0, {
    value: "当年新签约项目按产业类别统计；改动项目明细后自动重算。金额单位：万元。",
    style: "note",
  });
  HEADERS.forEach((h, c) => b.set(2, c, { value: h, style: "header" }));
  const range = (key: string): string => detail.range(key);
  const sumOf = (measure: (typeof MEASURES)[number], criteria: string[]): string =>
    measure === "count"
      ? `COUNTIFS(${criteria.join(",")})`
      : `SUMIFS(${range(measure)},${criteria.join(",")})`;
  const value = (f: IndustryFigures, m: (typeof MEASURES)[number]): number =>
    m === "count" ? f.n_signed : m === "amt_signed" ? f.amt_signed : f.amt_arrived_new;
  let row = 3;

  // One block: its industry rows, 未填写 as the rest, and (county block) a 合计 row.
  const block = (unit: string | null, figures: IndustryFigures[]): void => {
    const first = row;
    const base = [
      `${range("new")},TRUE`,
      ...(unit === null ? [`${range(DEDUCTED.key)},FALSE`] : []),
    ];
    const named = figures.filter((f) => f.industry !== NO_INDUSTRY);
    const rest = figures.find((f) => f.industry === NO_INDUSTRY);
    for (const f of [...named, ...(rest ? [rest] : [])]) {
      const r = row + 1;
      const label = unit ?? input.countyName;
      b.set(row, 0, { value: label, numFmt: "@", style: "text" });
      b.set(row, 1, { value: f.industry, numFmt: "@", style: "text" });
      const unitCrit = unit === null ? [] : [`${range("unit")},${criterion(`$A${r}`, unit)}`];
      MEASURES.forEach((m, k) => {
        const col = L(2 + k);
        const all = sumOf(m, [...unitCrit, ...base]);
        const formula =
          f === rest
            ? named.length
              ? `${all}-SUM(${col}${first + 1}:${col}${first + named.length})`
              : all
            : sumOf(m, [
                ...unitCrit,
                `${range("industry")},${criterion(`$B${r}`, f.industry)}`,
                ...base,
              ]);
        b.set(row, 2 + k, {
          value: value(f, m),
          formula,
          numFmt: m === "count" ? "0" : "#,##0.00",
          style: "number",
        });
      });
      row += 1;
    }
    if (unit === null) {
      b.set(row, 0, { value: "合计", style: "total" });
      b.set(row, 1, { value: null, style: "total" });
      MEASURES.forEach((m, k) => {
        const col = L(2 + k);
        const total = new ExactSum();
        for (const f of figures) total.add(value(f, m));
        b.set(row, 2 + k, {
          value: Number(total.value()),
          ...(row > first ? { formula: `SUM(${col}${first + 1}:${col}${row})` } : {}),
          numFmt: m === "count" ? "0" : "#,##0.00",
          style: "total",
        });
      });
      row += 1;
    }
  };

  block(null, input.breakdown.county);
  row += 1;
  b.set(row, 0, { value: "各单位新签约项目分类统计", style: "label" });
  row += 1;
  HEADERS.forEach((h, c) => b.set(row, c, { value: h, style: "header" }));
  row += 1;
  for (const unit of input.units) block(unit, input.breakdown.units.get(unit) ?? []);

  return {
    name: INDUSTRY_SHEET,
    ...b.build(),
    columns: [14, 20, 12, 16, 18].map((width, col) => ({ col, width })),
    frozen: { rows: 3, columns: 0 },
    merges: ["A1:E1", "A2:E2"],
    conditionalFormats: [],
    print: landscapePrint(3),
  };
}
