import { IndicatorError } from "../IndicatorError.js";
import { columnLetter, type IsoDate, TARGET_FIELDS } from "@zsyz/ledger";
import {
  AGGREGATES,
  type AggregateKey,
  type AggregateSpec,
  bandAggregates,
  findAggregate,
} from "../aggregates.js";
import type { AggregateValues } from "../aggregateRecords.js";
import { catalogueBands, type CompiledIndicator } from "../compileIndicator.js";
import type { PeriodComparison } from "../comparePeriods.js";
import { addPreviousBlock } from "./previousBlock.js";
import { NUM_FMT, SUFFIX } from "./summaryFormats.js";
import type { IndicatorResults, TargetValues } from "../computeIndicators.js";
import { resolveSymbol, TARGET_KEYS } from "../symbols.js";
import { DEDUCTED, type DetailLayout } from "./detailSheet.js";
import { exprToFormula, type FormulaRef } from "./exprToFormula.js";
import { toExcelSerial } from "./formulaText.js";
import { headerRowHeight } from "./headerRowHeight.js";
import { landscapePrint } from "./styles.js";
import { SheetBuilder } from "./SheetBuilder.js";
import { buildSummaryChart, buildSummaryRules } from "./summaryDecorations.js";
import type { ChartPlan, SheetPlan } from "./WorkbookPlan.js";

/** Name of the summary sheet. */
export const SUMMARY_SHEET = "指标汇总";
/** The cell of the summary sheet holding the as-of date (截至日期). */
export const AS_OF_ADDRESS = "B2";
/** The cell of the summary sheet holding time progress (时序进度), a formula over B2. */
export const TIME_PROGRESS_ADDRESS = "D2";
/** An address made absolute: "B2" → "$B$2". */
export const absolute = (address: string): string => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
const AS_OF = absolute(AS_OF_ADDRESS);
const TP = absolute(TIME_PROGRESS_ADDRESS);

/** 0-based header row of the summary table; units start on the next row. */
export const SUMMARY_HEADER_ROW = 3;

/** Everything the summary sheet is built from. */
export interface SummaryInput {
  asOf: IsoDate;
  catalogue: readonly CompiledIndicator[];
  /** The engine's results: each row's indicators and the targets they were computed with. */
  results: IndicatorResults;
  /** Whether 合计's targets are the county's own (values) or the units' sum (a SUM formula). */
  totalTargetsGiven: boolean;
  aggregates: { units: ReadonlyMap<string, AggregateValues>; total: AggregateValues };
  detail: DetailLayout;
  /**
   * The aggregates of the later copies of unresolved duplicates: when given, a
   * 减：疑似重复报送 row sits between the units and 合计, and 合计 = units − that row.
   */
  deduction?: AggregateValues;
  /** The comparison with an earlier period: a 较上期 block of previous values and live changes. */
  previous?: PeriodComparison;
}

/** Label of the row that takes duplicates out of the county total. */
export const DEDUCTION_LABEL = "减：疑似重复报送";

// The project-count target is a count like 签约项目数: shown without decimals.
const targetNumFmt = (key: string): string =>
  key === "target_n_signed" ? NUM_FMT.count! : "#,##0.00";

const targetHeader = (key: string): string => {
  const f = TARGET_FIELDS.find((t) => t.key === key);
  return `${f?.header ?? key}${key === "target_n_signed" ? "（个）" : f?.type === "money_usd" ? "（万美元）" : "（万元）"}`;
};

// A unit name as a SUMIFS criterion: as is when plain, else escaped so that "*", "?", "~"
// and a leading comparison sign match literally. Built by formula from the cell, so the
// ledger's text never becomes formula text.
export const criterion = (cell: string, unit: string): string =>
  /[*?~]/.test(unit) || /^[=<>]/.test(unit)
    ? `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`
    : cell;

const isIdentity = (c: CompiledIndicator): boolean =>
  c.kind === "expression" &&
  c.expr.type === "symbol" &&
  c.expr.name === c.def.key &&
  findAggregate(c.def.key) !== undefined;

/**
 * Where each column of 指标汇总 is (0-based): 单位, the targets, aggregates no indicator shows,
 * then the catalogue. Other sheets' formulas that read 指标汇总 use this too.
 */
export function summaryColumns(catalogue: readonly CompiledIndicator[]): {
  targetCol: Map<string, number>;
  aggCol: Map<string, number>;
  indCol: Map<string, number>;
  extraAggs: AggregateSpec[];
  lastCol: number;
} {
  const targetCol = new Map<string, number>(TARGET_KEYS.map((k, i) => [k, 1 + i]));
  const aggCol = new Map<string, number>();
  const indCol = new Map<string, number>();
  let next = 1 + TARGET_KEYS.length;
  const shown = new Set(catalogue.filter(isIdentity).map((c) => c.def.key));
  const extraAggs = [...AGGREGATES, ...catalogueBands(catalogue).flatMap(bandAggregates)].filter(
    (a) => !shown.has(a.key),
  );
  for (const a of extraAggs) aggCol.set(a.key, next++);
  for (const c of catalogue) {
    indCol.set(c.def.key, next);
    if (isIdentity(c)) aggCol.set(c.def.key, next);
    next += 1;
  }
  return { targetCol, aggCol, indCol, extraAggs, lastCol: next - 1 };
}

/** Builds 指标汇总: one row per unit plus 合计, targets as values, every indicator as a live formula. */
export function buildSummarySheet(input: SummaryInput): { sheet: SheetPlan; charts: ChartPlan[] } {
  const { catalogue, results, detail } = input;
  const units = results.units;
  const first = SUMMARY_HEADER_ROW + 1;
  const lastUnitRow = first + units.length - 1;
  const deductionRow = input.deduction && units.length > 0 ? lastUnitRow + 1 : null;
  const totalRow = deductionRow === null ? lastUnitRow + 1 : deductionRow + 1;

  const { targetCol, aggCol, indCol, extraAggs, lastCol } = summaryColumns(catalogue);
  // The indicators a formula may name, once: every symbol of every row's formulas resolves
  // against them.
  const indicatorKeys: ReadonlySet<string> = new Set(indCol.keys());
  const L = columnLetter;

  const sheet = new SheetBuilder();
  sheet.set(0, 0, { value: "招商引资项目指标汇总表", style: "title" });
  sheet.set(1, 0, { value: "截至日期", style: "label" });
  sheet.set(1, 1, { value: toExcelSerial(input.asOf), numFmt: "yyyy-mm-dd", style: "input" });
  sheet.set(1, 2, { value: "时序进度", style: "label" });
  const tpFormula = `(MONTH(${AS_OF})-1+DAY(${AS_OF})/DAY(DATE(YEAR(${AS_OF}),MONTH(${AS_OF})+1,0)))/12`;
  sheet.set(1, 3, {
    value: results.total.indicators["time_progress"] ?? null,
    formula: tpFormula,
    numFmt: "0.00%",
    style: "input",
  });
  sheet.set(1, 4, {
    value: "改动截至日期、任务数或项目明细后，各项指标自动重算；金额单位：万元。",
    style: "note",
  });

  sheet.set(SUMMARY_HEADER_ROW, 0, { value: "单位", style: "header" });
  for (const [k, c] of targetCol)
    sheet.set(SUMMARY_HEADER_ROW, c, { value: targetHeader(k), style: "header" });
  for (const a of extraAggs)
    sheet.set(SUMMARY_HEADER_ROW, aggCol.get(a.key)!, {
      value: `${a.name}（${a.unit}）`,
      style: "header",
    });
  for (const c of catalogue)
    sheet.set(SUMMARY_HEADER_ROW, indCol.get(c.def.key)!, {
      value: `${c.def.name}${SUFFIX[c.def.format]}`,
      style: "header",
    });

  // A unit's row: its projects. The deduction row: the later copies of duplicates. 合计: the
  // units less the deduction when there is one (不重不漏), else every project.
  const aggFormula = (
    key: AggregateKey,
    unitCrit: string | null,
    row: "unit" | "deduction" | "total" = "unit",
    col = 0,
  ): string => {
    if (row === "total" && deductionRow !== null) {
      const l = L(col);
      return `SUM(${l}${first + 1}:${l}${lastUnitRow + 1})-${l}${deductionRow + 1}`;
    }
    const spec = findAggregate(key)!;
    const start = detail.range("start_date");
    const criteria = [
      ...(unitCrit === null ? [] : [`${detail.range("unit")},${unitCrit}`]),
      ...spec.filter.map((f) => `${detail.range(f)},TRUE`),
      ...(spec.startedThisYear
        ? [`${start},">="&DATE(YEAR(${AS_OF}),1,1)`, `${start},"<="&${AS_OF}`]
        : []),
      ...(spec.minSigned === undefined
        ? []
        : [`${detail.range("amt_signed")},">=${spec.minSigned}"`]),
      ...(row === "deduction" ? [`${detail.range(DEDUCTED.key)},TRUE`] : []),
    ];
    // A stage is one or two statuses: one COUNTIFS each, added.
    if (spec.statuses)
      return spec.statuses
        .map((st) => `COUNTIFS(${[...criteria, `${detail.range("status")},"${st}"`].join(",")})`)
        .join("+");
    return spec.measure === "count"
      ? `COUNTIFS(${criteria.join(",")})`
      : `SUMIFS(${detail.range(spec.measure)},${criteria.join(",")})`;
  };

  const rows = [
    ...units.map((u, i) => ({
      r: first + i,
      unit: u.unit as string | null,
      values: u.indicators,
      targets: u.targets,
    })),
    {
      r: totalRow,
      unit: null,
      values: results.total.indicators,
      targets: results.total.targets,
    },
  ];
  if (deductionRow !== null && input.deduction) {
    const r = deductionRow;
    sheet.set(r, 0, { value: DEDUCTION_LABEL, numFmt: "@", style: "text" });
    for (const [key, col] of aggCol) {
      const spec = findAggregate(key)!;
      sheet.set(r, col, {
        value: Number(input.deduction[key as AggregateKey] ?? "0"),
        formula: aggFormula(key as AggregateKey, null, "deduction"),
        numFmt: spec.measure === "count" ? "0" : "#,##0.00",
        style: "number",
      });
    }
  }
  for (const { r, unit, values, targets } of rows) {
    const style = unit === null ? "total" : "number";
    const kind = unit === null ? "total" : "unit";
    const a1 = `A${r + 1}`;
    sheet.set(r, 0, {
      value: unit ?? "合计",
      numFmt: "@",
      style: unit === null ? "total" : "text",
    });
    for (const [k, c] of targetCol) {
      const v = targets[k as keyof TargetValues] ?? null;
      if (unit === null && !input.totalTargetsGiven && units.length > 0) {
        const range = `${L(c)}${first + 1}:${L(c)}${lastUnitRow + 1}`;
        sheet.set(r, c, {
          value: v,
          formula: `IF(COUNT(${range})=0,"",SUM(${range}))`,
          numFmt: targetNumFmt(k),
          style,
        });
      } else {
        sheet.set(r, c, { value: v, numFmt: targetNumFmt(k), style });
      }
    }
    const crit = unit === null ? null : criterion(`$${a1}`, unit);
    for (const a of extraAggs) {
      const aggs = unit === null ? input.aggregates.total : input.aggregates.units.get(unit);
      sheet.set(r, aggCol.get(a.key)!, {
        value: Number(aggs?.[a.key as AggregateKey] ?? "0"),
        formula: aggFormula(a.key as AggregateKey, crit, kind, aggCol.get(a.key)!),
        numFmt: a.measure === "count" ? "0" : "#,##0.00",
        style,
      });
    }
    const resolve = (name: string): FormulaRef => {
      const ref = resolveSymbol(name, indicatorKeys);
      switch (ref?.kind) {
        case "aggregate":
          return { ref: `${L(aggCol.get(ref.key)!)}${r + 1}`, nullable: false };
        case "target":
          return { ref: `${L(targetCol.get(ref.key)!)}${r + 1}`, nullable: true };
        case "total":
          return { ref: `${L(aggCol.get(ref.key)!)}$${totalRow + 1}`, nullable: false };
        case "time_progress":
          return { ref: TP, nullable: false };
        case "indicator":
          return { ref: `${L(indCol.get(ref.key)!)}${r + 1}`, nullable: !aggCol.has(ref.key) };
        case undefined:
          throw new IndicatorError(`unresolved symbol ${name}`);
      }
    };
    for (const c of catalogue) {
      const col = indCol.get(c.def.key)!;
      const value = values[c.def.key] ?? null;
      const numFmt = NUM_FMT[c.def.format];
      const fmt = numFmt === undefined ? {} : { numFmt };
      if (isIdentity(c)) {
        sheet.set(r, col, {
          value,
          formula: aggFormula(c.def.key as AggregateKey, crit, kind, col),
          ...fmt,
          style,
        });
      } else if (c.kind === "expression") {
        sheet.set(r, col, { value, formula: exprToFormula(c.expr, resolve), ...fmt, style });
      } else if (unit !== null) {
        const by = L(indCol.get(c.rankBy)!);
        const formula = `IF(ISNUMBER(${by}${r + 1}),RANK.EQ(${by}${r + 1},${by}$${first + 1}:${by}$${lastUnitRow + 1},0),"")`;
        sheet.set(r, col, { value, formula, ...fmt, style });
      } else {
        sheet.set(r, col, { value: null, style });
      }
    }
  }

  const blockEnd = input.previous
    ? addPreviousBlock(sheet, input.previous, {
        headerRow: SUMMARY_HEADER_ROW,
        catalogue,
        indCol,
        start: lastCol + 1,
        rows,
      })
    : lastCol;
  const built = sheet.build();
  const widths = Array.from({ length: blockEnd + 1 }, (_, c) => (c === 0 ? 14 : 12));
  const headerTexts = built.cells
    .filter((c) => c.row === SUMMARY_HEADER_ROW)
    .reduce<string[]>((texts, c) => {
      texts[c.col] = String(c.value ?? "");
      return texts;
    }, []);
  const rowHeights = headerRowHeight(SUMMARY_HEADER_ROW, headerTexts, widths);
  const geometry = {
    column: (key: string) => indCol.get(key),
    first,
    lastUnit: lastUnitRow,
    totalRow,
    timeProgress: TP,
    meetsKeys: catalogue.map((c) => c.def.key).filter((k) => k.startsWith("meets_")),
  };
  const rules = buildSummaryRules(geometry);
  const charts = buildSummaryChart(geometry);

  return {
    sheet: {
      name: SUMMARY_SHEET,
      ...built,
      columns: widths.map((width, col) => ({ col, width })),
      frozen: { rows: SUMMARY_HEADER_ROW + 1, columns: 1 },
      merges: [
        `A1:${L(lastCol)}1`,
        ...(blockEnd > lastCol ? [`${L(lastCol + 1)}3:${L(blockEnd)}3`] : []),
      ],
      conditionalFormats: rules,
      print: landscapePrint(SUMMARY_HEADER_ROW + 1),
      ...(rowHeights.length ? { rows: rowHeights } : {}),
    },
    charts,
  };
}
