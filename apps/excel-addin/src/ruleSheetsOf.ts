import { TARGET_WORKBOOK_SHEETS } from "@zsyz/county";
import { normalizeText } from "@zsyz/ledger";

const RULE_SHEETS = new Set(TARGET_WORKBOOK_SHEETS);

/**
 * The county's rule sheets (重复项目归属, 考评办法, 达标要求, 统计口径) among a workbook's sheet
 * names, matched as @zsyz/county finds them (normalizeText: spaces and full-width forms do not
 * count), so the pane reads every sheet the CLI would.
 * @example ruleSheetsOf(["9月台账", "统计 口径"]) → ["统计 口径"]
 */
export function ruleSheetsOf(names: readonly string[]): string[] {
  return names.filter((name) => RULE_SHEETS.has(normalizeText(name)));
}
