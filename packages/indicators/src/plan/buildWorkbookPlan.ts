import type { CountingPolicy, IsoDate, LedgerRecord, TargetRow } from "@zsyz/ledger";
import { type Aggregation, aggregateRecords } from "../aggregateRecords.js";
import { catalogueBands, type CompiledIndicator, DEFAULT_CATALOGUE } from "../compileIndicator.js";
import {
  computeIndicators,
  type IndicatorResults,
  subtractAggregates,
  type TargetValues,
} from "../computeIndicators.js";
import { buildDetailSheet, detailLayout } from "./detailSheet.js";
import { PLAN_STYLES } from "./styles.js";
import {
  absolute,
  AS_OF_ADDRESS,
  buildSummarySheet,
  SUMMARY_SHEET,
  TIME_PROGRESS_ADDRESS,
} from "./summarySheet.js";
import type { WorkbookPlan } from "./WorkbookPlan.js";
import type { PeriodComparison } from "../comparePeriods.js";

/** Options of the workbook plan. */
export interface WorkbookPlanOptions {
  /** Indicators to lay out (built-in catalogue plus custom ones); default the built-in one. */
  catalogue?: readonly CompiledIndicator[];
  /** The county's own targets (the target table's totals row); default the units' sum. */
  totalTargets?: TargetValues;
  /** Generate 项目明细's cells while writing (SheetPlan.lazyCells) instead of up front. */
  lazyDetail?: boolean;
  /**
   * Ids of the later copies of unresolved duplicates: flagged in 项目明细 and taken out of
   * 合计 through a 减：疑似重复报送 row. Pass the same set to computeIndicators (`deduction`).
   */
  deducted?: ReadonlySet<string>;
  /** The county's counting policy (default DEFAULT_COUNTING_POLICY of @zsyz/ledger). */
  policy?: CountingPolicy;
  /** The comparison with an earlier period: adds the 较上期 block to 指标汇总. */
  previous?: PeriodComparison;
}

/** What the workbook is built from: the same inputs as computeIndicators. */
export interface WorkbookPlanInput {
  records: readonly LedgerRecord[];
  targets: readonly TargetRow[];
  asOf: IsoDate;
  options?: WorkbookPlanOptions;
  /**
   * What the caller already computed from the same inputs and options, so a run computes each
   * indicator once (the county pipeline passes both); computed here when absent.
   */
  computed?: { aggregation: Aggregation; results: IndicatorResults };
}

/**
 * Describes the whole output workbook as data: 指标汇总 (as-of date in B2, live formulas)
 * then 项目明细 (one row per project). Pure: same input, same plan.
 * @example buildWorkbookPlan({ records, targets, asOf: "2024-09-30" }).sheets.map((s) => s.name) → ["指标汇总", "项目明细"]
 */
export function buildWorkbookPlan(input: WorkbookPlanInput): WorkbookPlan {
  const catalogue = input.options?.catalogue ?? DEFAULT_CATALOGUE;
  const given = input.options?.totalTargets;
  const deducted = input.options?.deducted ?? new Set<string>();
  const policy = input.options?.policy;
  const bands = catalogueBands(catalogue);
  const aggregation =
    input.computed?.aggregation ?? aggregateRecords(input.records, input.asOf, policy, bands);
  const deduction =
    deducted.size > 0
      ? aggregateRecords(
          input.records.filter((r) => deducted.has(r.id)),
          input.asOf,
          policy,
          bands,
        ).total
      : undefined;
  const results =
    input.computed?.results ??
    computeIndicators({
      records: input.records,
      targets: input.targets,
      asOf: input.asOf,
      catalogue,
      aggregation,
      ...(given ? { totalTargets: given } : {}),
      ...(deduction ? { deduction } : {}),
    });
  const asOfRef = `'${SUMMARY_SHEET}'!${absolute(AS_OF_ADDRESS)}`;
  const detail = buildDetailSheet(input.records, input.asOf, asOfRef, {
    lazy: input.options?.lazyDetail === true,
    deducted,
    ...(policy ? { policy } : {}),
  });
  const { sheet: summary, charts } = buildSummarySheet({
    asOf: input.asOf,
    catalogue,
    results,
    totalTargetsGiven: given !== undefined,
    aggregates: deduction
      ? { units: aggregation.units, total: subtractAggregates(aggregation.total, deduction) }
      : aggregation,
    detail: detailLayout(input.records.length),
    ...(deduction ? { deduction } : {}),
    ...(input.options?.previous ? { previous: input.options.previous } : {}),
  });
  return {
    sheets: [summary, detail],
    styles: PLAN_STYLES,
    asOfCell: { sheet: SUMMARY_SHEET, address: AS_OF_ADDRESS },
    timeProgressCell: { sheet: SUMMARY_SHEET, address: TIME_PROGRESS_ADDRESS },
    charts,
  };
}
