import type { CellRange, CellValue, SheetTemplate } from "@zsyz/ledger";
import { isoToExcelSerial } from "./excelDate.js";
import type { SheetWrite, WriteValue } from "./sheetWrite.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toWriteValue(value: CellValue, type: string): WriteValue {
  if (value === null) return null;
  if (value instanceof Date) return isoToExcelSerial(value.toISOString().slice(0, 10));
  // Dates go in as serial numbers so Excel stores real dates whatever the user's locale.
  if (type === "date" && typeof value === "string" && ISO_DATE.test(value))
    return isoToExcelSerial(value);
  return value;
}

/**
 * A ledger-package sheet template as a sheet to write: header and example row in an Excel table,
 * formats and dropdowns on `bodyRows` rows, bold wrapped header, widths, header frozen.
 */
export function templateToSheetWrite(template: SheetTemplate): SheetWrite {
  const columns = template.columns;
  const last = columns.length - 1;
  const body = (col: number): CellRange => ({
    top: 1,
    bottom: template.bodyRows,
    left: col,
    right: col,
  });
  return {
    name: template.sheetName,
    cells: [
      {
        top: 0,
        left: 0,
        rows: [
          columns.map((c) => c.header),
          columns.map((c, i) => toWriteValue(template.example[i] ?? null, c.type)),
        ],
      },
    ],
    numberFormats: columns.map((c, i) => ({ range: body(i), format: c.numFmt })),
    columnWidths: columns.map((c, i) => ({ column: i, chars: c.width })),
    fonts: [{ range: { top: 0, bottom: 0, left: 0, right: last }, bold: true }],
    wrap: [{ top: 0, bottom: 0, left: 0, right: last }],
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
    freeze: { rows: 1, columns: 0 },
  };
}
