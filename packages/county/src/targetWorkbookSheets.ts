import { normalizeText, OWNERSHIP_SHEET } from "@zsyz/ledger";
import { POLICY_SHEET } from "./readPolicySheet.js";
import { REQUIREMENT_SHEET } from "./readRequirementSheet.js";
import { SCHEME_SHEET } from "./readSchemeSheet.js";

/**
 * A part of the county's rules a sheet of the target workbook can give: who owns a duplicate
 * (owners) and the parts of the settings a sheet replaces (scoring, requirements, counting).
 */
export type RulePart = "owners" | "scoring" | "requirements" | "counting";

/** The sheet each part of the county's rules is kept in, by its name as the template writes it. */
export const RULE_PART_SHEETS: Readonly<Record<RulePart, string>> = {
  owners: OWNERSHIP_SHEET,
  scoring: SCHEME_SHEET,
  requirements: REQUIREMENT_SHEET,
  counting: POLICY_SHEET,
};

/**
 * The sheets of the target workbook the county job reads besides the target table itself:
 * the county's rules for the year, kept where staff keep their targets. A front end that
 * hands over the target table sheet by sheet (the task pane) passes these along with it.
 */
export const TARGET_WORKBOOK_SHEETS: readonly string[] = Object.values(RULE_PART_SHEETS);

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
