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
export { ISSUE_SEVERITY, ISSUE_MESSAGES, makeIssue } from "./issues.js";
export type { IssueAt, IssueCode, IssueParams, LedgerIssue, Severity } from "./issues.js";
export type {
  ColumnMapping,
  LedgerRead,
  ReadOptions,
  RowCounts,
  SheetRead,
  TargetsRead,
} from "./result.js";
