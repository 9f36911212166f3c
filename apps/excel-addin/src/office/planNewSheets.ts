import type { PlanCell } from "@zsyz/indicators";
import {
  isoToSerial,
  toA1,
  type CellRange,
  type CellValue,
  type SheetTemplate,
} from "@zsyz/ledger";
import type { NewSheet, NewSheetsPlan, StyleTable } from "./sheetWrite.js";

type ListRule = NonNullable<NewSheet["lists"]>[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// A template's header is bold and wraps; the Excel table's style draws the rest.
const TEMPLATE_STYLES: StyleTable = { header: { bold: true, wrap: true } };

function toPlanValue(value: CellValue | undefined, type: string): PlanCell["value"] {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isoToSerial(value.toISOString().slice(0, 10));
  // Dates go in as serial numbers so Excel stores real dates whatever the user's locale.
  if (type === "date" && typeof value === "string" && ISO_DATE.test(value))
    return isoToSerial(value);
  return value;
}

/**
 * The templates of @zsyz/ledger and @zsyz/county as sheets for writeNewSheets: the header, then
 * the filled rows (a rule sheet's `rows`: one per scoring item, deduction or rule) or else the
 * example row, inside an Excel table; number formats and dropdowns on the body rows, and the
 * dropdowns of single cells (`cellLists`) beside the columns' own; bold wrapped header,
 * widths, header frozen. Every host (Excel, WPS) writes this one plan.
 * @example planNewSheets([ledgerTemplate(2025), targetTemplate()]).sheets[0]?.name === "项目台账"
 */
export function planNewSheets(templates: readonly SheetTemplate[]): NewSheetsPlan {
  return { sheets: templates.map(toNewSheet), styles: TEMPLATE_STYLES };
}

function toNewSheet(template: SheetTemplate): NewSheet {
  const columns = template.columns;
  const last = columns.length - 1;
  const filled = template.rows && template.rows.length > 0 ? template.rows : [template.example];
  // Formats and dropdowns reach past the filled rows, and at least over them.
  const bodyRows = Math.max(template.bodyRows, filled.length);
  const body = (col: number): CellRange => ({ top: 1, bottom: bodyRows, left: col, right: col });
  const cells: PlanCell[] = columns.map((c, col) => ({
    row: 0,
    col,
    address: toA1(0, col),
    value: c.header,
    style: "header",
  }));
  for (let row = 1; row <= bodyRows; row++) {
    const values = filled[row - 1];
    columns.forEach((c, col) =>
      cells.push({
        row,
        col,
        address: toA1(row, col),
        value: values ? toPlanValue(values[col], c.type) : null,
        numFmt: c.numFmt,
      }),
    );
  }
  const columnLists = columns.flatMap((c, i): ListRule[] =>
    c.list
      ? [
          {
            range: body(i),
            choices: c.list,
            strict: c.strictList ?? true,
            title: `请选择${c.header}`,
            message:
              c.strictList === false
                ? `建议从下拉列表中选择：${c.list.join("、")}。`
                : `只能从下拉列表中选择：${c.list.join("、")}。`,
          },
        ]
      : [],
  );
  // A rule sheet's rows each hold a different rule: its cells suggest their own choices.
  const cellLists = (template.cellLists ?? []).map((l): ListRule => ({
    range: { top: l.row + 1, bottom: l.row + 1, left: l.col, right: l.col },
    choices: l.choices,
    strict: false,
    title: `请选择${columns[l.col]?.header ?? ""}`,
    message: `建议从下拉列表中选择：${l.choices.join("；")}。也可按说明填写。`,
  }));
  return {
    name: template.sheetName,
    cells,
    rowCount: bodyRows + 1,
    columnCount: columns.length,
    columns: columns.map((c, col) => ({ col, width: c.width })),
    frozen: { rows: 1, columns: 0 },
    merges: [],
    table: {
      range: { top: 0, bottom: filled.length, left: 0, right: last },
      name: template.tableName,
      style: "TableStyleMedium2",
    },
    lists: [...columnLists, ...cellLists],
  };
}
