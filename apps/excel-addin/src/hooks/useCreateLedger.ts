import { ruleTemplates } from "@zsyz/county";
import {
  type CellValue,
  dateToSerial,
  ledgerTemplate,
  ownershipTemplate,
  type SheetTemplate,
  targetTemplate,
} from "@zsyz/ledger";
import type { PlanValue } from "@zsyz/indicators";
import { useCallback, useState } from "react";
import type { NewSheet, NewSheetsPlan, WrittenSheet } from "../office/sheetWrite.js";
import { planNewSheets } from "../office/planNewSheets.js";
import type { PaneContext } from "./PaneContext.js";

/**
 * 「新建台账」: inserts the ledger and target sheets, and beside the targets the county's rules
 * (重复项目归属, 考评办法, 达标要求, 统计口径) filled from the workbook's settings; remembers
 * what it created.
 */
export function useCreateLedger({ host, task }: PaneContext, onCreated: () => Promise<void>) {
  const [created, setCreated] = useState<WrittenSheet[] | null>(null);
  const { run } = task;
  const create = useCallback(async () => {
    const year = new Date().getFullYear();
    const result = await run("正在新建台账…", async () => {
      // The rule sheets start as the settings the workbook already holds (the defaults if none).
      const { settings } = await host.readSettings();
      return host.writeNewSheets(
        planTemplates([
          ledgerTemplate(year),
          targetTemplate(),
          ownershipTemplate(),
          ...ruleTemplates(settings),
        ]),
      );
    });
    if (!result) return;
    setCreated(result);
    await onCreated();
  }, [host, run, onCreated]);
  return { created, create };
}

/**
 * planNewSheets, with the filled rows of a rule template (its `rows`: one per scoring item,
 * deduction or rule) written below the header and inside the sheet's Excel table, and the
 * dropdowns of single cells (`cellLists`) beside the columns' own.
 */
export function planTemplates(templates: readonly SheetTemplate[]): NewSheetsPlan {
  const plan = planNewSheets(templates);
  return {
    ...plan,
    sheets: plan.sheets.map((sheet, i): NewSheet => {
      const template = templates[i];
      const rows = template?.rows;
      if (!template || !rows || rows.length === 0 || !sheet.table) return sheet;
      const cellLists = (template.cellLists ?? []).map((l) => ({
        range: { top: l.row + 1, bottom: l.row + 1, left: l.col, right: l.col },
        choices: l.choices,
        strict: false,
        title: `请选择${template.columns[l.col]?.header ?? ""}`,
        message: `建议从下拉列表中选择：${l.choices.join("；")}。也可按说明填写。`,
      }));
      return {
        ...sheet,
        lists: [...(sheet.lists ?? []), ...cellLists],
        cells: sheet.cells.map((c) =>
          c.row >= 1 && c.row <= rows.length
            ? { ...c, value: planValue(rows[c.row - 1]?.[c.col]) }
            : c,
        ),
        table: { ...sheet.table, range: { ...sheet.table.range, bottom: rows.length } },
      };
    }),
  };
}

// Rule rows hold text and numbers; a date would go in as its serial number, as Excel keeps it.
const planValue = (v: CellValue | undefined): PlanValue =>
  v instanceof Date ? dateToSerial(v) : (v ?? null);
