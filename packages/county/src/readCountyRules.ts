import { type Settings, settingsCatalogue } from "@zsyz/indicators";
import { type LedgerIssue, type Ownership, readOwnership } from "@zsyz/ledger";
import type { WorkbookSource } from "./LedgerSource.js";
import { readPolicySheet } from "./readPolicySheet.js";
import { readRequirementSheet } from "./readRequirementSheet.js";
import { readSchemeSheet } from "./readSchemeSheet.js";

/** The county's rules for the year as read from its sheets. */
export interface CountyRules {
  /** The given settings with each part a rule sheet holds (考评办法, 达标要求, 统计口径) replaced. */
  settings: Settings;
  /** Who owns each project reported twice, from the 重复项目归属 sheet. */
  owners: Ownership[];
  /** The cells that could not be read, naming sheet and cell; the rest still applies. */
  issues: LedgerIssue[];
}

/**
 * The county's rules for the year as staff keep them, in sheets of the target workbook
 * beside 任务分解 (重复项目归属, 考评办法, 达标要求, 统计口径): each rule sheet found replaces
 * that part of the settings, and 重复项目归属 settles duplicates. A sheet that cannot be read
 * in part gives issues naming its cells; the rest still applies.
 * @example const { settings, owners, issues } = readCountyRules(targets, DEFAULT_SETTINGS)
 */
export function readCountyRules(source: WorkbookSource | null, given: Settings): CountyRules {
  if (!source || !("workbook" in source)) return { settings: given, owners: [], issues: [] };
  // 重复项目归属 first: its issues come right after the target table's, as they always have.
  const { owners, issues } = readOwnership(source.workbook);
  const catalogue = settingsCatalogue({ ...given, requirements: [] });
  const sheetScheme = readSchemeSheet(source.workbook, catalogue, given.scoring);
  if (sheetScheme) issues.push(...sheetScheme.issues);
  const sheetRules = readRequirementSheet(source.workbook, catalogue);
  if (sheetRules) issues.push(...sheetRules.issues);
  const sheetPolicy = readPolicySheet(source.workbook);
  if (sheetPolicy) issues.push(...sheetPolicy.issues);
  return {
    settings: {
      ...given,
      ...(sheetScheme ? { scoring: sheetScheme.scheme } : {}),
      ...(sheetRules ? { requirements: sheetRules.requirements } : {}),
      ...(sheetPolicy ? { countingPolicy: sheetPolicy.policy } : {}),
    },
    owners,
    issues,
  };
}
