import { OWNERSHIP_SHEET } from "@zsyz/ledger";
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
