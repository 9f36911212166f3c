import { isFormFooter } from "./isFormFooter.js";
import { columnLetter, toA1 } from "./a1.js";
import { cellText, getCell, isBlankCell, isDateFormat, mergeOrigins } from "./cellText.js";
import { checkColumns } from "./checkColumns.js";
import { checkRecord } from "./checkRecord.js";
import { classifyRow, namesMoreThanLabel, type RowKind } from "./classifyRow.js";
import { detectHeader } from "./detectHeader.js";
import { LEDGER_FIELDS, type FieldKey, type FieldType } from "./fields.js";
import { findSheetUnit, findUnitName } from "./findUnitName.js";
import type { GridCell, GridSheet } from "./grid.js";
import { type LedgerIssue, makeIssue } from "./issues.js";
import { FIELD_BY_KEY, LABELS, LEDGER_INDEX } from "./ledgerIndex.js";
import { splitHeader } from "./matchHeader.js";
import { type CellRead, nameKey, readCell } from "./readCell.js";
import { cellOf, type IsoDate, type LedgerFields, type LedgerRecord, rawOf } from "./record.js";
import type { ColumnMapping, SheetRead } from "./result.js";

// Most records have no approximate amount and no unknown column: they share these empties
// (replaced by a record's own on its first entry) instead of two objects each.
const NO_APPROXIMATE = Object.freeze([]) as unknown as FieldKey[];
const NO_EXTRA = Object.freeze({}) as Record<string, string>;
const NO_RAW = Object.freeze({}) as Partial<Record<FieldKey, string>>;

const FIELD_KEYS: readonly FieldKey[] = LEDGER_FIELDS.map((f) => f.key);

/**
 * A record's fields, every key there from the start (undefined until its cell is read): all
 * records share one fixed shape, so filling them and every later read (checks, totals, the
 * detail sheet) is a plain slot access. Grown key by key from `{}`, a record's fields went
 * through a dozen shapes and backing stores: measured on 100,000 projects, ~0.2 s more and
 * more garbage.
 */
class FieldSlots {
  constructor() {
    const slots = this as Record<string, unknown>;
    for (const key of FIELD_KEYS) slots[key] = undefined;
  }
}

/** Context shared by every sheet of a workbook. */
export interface SheetContext {
  file: string;
  asOf: IsoDate;
}

const REQUIRED_COLUMNS: readonly FieldKey[] = LEDGER_FIELDS.filter(
  (f) => f.required === "yes" || f.required === "if_signed",
).map((f) => f.key);

/**
 * Reads one sheet as a project ledger: finds the header, reads every row below it
 * into records or issues, and runs the row and column checks. Undefined when the
 * sheet has no ledger header (a cover or 说明 sheet).
 */
export function readLedgerSheet(sheet: GridSheet, ctx: SheetContext): SheetRead | undefined {
  const detection = detectHeader(sheet, { index: LEDGER_INDEX, anchor: "name", minKeys: 3 });
  if (!detection) return undefined;
  const { file } = ctx;
  const reportYear = Number(ctx.asOf.slice(0, 4));
  const issues: LedgerIssue[] = [];
  const at = (
    row: number,
    col: number,
    raw = "",
  ): { file: string; sheet: string; cell: string; raw: string; row: number } => ({
    file,
    sheet: sheet.name,
    cell: toA1(row, col),
    raw,
    row: row + 1,
  });

  // Above the header: the title (which may name the unit) and a "单位：万元" row.
  let titleUnit: string | undefined;
  let sheetScale: number | undefined;
  for (let r = 0; r < detection.top; r += 1) {
    for (const cell of sheet.rows[r] ?? []) {
      const t = cellText(cell);
      if (!t) continue;
      titleUnit ??= /台账|项目|统计|情况|一览/.test(t) ? findUnitName(t) : undefined;
      sheetScale ??= findSheetUnit(t);
    }
  }
  const fallbackUnit = titleUnit ?? findUnitName(file) ?? findUnitName(sheet.name);

  // Columns: known, duplicate (kept as extra), unknown (kept as extra).
  const columns: ColumnMapping[] = [];
  const byKey = new Map<FieldKey, ColumnMapping>();
  for (const hc of detection.columns) {
    const key = hc.key as FieldKey | undefined;
    const spec = key ? FIELD_BY_KEY.get(key) : undefined;
    const scale = hc.scale ?? (spec?.type === "money" ? (sheetScale ?? 1) : 1);
    const mapping: ColumnMapping = { col: hc.col, header: hc.header, scale };
    if (key && byKey.has(key)) {
      issues.push(
        makeIssue("header_duplicate_column", at(detection.top, hc.col, hc.header), {
          label: hc.header,
          other: LABELS[key],
        }),
      );
    } else if (key) {
      mapping.key = key;
      byKey.set(key, mapping);
    } else {
      issues.push(
        makeIssue("header_unknown_column", at(detection.top, hc.col, hc.header), {
          label: hc.header,
          ...suggest(hc.header),
        }),
      );
    }
    columns.push(mapping);
  }
  for (const key of REQUIRED_COLUMNS) {
    if (byKey.has(key) || (key === "unit" && fallbackUnit)) continue;
    issues.push(makeIssue("header_missing_column", at(detection.top, 0), { label: LABELS[key] }));
  }
  if (!byKey.has("unit") && !fallbackUnit)
    issues.push(makeIssue("unit_unknown", at(detection.top, 0)));

  const nameCol = byKey.get("name")?.col ?? 0;
  const seqCol = byKey.get("seq")?.col;
  const unitCol = byKey.get("unit")?.col;
  const valueCols = new Set(
    columns.filter((c) => c.key && FIELD_BY_KEY.get(c.key)?.type !== "text").map((c) => c.col),
  );
  const layout = {
    nameCol,
    valueCols,
    countHeaderWords: (texts: readonly string[]) =>
      texts.filter((t) => LEDGER_INDEX.has(splitHeader(t).base)).length,
    ...(seqCol === undefined ? {} : { seqCol }),
  };
  const mergedAcross = new Set(
    sheet.merges.filter((m) => m.right > m.left && m.top > detection.bottom).map((m) => m.top),
  );
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const keys = new Set(byKey.keys());

  // A 责任单位, 投资方 or date merged down over several projects belongs to each of them;
  // an amount merged that way does not, or it would count once per row.
  const origins = mergeOrigins(sheet, sheet.rows.length);
  const mergedDown = (
    cell: GridCell | null | undefined,
    r: number,
    c: number,
    type: FieldType | undefined,
  ): GridCell | null | undefined => {
    // Most sheets merge nothing below the header: no key to build for their blank cells.
    const o = origins.size > 0 && isBlankCell(cell) ? origins.get(`${r},${c}`) : undefined;
    if (!o || o[1] !== c || o[0] <= detection.bottom || type === "money" || type === "money_usd")
      return cell;
    return getCell(sheet, o[0], o[1]);
  };

  // Per column, made once: the cell context (its location is built only for an issue).
  // Millions of cells in a county run.
  let current = 0;
  const perColumn = columns.map((col) => ({
    col,
    type: FIELD_BY_KEY.get(col.key ?? "")?.type,
    context: col.key
      ? {
          at: () => at(current, col.col),
          field: FIELD_BY_KEY.get(col.key)!,
          scale: col.scale,
          reportYear,
        }
      : undefined,
  }));
  const moneyCols = columns.filter((c) => {
    const type = FIELD_BY_KEY.get(c.key ?? "")?.type;
    return type === "money" || type === "money_usd";
  });
  // The column letters of every known column, one object for all the sheet's records.
  const letters: Partial<Record<FieldKey, string>> = {};
  for (const col of columns) if (col.key) letters[col.key] = columnLetter(col.col);
  const hasAmount = (cells: ReadonlyArray<GridCell | null | undefined>): boolean =>
    moneyCols.some((c) => typeof cells[c.col]?.value === "number");
  const records: LedgerRecord[] = [];
  const kinds: Array<{ row: number; kind: RowKind }> = [];
  // Ids are "file|sheet|row": the first two parts joined once for the sheet.
  const idPrefix = `${file}|${sheet.name}|`;
  // What each cell became, one object reused for every cell of the sheet.
  const scratch: CellRead = { raw: "", value: undefined, approximate: false, issues: [] };
  let rejected = 0;
  let skipped = 0;
  for (let r = detection.bottom + 1; r < sheet.rows.length; r += 1) {
    const cells = sheet.rows[r] ?? [];
    const kind = classifyRow(cells, layout, mergedAcross.has(r));
    kinds.push({ row: r, kind });
    if (kind === "nameless") {
      rejected += 1;
      issues.push(makeIssue("row_without_name", at(r, nameCol)));
      continue;
    }
    if (kind !== "project") {
      if (kind !== "blank") skipped += 1;
      if ((kind === "totals" || kind === "subtotal" || kind === "footer") && hasAmount(cells)) {
        // Skipped as a label row, yet named like a project and holding money: never silently.
        const name = cellText(cells[nameCol]);
        // The form's own footer ("联系电话：13812345678", "填报人：张三  审核人：李四") names no project.
        if (namesMoreThanLabel(name) && !isFormFooter(name))
          issues.push(makeIssue("label_row_skipped", at(r, nameCol, name), { label: name }));
      }
      continue;
    }
    const record: LedgerRecord = {
      id: idPrefix + (r + 1),
      file,
      sheet: sheet.name,
      row: r + 1,
      unit: "",
      unitSource: "file",
      fields: new FieldSlots() as LedgerFields,
      raw: NO_RAW,
      columns: letters,
      approximate: NO_APPROXIMATE,
      extra: NO_EXTRA,
      hidden: hiddenRows.has(r),
    };
    const fields = record.fields as Record<string, string | number | undefined>;
    current = r;
    for (const { col, type, context } of perColumn) {
      const cell = mergedDown(getCell(sheet, r, col.col), r, col.col, type);
      if (!col.key || !context) {
        const text = cellText(cell);
        if (text === "") continue;
        if (record.extra === NO_EXTRA) record.extra = {};
        record.extra[col.header || `第${col.col + 1}列`] = text;
        continue;
      }
      const read = readCell(cell, context, scratch);
      // The raw text only where the value does not say it (most cells of most rows): a county's
      // records keep no second copy of their numbers and dates (rawOf gives it back).
      if (read.raw !== "" && !saysRaw(read, cell)) {
        if (record.raw === NO_RAW) record.raw = {};
        record.raw[col.key] = read.raw;
      }
      if (read.value !== undefined) fields[col.key] = read.value;
      if (read.approximate) {
        if (record.approximate === NO_APPROXIMATE) record.approximate = [];
        record.approximate.push(col.key);
      }
      for (const issue of read.issues) issues.push(issue);
    }
    assignUnit(record, titleUnit, fallbackUnit);
    // An empty unit cell is fine while the title or file name says the unit; otherwise the row has none.
    if (!record.fields.unit && !fallbackUnit && unitCol !== undefined)
      issues.push(
        makeIssue("required_empty", at(r, unitCol, rawOf(record, "unit")), {
          label: LABELS.unit,
        }),
      );
    if (record.hidden)
      issues.push(makeIssue("hidden_row", at(r, nameCol, record.fields.name ?? "")));
    issues.push(...checkRecord(record, keys, ctx.asOf));
    records.push(record);
  }
  issues.push(...checkUnits(records, fallbackUnit));
  issues.push(...checkColumns({ sheet, file, columns, records, kinds }));
  const read: SheetRead = {
    sheet: sheet.name,
    headerRows: [detection.top + 1, detection.bottom + 1],
    columns,
    records,
    issues,
    rows: { read: records.length + rejected, records: records.length, rejected, skipped },
  };
  if (fallbackUnit) read.unit = fallbackUnit;
  return read;
}

/** Whether a cell's value spells its raw text (String(value) === raw), without making a string. */
function saysRaw(read: CellRead, cell: GridCell | null | undefined): boolean {
  const value = read.value;
  if (value === undefined) return false;
  if (typeof value === "string") return read.raw === value;
  // A number read as written: its text is the cell's own (cellText), unless shown as a date.
  if (typeof cell?.value === "number" && cell.value === value && !isDateFormat(cell.numFmt))
    return true;
  return read.raw === String(value);
}

function assignUnit(
  record: LedgerRecord,
  titleUnit: string | undefined,
  fallback: string | undefined,
): void {
  const own = record.fields.unit;
  if (own) {
    record.unit = own;
    record.unitSource = "column";
  } else {
    record.unit = fallback ?? "未知单位";
    record.unitSource = titleUnit ? "title" : "file";
  }
}

/** Rows whose own unit differs from the one the title or file name gives. */
function checkUnits(records: readonly LedgerRecord[], fallback: string | undefined): LedgerIssue[] {
  if (!fallback) return [];
  const expected = nameKey(fallback);
  return records
    .filter((r) => r.unitSource === "column" && !sameUnit(nameKey(r.unit), expected))
    .map((r) =>
      makeIssue(
        "unit_mixed",
        {
          file: r.file,
          sheet: r.sheet,
          cell: cellOf(r, "unit"),
          raw: rawOf(r, "unit"),
          row: r.row,
        },
        { label: r.unit, detail: fallback },
      ),
    );
}

/** "城关" and "城关镇" are the same unit; "城关镇" and "城南镇" are not. */
function sameUnit(a: string, b: string): boolean {
  return a === b || (a.length >= 2 && b.startsWith(a)) || (b.length >= 2 && a.startsWith(b));
}

/** A standard column whose name shares most characters with an unknown header. */
function suggest(header: string): { detail?: string } {
  const base = splitHeader(header).base;
  if (base.length < 2) return {};
  const hit = LEDGER_FIELDS.find((f) => f.header.includes(base) || base.includes(f.header));
  return hit ? { detail: hit.header } : {};
}
