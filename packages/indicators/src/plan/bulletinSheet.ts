import { columnLetter as L } from "@zsyz/ledger";
import type { CompiledIndicator } from "../compileIndicator.js";
import type { IndicatorResults, IndicatorValues } from "../computeIndicators.js";
import { describeAsOf } from "../describeAsOf.js";
import { formatPercent, formatYi } from "../format.js";
import { type ScoreSheetLayout, scoreSheetRef } from "./scoreSheet.js";
import { SheetBuilder } from "./SheetBuilder.js";
import { landscapePrint } from "./styles.js";
import { SUMMARY_HEADER_ROW, SUMMARY_SHEET, summaryColumns } from "./summarySheet.js";
import type { PlanCell, SheetPlan } from "./WorkbookPlan.js";

/** Name of the print-ready assessment table. */
export const BULLETIN_SHEET = "通报表";

const HEADER_ROW = 2;

/** Everything the 通报表 is built from. */
export interface BulletinSheetInput {
  results: IndicatorResults;
  catalogue: readonly CompiledIndicator[];
  /** Whether the 指标汇总 has a 减：疑似重复报送 row before 合计, and what it took out. */
  dedup: { n_signed: number; amt_signed: number } | null;
  /** Where 考评得分 holds the score and its rank (`scoreSheetLayout` of the scheme), when it exists. */
  score?: Pick<ScoreSheetLayout, "scoreCol" | "rankCol">;
  /** The measure assessed first ("arrived" puts 到位 before 签约). */
  lead?: "signed" | "arrived";
  /** Further footnotes, after 时序进度 and duplicates ("甲镇连续两次排名末位。"). */
  notes?: readonly string[];
}

interface Column {
  header: string;
  key: string;
  /** How the 指标汇总 value is shown: 亿元 (÷10000), a percentage, points or a rank. */
  kind: "yi" | "percent" | "pp" | "rank" | "score";
}

/**
 * Builds 通报表: the dozen assessed figures of each unit, units by rank, sized to print on
 * one A4 landscape page at a readable size; every figure a live reference to 指标汇总
 * (or 考评得分), a title with the as-of date and a footnote with 时序进度 and duplicates.
 * Columns without any figure (no dispatch target, no score) are left out.
 */
export function buildBulletinSheet(input: BulletinSheetInput): SheetPlan {
  const { results, catalogue } = input;
  const cols = summaryColumns(catalogue).indCol;
  const units = results.units;
  const has = (key: string): boolean => units.some((u) => typeof u.indicators[key] === "number");
  const signed: Column[] = [
    { header: "签约资金任务（亿元）", key: "target_amt_signed", kind: "yi" },
    { header: "签约资金（亿元）", key: "amt_signed", kind: "yi" },
    { header: "签约完成率", key: "rate_signed", kind: "percent" },
    { header: "签约调度完成率", key: "rate_dispatch_signed", kind: "percent" },
    { header: "超/欠时序进度（个百分点）", key: "prog_gap_pp_signed", kind: "pp" },
  ];
  const arrived: Column[] = [
    { header: "到位资金（亿元）", key: "amt_arrived", kind: "yi" },
    { header: "到位完成率", key: "rate_arrived", kind: "percent" },
    { header: "到位调度完成率", key: "rate_dispatch_arrived", kind: "percent" },
    { header: "资金到位率", key: "arrival_rate_new", kind: "percent" },
  ];
  const ordered = input.lead === "arrived" ? [...arrived, ...signed] : [...signed, ...arrived];
  const columns = ordered.filter(
    (c) => c.key === "target_amt_signed" || c.key.startsWith("amt_") || has(c.key),
  );
  const rankKey = input.lead === "arrived" ? "rank_arrived" : "rank_signed";
  const byRank = units
    .map((u, i) => ({ u, i, rank: input.score ? null : num(u.indicators[rankKey]) }))
    .map((x) => ({ ...x, rank: input.score ? num(x.u.indicators["rank_score"]) : x.rank }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.i - b.i);

  const b = new SheetBuilder();
  const all = [
    { header: "排名" },
    { header: "单位" },
    ...columns,
    ...(input.score ? [{ header: "考评得分" }] : []),
  ];
  const lastCol = all.length - 1;
  b.set(0, 0, {
    value: `招商引资目标任务完成情况通报表（${describeAsOf(results.asOf, true)}）`,
    style: "title",
  });
  b.set(1, lastCol, { value: "金额单位：亿元", style: "note" });
  all.forEach((c, k) => b.set(HEADER_ROW, k, { value: c.header, style: "header" }));
  const summaryRow = (i: number): number => SUMMARY_HEADER_ROW + 2 + i;
  const totalRow = SUMMARY_HEADER_ROW + 2 + units.length + (input.dedup ? 1 : 0);
  const ref = (key: string, row: number): string | null => {
    const col = key.startsWith("target_") ? targetCol(key) : cols.get(key);
    return col === undefined ? null : `'${SUMMARY_SHEET}'!${L(col)}${row}`;
  };
  const put = (
    r: number,
    k: number,
    c: Column,
    values: IndicatorValues,
    row: number,
    total: boolean,
  ): void => {
    const at = ref(c.key, row);
    const raw = c.key.startsWith("target_") ? null : values[c.key];
    const style = total ? "total" : "number";
    if (at === null) return b.set(r, k, { value: null, style });
    const v = typeof raw === "number" ? raw : null;
    const cell = shown(c, at, v);
    b.set(r, k, { ...cell, style });
  };
  byRank.forEach(({ u, i }, n) => {
    const r = HEADER_ROW + 1 + n;
    const rankRef = input.score
      ? scoreSheetRef(input.score.rankCol, i)
      : ref(rankKey, summaryRow(i));
    const rankValue = num(u.indicators[input.score ? "rank_score" : rankKey]);
    b.set(
      r,
      0,
      rankRef === null
        ? { value: rankValue, numFmt: "0", style: "number" }
        : {
            value: rankValue,
            formula: `IF(ISNUMBER(${rankRef}),${rankRef},"")`,
            numFmt: "0",
            style: "number",
          },
    );
    b.set(r, 1, { value: u.unit, numFmt: "@", style: "text" });
    columns.forEach((c, k) => {
      if (c.key === "target_amt_signed") {
        const at = ref(c.key, summaryRow(i))!;
        const t = u.targets.target_amt_signed;
        b.set(r, 2 + k, {
          value: t === undefined ? null : t / 10000,
          formula: `IF(ISNUMBER(${at}),${at}/10000,"")`,
          numFmt: "0.00",
          style: "number",
        });
      } else put(r, 2 + k, c, u.indicators, summaryRow(i), false);
    });
    if (input.score) {
      const s = scoreSheetRef(input.score.scoreCol, i);
      b.set(r, lastCol, {
        value: num(u.indicators["score"]),
        formula: s,
        numFmt: "0.00",
        style: "number",
      });
    }
  });
  const tr = HEADER_ROW + 1 + units.length;
  b.set(tr, 0, { value: "", style: "total" });
  b.set(tr, 1, { value: "合计", numFmt: "@", style: "total" });
  columns.forEach((c, k) => {
    if (c.key === "target_amt_signed") {
      const at = ref(c.key, totalRow)!;
      const t = results.total.targets.target_amt_signed;
      b.set(tr, 2 + k, {
        value: t === undefined ? null : t / 10000,
        formula: `IF(ISNUMBER(${at}),${at}/10000,"")`,
        numFmt: "0.00",
        style: "total",
      });
    } else put(tr, 2 + k, c, results.total.indicators, totalRow, true);
  });
  if (input.score) b.set(tr, lastCol, { value: null, style: "total" });
  const tp = num(results.total.indicators["time_progress"]);
  const notes = [
    `注：时序进度为${tp === null ? "" : formatPercent(tp)}（截至日期所在月份的进度）；完成率低于时序进度为欠进度。`,
    ...(input.dedup && input.dedup.n_signed > 0
      ? [
          `全县合计已剔除疑似重复报送项目${input.dedup.n_signed}个、签约资金${formatYi(input.dedup.amt_signed)}。`,
        ]
      : []),
    ...(input.notes ?? []),
  ];
  notes.forEach((text, n) => b.set(tr + 1 + n, 0, { value: text, style: "note" }));
  const widths = all.map((_, k) => (k === 0 ? 6 : k === 1 ? 14 : 11));
  return {
    name: BULLETIN_SHEET,
    ...b.build(),
    columns: widths.map((width, col) => ({ col, width })),
    frozen: { rows: HEADER_ROW + 1, columns: 2 },
    merges: [
      `A1:${L(lastCol)}1`,
      ...notes.map((_, n) => `A${tr + 2 + n}:${L(lastCol)}${tr + 2 + n}`),
    ],
    conditionalFormats: [],
    print: landscapePrint(HEADER_ROW + 1),
    rows: [{ row: HEADER_ROW, height: 36 }],
  };

  function targetCol(key: string): number | undefined {
    return summaryColumns(catalogue).targetCol.get(key);
  }
}

const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

// A figure as shown: 亿元 divided from 万元, rates and points as they are; "" stays "".
function shown(
  c: Column,
  at: string,
  v: number | null,
): Pick<PlanCell, "value" | "formula" | "numFmt"> {
  switch (c.kind) {
    case "yi":
      return {
        value: v === null ? null : v / 10000,
        formula: `IF(ISNUMBER(${at}),${at}/10000,"")`,
        numFmt: "0.00",
      };
    case "percent":
      return { value: v, formula: `IF(ISNUMBER(${at}),${at},"")`, numFmt: "0.00%" };
    case "pp":
      return { value: v, formula: `IF(ISNUMBER(${at}),${at},"")`, numFmt: "0.00" };
    default:
      return { value: v, formula: `IF(ISNUMBER(${at}),${at},"")`, numFmt: "0" };
  }
}
