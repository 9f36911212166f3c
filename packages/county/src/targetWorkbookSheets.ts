import { normalizeText, OWNERSHIP_SHEET } from "@zsyz/ledger";
import { POLICY_SHEET } from "./readPolicySheet.js";
import { REQUIREMENT_SHEET } from "./readRequirementSheet.js";
import { SCHEME_SHEET } from "./readSchemeSheet.js";

/**
 * The sheets of the target workbook the county job reads besides the target table itself:
 * the county's rules for the year, kept where staff keep their targets. A front end that
 * hands over the target table sheet by sheet (the task pane) passes these along with it.
 */
export const TARGET_WORKBOOK_SHEETS: readonly string[] = [
  OWNERSHIP_SHEET,
  SCHEME_SHEET,
  REQUIREMENT_SHEET,
  POLICY_SHEET,
];

const RULE_SHEETS = new Set(TARGET_WORKBOOK_SHEETS);

/**
 * The county's rule sheets (重复项目归属, 考评办法, 达标要求, 统计口径) among a workbook's sheet
 * names, in the workbook's order, matched as the county job finds them (normalizeText: spaces
 * and full-width forms do not count), so a front end that reads sheet by sheet reads them all.
 * @example findTargetWorkbookSheets(["9月台账", "统计 口径"]) → ["统计 口径"]
 */
export function findTargetWorkbookSheets(names: readonly string[]): string[] {
  return names.filter((name) => RULE_SHEETS.has(normalizeText(name)));
}
