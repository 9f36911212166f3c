import type { PlanCell } from "@zsyz/indicators";
import {
  isoToSerial,
  toA1,
  type CellRange,
  type CellValue,
  type SheetTemplate,
} from "@zsyz/ledger";
import type { NewSheet, NewSheetsPlan, StyleTable } from "./sheetWrite.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// A template's header is bold and wraps; the Excel table's style draws the rest.
const TEMPLATE_STYLES: StyleTable = { header: { bold: true, wrap: true } };

function toPlanValue(value: CellValue, type: string): PlanCell["value"] {
  if (value === null) return null;
  if (value instanceof Date) return isoToSerial(value.toISOString().slice(0, 10));
  // Dates go in as serial numbers so Excel stores real dates whatever the user's locale.
  if (type === "date" && typeof value === "string" && ISO_DATE.test(value))
    return isoToSerial(value);
  return value;
}

/**
 * The ledger package's sheet templates as sheets for writeNewSheets: header and example row in
 * an Excel table, number formats and dropdowns on `bodyRows` rows, bold wrapped header, widths,
 * header frozen.
 * @example planNewSheets([ledgerTemplate(2025), targetTemplate()]).sheets[0]?.name === "项目台账"
 */
export function planNewSheets(templates: readonly SheetTemplate[]): NewSheetsPlan {
  return { sheets: templates.map(toNewSheet), styles: TEMPLATE_STYLES };
}

function toNewSheet(template: SheetTemplate): NewSheet {
  const columns = template.columns;
  const last = columns.length - 1;
  const body = (col: number): CellRange => ({
    top: 1,
    bottom: template.bodyRows,
    left: col,
    right: col,
  });
  const cells: PlanCell[] = columns.map((c, col) => ({
    row: 0,
    col,
    address: toA1(0, col),
    value: c.header,
    style: "header",
  }));
  // Row 1 is the example; the rows below it only carry the column's number format.
  for (let row = 1; row <= template.bodyRows; row++) {
    columns.forEach((c, col) =>
      cells.push({
        row,
        col,
        address: toA1(row, col),
        value: row === 1 ? toPlanValue(template.example[col] ?? null, c.type) : null,
        numFmt: c.numFmt,
      }),
    );
  }
  return {
    name: template.sheetName,
    cells,
    rowCount: template.bodyRows + 1,
    columnCount: columns.length,
    columns: columns.map((c, col) => ({ col, width: c.width })),
    frozen: { rows: 1, columns: 0 },
    merges: [],
    table: {
      range: { top: 0, bottom: 1, left: 0, right: last },
      name: template.tableName,
      style: "TableStyleMedium2",
    },
    lists: columns.flatMap((c, i) =>
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
    ),
  };
}
