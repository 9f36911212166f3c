// Public entry of @zsyz/county: the county use case, once, for the CLI, the task pane, the
// web page and the WPS pane. Grids in; accounting, issues, indicators, the output
// workbook's plan, the report and the JSON summary out. Pure: no host, no fs, no clock.
export { runCounty } from "./runCounty.js";
export type { CountyInput, CountyRun, PreviousSummaryInput } from "./runCounty.js";
export { readLedgerSources } from "./readLedgerSources.js";
export type { CountyLedgers } from "./readLedgerSources.js";
export { isSummaryWorkbook } from "./isSummaryWorkbook.js";
export { readLedgerSource } from "./readLedgerSource.js";
export type {
  FileOutcome,
  LedgerSource,
  LedgerSourceRead,
  WorkbookSource,
} from "./LedgerSource.js";
export { buildSummaryJson } from "./buildSummaryJson.js";
export type { SummaryJson } from "./buildSummaryJson.js";
export { describeHeadline } from "./describeHeadline.js";
export { OUTPUT_SHEETS } from "./outputSheets.js";
export type { OutputSheet } from "./outputSheets.js";
export { defaultAsOf, toIsoDate } from "./defaultAsOf.js";
export {
  findTargetWorkbookSheets,
  RULE_PART_SHEETS,
  TARGET_WORKBOOK_SHEETS,
} from "./targetWorkbookSheets.js";
export type { RulePart } from "./targetWorkbookSheets.js";
export { readCountyRules } from "./readCountyRules.js";
export type { CountyRules, RuleSheetPart } from "./readCountyRules.js";
export {
  issueKindTitles,
  parseTierText,
  readSchemeRows,
  SCHEME_HEADERS,
  SCHEME_SHEET,
  SCHEME_WORDS,
} from "./readSchemeSheet.js";
export type { SchemeProblem } from "./readSchemeSheet.js";
export { REQUIREMENT_SHEET } from "./readRequirementSheet.js";
export { POLICY_SHEET } from "./readPolicySheet.js";
export {
  policySheetTemplate,
  requirementSheetTemplate,
  ruleTemplates,
  schemeSheetTemplate,
} from "./ruleTemplates.js";
