export type { CellValue, GridCell, CellRange, GridSheet, GridWorkbook } from "./grid.js";
export { columnLetter, toA1, columnIndex, parseA1 } from "./a1.js";
export { ENUMS, LEDGER_FIELDS, TARGET_FIELDS, STARTED_STATUSES } from "./fields.js";
export type {
  EnumKey,
  FieldKey,
  FieldSpec,
  FieldType,
  FundSource,
  Industry,
  LandStatus,
  NewOrCarried,
  ProjectStatus,
  Requirement,
  SignType,
  TargetKey,
} from "./fields.js";
export type { IsoDate, LedgerFields, LedgerRecord, TargetRow } from "./record.js";
export { cellOf, rawOf } from "./record.js";
export { ISSUE_SEVERITY, ISSUE_MESSAGES, makeIssue } from "./issues.js";
export type { IssueAt, IssueCode, IssueParams, LedgerIssue, Severity } from "./issues.js";
export { countBySeverity, groupIssues, ISSUE_GROUP_TITLES } from "./groupIssues.js";
export type { IssueGroup, SeverityCounts } from "./groupIssues.js";
export type {
  ColumnMapping,
  LedgerRead,
  ReadOptions,
  RowCounts,
  SheetRead,
  TargetsRead,
} from "./result.js";
export { readLedger } from "./readLedger.js";
export { readTargets } from "./readTargets.js";
export type { ReadTargetsOptions } from "./readTargets.js";
export { findDuplicates } from "./findDuplicates.js";
export type { DuplicateCheck, Ownership } from "./findDuplicates.js";
export { OWNERSHIP_SHEET, readOwnership } from "./readOwnership.js";
export { describeSheetUnused } from "./describeSheetUnused.js";
export {
  classifyProject,
  DEFAULT_COUNTING_POLICY,
  makeClassifier,
  makePolicyExclusion,
  policyExclusion,
  PROJECT_FLAG,
} from "./classifyProject.js";
export type {
  CountingPolicy,
  PolicyExclusion,
  ProjectClass,
  ProjectFlag,
} from "./classifyProject.js";
export { parseMoney } from "./parseMoney.js";
export type { MoneyParse } from "./parseMoney.js";
export { dateToSerial, daysInMonth, isoToSerial, parseDate, serialToDate } from "./parseDate.js";
export type { DateParse } from "./parseDate.js";
export { parseEnum } from "./parseEnum.js";
export type { EnumParse } from "./parseEnum.js";
export { normalizeText } from "./normalizeText.js";
export { extractPeriod } from "./extractPeriod.js";
export type { HeaderPeriod } from "./extractPeriod.js";
export { matchTargetHeader } from "./matchTargetHeader.js";
export { lookupHeader, splitHeader } from "./matchHeader.js";
export { looseUnitKey, unitKey } from "./findUnitName.js";
export type { HeaderLabel } from "./matchHeader.js";
export { parseRange } from "./makeSheet.js";
export { isDateFormat } from "./cellText.js";
export {
  ledgerTemplate,
  ownershipTemplate,
  requirementTemplate,
  targetTemplate,
} from "./template.js";
export type { SheetTemplate, TemplateColumn } from "./template.js";
