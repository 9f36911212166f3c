import { type Settings, settingsCatalogue } from "@zsyz/indicators";
import type { LedgerIssue } from "@zsyz/ledger";
import type { WorkbookSource } from "./LedgerSource.js";
import { readPolicySheet } from "./readPolicySheet.js";
import { readRequirementSheet } from "./readRequirementSheet.js";
import { readSchemeSheet } from "./readSchemeSheet.js";

/**
 * The county's rules for the year as staff keep them, in sheets of the target workbook
 * beside 任务分解 (考评办法, 达标要求, 统计口径): each sheet found replaces that part of the settings.
 * A sheet that cannot be read in part gives issues naming its cells; the rest still applies.
 * @example const { settings, issues } = readCountyRules(targets, DEFAULT_SETTINGS)
 */
export function readCountyRules(
  targets: WorkbookSource | null,
  given: Settings,
): { settings: Settings; issues: LedgerIssue[] } {
  if (!targets || !("workbook" in targets)) return { settings: given, issues: [] };
  const issues: LedgerIssue[] = [];
  const catalogue = settingsCatalogue({ ...given, requirements: [] });
  const sheetScheme = readSchemeSheet(targets.workbook, catalogue, given.scoring);
  if (sheetScheme) issues.push(...sheetScheme.issues);
  const sheetRules = readRequirementSheet(targets.workbook, catalogue);
  if (sheetRules) issues.push(...sheetRules.issues);
  const sheetPolicy = readPolicySheet(targets.workbook);
  if (sheetPolicy) issues.push(...sheetPolicy.issues);
  return {
    settings: {
      ...given,
      ...(sheetScheme ? { scoring: sheetScheme.scheme } : {}),
      ...(sheetRules ? { requirements: sheetRules.requirements } : {}),
      ...(sheetPolicy ? { countingPolicy: sheetPolicy.policy } : {}),
    },
    issues,
  };
}
