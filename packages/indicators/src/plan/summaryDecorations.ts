import { columnLetter as L } from "@zsyz/ledger";
import { RULE_COLOURS } from "./styles.js";
import type { ChartPlan, ConditionalFormatPlan } from "./WorkbookPlan.js";

/** Where the summary's indicator columns and rows are (0-based): what rules and the chart need. */
export interface SummaryGeometry {
  column: (key: string) => number | undefined;
  /** First unit row. */
  first: number;
  /** Last unit row (the 减：疑似重复报送 row may sit between it and 合计). */
  lastUnit?: number;
  /** The 合计 row, right below the last unit. */
  totalRow: number;
  /** Absolute reference of the time-progress cell ("$D$2"). */
  timeProgress: string;
  /** Keys of the requirements' yes/no columns (meets_K). */
  meetsKeys?: readonly string[];
}

/**
 * Conditional formats of 指标汇总: completion below time progress red, at or above it green,
 * behind-progress gaps red, 零签约 amber. Each rule is written for the range's top-left cell.
 */
export function buildSummaryRules(g: SummaryGeometry): ConditionalFormatPlan[] {
  const rules: ConditionalFormatPlan[] = [];
  const add = (
    key: string,
    test: (cell: string) => string,
    colours: { fill: string; fontColor: string },
  ): void => {
    const col = g.column(key);
    if (col === undefined) return;
    const range = `${L(col)}${g.first + 1}:${L(col)}${g.totalRow + 1}`;
    rules.push({
      range,
      formula: test(`${L(col)}${g.first + 1}`),
      ...colours,
      priority: rules.length + 1,
    });
  };
  for (const key of ["rate_signed", "rate_arrived"]) {
    add(key, (c) => `AND(ISNUMBER(${c}),${c}<${g.timeProgress})`, RULE_COLOURS.bad);
    add(key, (c) => `AND(ISNUMBER(${c}),${c}>=${g.timeProgress})`, RULE_COLOURS.good);
  }
  for (const key of ["prog_gap_pp_signed", "prog_gap_pp_arrived"])
    add(key, (c) => `AND(ISNUMBER(${c}),${c}<0)`, RULE_COLOURS.bad);
  add("zero_signed", (c) => `${c}=TRUE`, RULE_COLOURS.warn);
  add("zero_arrived", (c) => `${c}=TRUE`, RULE_COLOURS.warn);
  // Requirements (达标线): met green, missed red, on each meets_K column.
  for (const key of g.meetsKeys ?? []) {
    add(key, (c) => `${c}=TRUE`, RULE_COLOURS.good);
    add(key, (c) => `${c}=FALSE`, RULE_COLOURS.bad);
  }
  return rules;
}

/** The clustered column chart of 签约资金完成率 vs 时序进度 by unit, below the table; none without units. */
export function buildSummaryChart(g: SummaryGeometry, sheet = "指标汇总"): ChartPlan[] {
  const rate = g.column("rate_signed");
  const progress = g.column("time_progress");
  const lastUnit = g.lastUnit ?? g.totalRow - 1;
  if (lastUnit < g.first || rate === undefined || progress === undefined) return [];
  const abs = (col: number): string =>
    `'${sheet}'!$${L(col)}$${g.first + 1}:$${L(col)}$${lastUnit + 1}`;
  return [
    {
      sheet,
      type: "clusteredColumn",
      title: "各单位签约资金完成率与时序进度",
      categories: abs(0),
      series: [
        { name: "签约资金完成率", values: abs(rate) },
        { name: "时序进度", values: abs(progress) },
      ],
      anchor: { from: `A${g.totalRow + 4}`, to: `L${g.totalRow + 24}` },
      valueAxisNumFmt: "0%",
    },
  ];
}
