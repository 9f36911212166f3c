import { type Settings, settingsCatalogue } from "@zsyz/indicators";
import { type LedgerIssue, type Ownership, readOwnership } from "@zsyz/ledger";
import type { WorkbookSource } from "./LedgerSource.js";
import { readPolicySheet } from "./readPolicySheet.js";
import { readRequirementSheet } from "./readRequirementSheet.js";
import { readSchemeSheet } from "./readSchemeSheet.js";
import type { RulePart } from "./targetWorkbookSheets.js";

/** A part of the county's rules a sheet gave, by that sheet's name as the workbook spells it. */
export interface RuleSheetPart {
  /** The sheet's name as found (" 考评办法" stays " 考评办法"). */
  sheet: string;
  part: RulePart;
}

/** The county's rules for the year as read from its sheets. */
export interface CountyRules {
  /** The given settings with each part a rule sheet holds (考评办法, 达标要求, 统计口径) replaced. */
  settings: Settings;
  /** Who owns each project reported twice, from the 重复项目归属 sheet. */
  owners: Ownership[];
  /**
   * The parts a sheet really gave, in the order read (owners, scoring, requirements,
   * counting): a sheet that is there but could not be used (no header it knows, no usable
   * 考评项目, no owner) gave nothing, and its issue says why.
   */
  replaced: RuleSheetPart[];
  /** The cells that could not be read, naming sheet and cell; the rest still applies. */
  issues: LedgerIssue[];
}

/**
 * The county's rules for the year as staff keep them, in sheets of the target workbook
 * beside 任务分解 (重复项目归属, 考评办法, 达标要求, 统计口径): each rule sheet that can be used
 * replaces that part of the settings, and 重复项目归属 settles duplicates. A sheet that cannot
 * be read in part gives issues naming its cells; the rest still applies.
 * @example const { settings, owners, replaced, issues } = readCountyRules(targets, DEFAULT_SETTINGS)
 */
export function readCountyRules(source: WorkbookSource | null, given: Settings): CountyRules {
  if (!source || !("workbook" in source))
    return { settings: given, owners: [], replaced: [], issues: [] };
  const { workbook } = source;
  const replaced: RuleSheetPart[] = [];
  // 重复项目归属 first: its issues come right after the target table's, as they always have.
  const { sheet: ownerSheet, owners, issues } = readOwnership(workbook);
  if (ownerSheet !== null && owners.length > 0)
    replaced.push({ sheet: ownerSheet, part: "owners" });
  const catalogue = settingsCatalogue({ ...given, requirements: [] });
  const settings: Settings = { ...given };
  const scheme = readSchemeSheet(workbook, catalogue);
  if (scheme) {
    issues.push(...scheme.issues);
    if (scheme.scheme) {
      settings.scoring = scheme.scheme;
      replaced.push({ sheet: scheme.sheet, part: "scoring" });
    }
  }
  const requirements = readRequirementSheet(workbook, catalogue);
  if (requirements) {
    issues.push(...requirements.issues);
    if (requirements.requirements) {
      settings.requirements = requirements.requirements;
      replaced.push({ sheet: requirements.sheet, part: "requirements" });
    }
  }
  const policy = readPolicySheet(workbook);
  if (policy) {
    issues.push(...policy.issues);
    settings.countingPolicy = policy.policy;
    replaced.push({ sheet: policy.sheet, part: "counting" });
  }
  return { settings, owners, replaced, issues };
}
