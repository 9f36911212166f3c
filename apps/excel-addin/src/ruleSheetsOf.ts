/**
 * The county's rule sheets among a workbook's sheet names: @zsyz/county's own finder, so the
 * sheet list leaves out exactly what 一键计算 reads as rules. Only OneClickSection still imports
 * it under this name.
 */
export { findTargetWorkbookSheets as ruleSheetsOf } from "@zsyz/county";
