import { rangeToA1 } from "../office/address.js";
import type { NewSheet, NewSheetsPlan, WrittenSheet } from "../office/sheetWrite.js";
import { nameNewSheets } from "../office/writeNewSheets.js";
import type { EtApplication, EtSheets, EtWorksheet } from "./wpsApi.js";
import { PartNotes } from "./partNotes.js";
import { refuseProtectedStructure } from "./refuseProtectedStructure.js";
import { writeWpsCells } from "./writeWpsCells.js";

/** xlSrcRange, xlYes: a table over a range whose first row is the header. */
const XL_SRC_RANGE = 1;
const XL_YES = 1;
/** xlValidateList; xlValidAlertStop / xlValidAlertInformation; xlBetween. */
const XL_VALIDATE_LIST = 3;
const ALERT = { stop: 1, information: 3 } as const;
const XL_BETWEEN = 1;

/** 新建台账's result in WPS: the sheets under the names they got, plus what WPS could not do. */
export type WpsWrittenSheets = WrittenSheet[] & { notes?: string[] };

/** Names of every table in the workbook (table names are unique across sheets); none if WPS has no ListObjects. */
export function tableNames(sheets: EtSheets): string[] {
  const names: string[] = [];
  try {
    for (let i = 1; i <= sheets.Count; i++) {
      const tables = sheets.Item(i).ListObjects;
      for (let j = 1; j <= tables.Count; j++) names.push(tables.Item(j).Name);
    }
  } catch {
    // A build without ListObjects has no tables to clash with; the table step notes it below.
  }
  return names;
}

/**
 * 「新建台账」 in WPS: whatever sheets the plan holds (ledger, targets, 重复项目归属 and any rule
 * sheets), inserted after the last sheet under free names ("项目台账（2）" when taken; existing
 * sheets are never touched), their cells through writeWpsCells, then the table and the
 * dropdowns the plan asks for. A table or dropdown this WPS build refuses is left out with a note.
 */
export function writeWpsNewSheets(app: EtApplication, plan: NewSheetsPlan): WpsWrittenSheets {
  refuseProtectedStructure(app.ActiveWorkbook);
  const sheets = app.ActiveWorkbook.Worksheets;
  const takenSheets: string[] = [];
  for (let i = 1; i <= sheets.Count; i++) takenSheets.push(sheets.Item(i).Name);
  const written: WpsWrittenSheets = nameNewSheets(plan, takenSheets, tableNames(sheets));
  const notes = new PartNotes();
  const added: EtWorksheet[] = [];
  plan.sheets.forEach((s, i) => {
    const name = written[i]!.sheet;
    const ws = sheets.Add(null, sheets.Item(sheets.Count));
    ws.Name = name;
    added.push(ws);
    writeWpsCells(app, ws, { ...s, name }, plan.styles);
    addTableAndLists(ws, s, written[i]!, notes);
  });
  added[0]?.Activate();
  const left = notes.lines();
  if (left.length > 0) written.notes = left;
  return written;
}

function addTableAndLists(
  ws: EtWorksheet,
  sheet: NewSheet,
  written: WrittenSheet,
  notes: PartNotes,
): void {
  const table = sheet.table;
  const name = written.table;
  if (table && name) notes.try("table", written.sheet, () => addTable(ws, { ...table, name }));
  const lists = sheet.lists ?? [];
  if (lists.length > 0) notes.try("lists", written.sheet, () => addLists(ws, lists));
}

/** A WPS table (ListObject) over the range, header in its first row, under that name and style. */
export function addTable(ws: EtWorksheet, table: NonNullable<NewSheet["table"]>): void {
  const t = ws.ListObjects.Add(XL_SRC_RANGE, ws.Range(rangeToA1(table.range)), undefined, XL_YES);
  t.Name = table.name;
  t.TableStyle = table.style;
}

/** In-cell dropdowns with their error alert: strict lists refuse other values, others warn. */
export function addLists(ws: EtWorksheet, lists: NonNullable<NewSheet["lists"]>): void {
  for (const list of lists) {
    const validation = ws.Range(rangeToA1(list.range)).Validation;
    // Adding over an existing rule fails (VBA 1004): clear first.
    validation.Delete();
    validation.Add(
      XL_VALIDATE_LIST,
      list.strict ? ALERT.stop : ALERT.information,
      XL_BETWEEN,
      list.choices.join(","),
    );
    validation.InCellDropdown = true;
    validation.ShowError = true;
    validation.ErrorTitle = list.title;
    validation.ErrorMessage = list.message;
  }
}
