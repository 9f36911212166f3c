// Public entry of @zsyz/indicators: the indicator engine, custom indicators, scoring,
// display formatting, report wording and the workbook plan. What only this package uses
// stays inside it; the county pipeline (@zsyz/county) composes the rest.
export { computeIndicators } from "./computeIndicators.js";
export type {
  ComputeInput,
  IndicatorResults,
  IndicatorValue,
  IndicatorValues,
  TargetValues,
} from "./computeIndicators.js";
export { aggregateRecords } from "./aggregateRecords.js";
export { bandLabel, DEFAULT_SIZE_BANDS } from "./aggregates.js";
export { catalogueBands, withBands } from "./compileIndicator.js";
export { changeValue, comparePeriods } from "./comparePeriods.js";
export type { PeriodChange, PeriodComparison, PreviousPeriod } from "./comparePeriods.js";
export { writeChangeClause } from "./writeChangeClause.js";
export { aggregateIndustries } from "./aggregateIndustries.js";
export type { IndustryBreakdown, IndustryFigures } from "./aggregateIndustries.js";
export { industryLabel, NO_INDUSTRY } from "./industryLabel.js";
export { buildIndustrySheet, INDUSTRY_SHEET } from "./plan/industrySheet.js";
export type { IndustrySheetInput } from "./plan/industrySheet.js";
export { buildNewProjectsSheet, NEW_PROJECTS_SHEET } from "./plan/newProjectsSheet.js";
export type { NewProjectsInput } from "./plan/newProjectsSheet.js";
export type { AggregateValues, Aggregation } from "./aggregateRecords.js";
export type { IndicatorDef, IndicatorFormat } from "./catalogue.js";
export type { CheckResult, CompiledIndicator, CustomIndicatorInput } from "./compileIndicator.js";
export { indicatorNames } from "./indicatorNames.js";
export type { IndicatorNames } from "./indicatorNames.js";
export { EXPRESSION_MESSAGES } from "./expressionErrors.js";
export type { ExpressionError, ExpressionErrorCode } from "./expressionErrors.js";
export type { Expr } from "./expr.js";
export { daysInMonth } from "./timeProgress.js";
// Scoring is configurable in the settings today and computed by the assessment work to come.
export { DEFAULT_SCORING_SCHEME } from "./scoringScheme.js";
export type { ScoringDeduction, ScoringItem, ScoringScheme, ScoringTier } from "./scoringScheme.js";
export { scoreUnits } from "./scoreUnits.js";
export type { IssueCounts, ItemScore, UnitScore } from "./scoreUnits.js";
export { formatPercent, formatYi } from "./format.js";
export type { FormatOptions } from "./format.js";
export { describeAsOf } from "./describeAsOf.js";
export { writeCountyParagraph, writeUnitParagraph } from "./writeReportParagraph.js";
export { writeBulletinParagraph } from "./writeBulletinParagraph.js";
export type { ParagraphOptions } from "./writeReportParagraph.js";
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
export { DETAIL_SHEET, detailLayout } from "./plan/detailSheet.js";
export { SUMMARY_SHEET } from "./plan/summarySheet.js";
export { needsTextGuard, toFileFormula, toOfficeFormula } from "./plan/formulaText.js";
export { buildIssueSheet, ISSUE_SHEET } from "./plan/issueSheet.js";
export type { IssueRow } from "./plan/issueSheet.js";
export { buildReportSheet, REPORT_SHEET } from "./plan/reportSheet.js";
export {
  buildScoreSheet,
  SCORE_SHEET,
  scoreSheetLayout,
  scoreSheetRef,
} from "./plan/scoreSheet.js";
export { buildBulletinSheet, BULLETIN_SHEET } from "./plan/bulletinSheet.js";
export type { BulletinSheetInput } from "./plan/bulletinSheet.js";
export type { ScoreSheetInput, ScoreSheetLayout } from "./plan/scoreSheet.js";
export type { ReportParagraph } from "./plan/reportSheet.js";
export { describeCompletionFill, planCompletionFill } from "./fill/planCompletionFill.js";
export type {
  CompletionFillOptions,
  CompletionFillPlan,
  FillCell,
  FillError,
  FillErrorCode,
  FillGroup,
} from "./fill/planCompletionFill.js";
export type { TrackingGroup, TrackingLayout, TrackingRole } from "./fill/findTrackingColumns.js";
export { DEFAULT_SETTINGS } from "./settings/Settings.js";
export type { CustomIndicatorSetting, LeadMeasure, Settings } from "./settings/Settings.js";
export { meetsKey } from "./settings/requirements.js";
export { suggestIndicatorKey } from "./settings/suggestIndicatorKey.js";
export type { IndicatorRequirement } from "./settings/requirements.js";
export { parseSettings, serializeSettings } from "./settings/parseSettings.js";
export type { SettingsError, SettingsErrorCode } from "./settings/parseSettings.js";
export {
  FORMAT_LABELS,
  LEAD_MEASURE_LABELS,
  SCORING_METHOD_LABELS,
  SETTING_LABELS,
  settingPlace,
} from "./settings/settingLabels.js";
export type { SettingEntry, SettingField } from "./settings/settingLabels.js";
export {
  checkSettingChoices,
  checkSettingNumber,
  checkSettingText,
  SETTING_NUMBERS,
  settingChoicesRule,
  settingNumberRule,
} from "./settings/checkSettingValue.js";
export type { NumberSetting } from "./settings/checkSettingValue.js";
export {
  checkSizeBands,
  MAX_SIZE_BANDS,
  readSizeBandsText,
  sizeBandsText,
} from "./settings/checkSizeBands.js";
export {
  checkCustomIndicators,
  formatForDisplay,
  settingsCatalogue,
  settingsParagraphOptions,
} from "./settings/applySettings.js";
