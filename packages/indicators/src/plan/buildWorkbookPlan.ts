import type { IsoDate, LedgerRecord, TargetRow } from "@zsyz/ledger";
import { type Aggregation, aggregateRecords } from "../aggregateRecords.js";
import { type CompiledIndicator, DEFAULT_CATALOGUE } from "../compileIndicator.js";
import {
  computeIndicators,
  type IndicatorResults,
  mergeTargets,
  sumTargets,
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

/** Options of the workbook plan. */
export interface WorkbookPlanOptions {
  /** Indicators to lay out (built-in catalogue plus custom ones); default the built-in one. */
  catalogue?: readonly CompiledIndicator[];
  /** The county's own targets (the target table's totals row); default the units' sum. */
  totalTargets?: TargetValues;
  /** Generate 项目明细's cells while writing (SheetPlan.lazyCells) instead of up front. */
  lazyDetail?: boolean;
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
  const aggregation = input.computed?.aggregation ?? aggregateRecords(input.records, input.asOf);
  const results =
    input.computed?.results ??
    computeIndicators({
      records: input.records,
      targets: input.targets,
      asOf: input.asOf,
      catalogue,
      aggregation,
      ...(given ? { totalTargets: given } : {}),
    });
  const unitTargets = mergeTargets(input.targets);
  const asOfRef = `'${SUMMARY_SHEET}'!${absolute(AS_OF_ADDRESS)}`;
  const detail = buildDetailSheet(input.records, input.asOf, asOfRef, {
    lazy: input.options?.lazyDetail === true,
  });
  const { sheet: summary, charts } = buildSummarySheet({
    asOf: input.asOf,
    catalogue,
    results,
    unitTargets,
    totalTargets: given ?? sumTargets([...unitTargets.values()]),
    totalTargetsGiven: given !== undefined,
    aggregates: aggregation,
    detail: detailLayout(input.records.length),
  });
  return {
    sheets: [summary, detail],
    styles: PLAN_STYLES,
    asOfCell: { sheet: SUMMARY_SHEET, address: AS_OF_ADDRESS },
    timeProgressCell: { sheet: SUMMARY_SHEET, address: TIME_PROGRESS_ADDRESS },
    charts,
  };
}
