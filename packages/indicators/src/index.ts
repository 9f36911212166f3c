// Public entry of @zsyz/indicators: the indicator engine, its catalogue, custom
// indicators, scoring, display formatting, report wording and the workbook plan.
export { computeIndicators, listUnits, mergeTargets, sumTargets } from "./computeIndicators.js";
export type {
  ComputeInput,
  IndicatorResults,
  IndicatorValue,
  IndicatorValues,
  TargetValues,
} from "./computeIndicators.js";
export { AGGREGATES } from "./aggregates.js";
export { aggregateRecords } from "./aggregateRecords.js";
export type { Aggregation } from "./aggregateRecords.js";
export type { AggregateKey, AggregateSpec, Measure } from "./aggregates.js";
export { INDICATORS } from "./catalogue.js";
export type { IndicatorDef, IndicatorFormat } from "./catalogue.js";
export {
  checkExpression,
  compileCatalogue,
  compileIndicator,
  DEFAULT_CATALOGUE,
} from "./compileIndicator.js";
export type { CheckResult, CompiledIndicator, CustomIndicatorInput } from "./compileIndicator.js";
export { EXPRESSION_ERROR_CODES, EXPRESSION_MESSAGES } from "./expressionErrors.js";
export type { ExpressionError, ExpressionErrorCode } from "./expressionErrors.js";
export type { Expr } from "./expr.js";
export { baseSymbols, TIME_PROGRESS } from "./symbols.js";
export { timeProgress, daysInMonth } from "./timeProgress.js";
export { rankCompetition } from "./rankCompetition.js";
export { DEFAULT_SCORING_SCHEME } from "./scoringScheme.js";
export type { ScoringDeduction, ScoringItem, ScoringScheme, ScoringTier } from "./scoringScheme.js";
export { scoreUnits } from "./scoreUnits.js";
export type { IssueCounts, ItemScore, UnitScore } from "./scoreUnits.js";
export {
  DEFAULT_FORMAT,
  describeProgressGap,
  formatIndicator,
  formatPercent,
  formatPp,
  formatUsd,
  formatWan,
  formatYi,
  roundForDisplay,
} from "./format.js";
export type { FormatOptions } from "./format.js";
export { describeAsOf, periodName } from "./describeAsOf.js";
export { writeCountyParagraph, writeUnitParagraph } from "./writeReportParagraph.js";
export type { ParagraphOptions } from "./writeReportParagraph.js";
export { IndicatorError } from "./IndicatorError.js";
export { buildWorkbookPlan } from "./plan/buildWorkbookPlan.js";
export type { WorkbookPlanInput, WorkbookPlanOptions } from "./plan/buildWorkbookPlan.js";
export type {
  CellStyle,
  ChartPlan,
  ColumnPlan,
  ConditionalFormatPlan,
  PlanCell,
  PlanValue,
  PrintPlan,
  RowPlan,
  SharedFormulaPlan,
  SheetPlan,
  StyleName,
  WorkbookPlan,
} from "./plan/WorkbookPlan.js";
export { DETAIL_SHEET, DETAIL_DERIVED } from "./plan/detailSheet.js";
export { AS_OF_ADDRESS, SUMMARY_SHEET, TIME_PROGRESS_ADDRESS } from "./plan/summarySheet.js";
export {
  needsTextGuard,
  toExcelSerial,
  toFileFormula,
  toOfficeFormula,
} from "./plan/formulaText.js";
export { buildIssueSheet, ISSUE_SHEET } from "./plan/issueSheet.js";
export type { IssueRow } from "./plan/issueSheet.js";
export { buildReportSheet, REPORT_SHEET } from "./plan/reportSheet.js";
export type { ReportParagraph } from "./plan/reportSheet.js";
export {
  aggregateForName,
  describeCompletionFill,
  FILL_ERROR_CODES,
  planCompletionFill,
} from "./fill/planCompletionFill.js";
export type {
  CompletionFillOptions,
  CompletionFillPlan,
  FillCell,
  FillError,
  FillErrorCode,
  FillGroup,
} from "./fill/planCompletionFill.js";
export { findTrackingColumns, parseTrackingHeader } from "./fill/findTrackingColumns.js";
export type { TrackingGroup, TrackingLayout, TrackingRole } from "./fill/findTrackingColumns.js";
export { DEFAULT_SETTINGS, SETTINGS_VERSION } from "./settings/Settings.js";
export type { CustomIndicatorSetting, Settings } from "./settings/Settings.js";
export {
  parseSettings,
  serializeSettings,
  SETTINGS_ERROR_CODES,
} from "./settings/parseSettings.js";
export type { SettingsError, SettingsErrorCode } from "./settings/parseSettings.js";
export {
  checkCustomIndicators,
  formatForDisplay,
  settingsCatalogue,
  settingsParagraphOptions,
  settingsPlanOptions,
} from "./settings/applySettings.js";
