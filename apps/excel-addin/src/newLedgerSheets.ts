import { ruleTemplates } from "@zsyz/county";
import type { Settings } from "@zsyz/indicators";
import { ledgerTemplate, ownershipTemplate, targetTemplate } from "@zsyz/ledger";
import { planNewSheets } from "./office/planNewSheets.js";
import type { NewSheetsPlan } from "./office/sheetWrite.js";

/**
 * What 「新建台账」 inserts: the year's ledger, the target table, 重复项目归属, and the county's
 * rule sheets (考评办法, 达标要求, 统计口径) filled from `settings` — the ones the pane holds and
 * shows on its 设置 tab, so the new sheets say what the user sees there.
 * @example newLedgerSheets(DEFAULT_SETTINGS, 2025).sheets.map((s) => s.name)[0] === "项目台账"
 */
export function newLedgerSheets(settings: Settings, year: number): NewSheetsPlan {
  return planNewSheets([
    ledgerTemplate(year),
    targetTemplate(),
    ownershipTemplate(),
    ...ruleTemplates(settings),
  ]);
}
