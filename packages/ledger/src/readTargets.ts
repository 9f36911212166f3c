import { toA1 } from "./a1.js";
import { cellText, getCell } from "./cellText.js";
import { classifyRow } from "./classifyRow.js";
import { subtractDecimal, sumDecimal } from "./decimal.js";
import { type HeaderColumn, detectHeader } from "./detectHeader.js";
import { TARGET_FIELDS, type TargetKey } from "./fields.js";
import { findSheetUnit, unitKey } from "./findUnitName.js";
import type { GridSheet, GridWorkbook } from "./grid.js";
import { type IssueAt, type LedgerIssue, makeIssue } from "./issues.js";
import { TARGET_INDEX } from "./ledgerIndex.js";
import { buildHeaderIndex, splitHeader } from "./matchHeader.js";
import { matchTargetHeader } from "./matchTargetHeader.js";
import { parseMoney } from "./parseMoney.js";
import { displayText } from "./normalizeText.js";
import type { IsoDate, TargetRow } from "./record.js";
import type { TargetsRead } from "./result.js";

// The unit column by its spellings; every target column by its words (matchTargetHeader), so
// a period in a header ("1-9月到位资金任务") is never lost to a synonym without it.
const UNIT_INDEX = buildHeaderIndex(TARGET_FIELDS.filter((f) => f.key === "unit"));

const LABEL = Object.fromEntries(TARGET_FIELDS.map((f) => [f.key, f.header])) as Record<
  TargetKey | "unit",
  string
>;

/** Options of readTargets. */
export interface ReadTargetsOptions {
  /** 截至日期: picks the dispatch column of its period and checks the others against it. */
  asOf?: IsoDate;
}

// Columns a target table has besides targets that say nothing to compute with.
const PLAIN_COLUMN = /^(序号|编号|备注|说明|排名|名次|联系人|联系电话|分管领导|包抓领导|责任人)$/;

/**
 * Reads a target table (指标任务分解表): one row per unit, amounts in 万元 after the
 * header's or the sheet's unit, and the totals row kept apart. Headers are read from their
 * words (period, 省外, 调度, measure); every column it cannot use is reported with its cell.
 * @example readTargets(workbook, { asOf: "2024-09-30" }).targets[0].values.dispatch_amt_signed
 */
export function readTargets(workbook: GridWorkbook, options: ReadTargetsOptions = {}): TargetsRead {
  const issues: LedgerIssue[] = [];
  for (const sheet of workbook.sheets) {
    const detection = detectHeader(sheet, {
      index: UNIT_INDEX,
      match: matchTargetHeader,
      anchor: "unit",
      minKeys: 2,
    });
    if (!detection) continue;
    const at = (r: number, c: number, raw: string): IssueAt => ({
      file: workbook.file,
      sheet: sheet.name,
      cell: toA1(r, c),
      raw,
      row: r + 1,
    });
    let sheetScale: number | undefined;
    for (let r = 0; r < detection.top; r += 1)
      for (const c of sheet.rows[r] ?? []) sheetScale ??= findSheetUnit(cellText(c));
    const cols = chooseColumns(detection.columns, options.asOf, (c, code, p) =>
      issues.push(makeIssue(code, at(detection.top, c.col, c.header), p)),
    );
    const unitCol = cols.find((c) => c.key === "unit")?.col ?? 0;
    const layout = {
      nameCol: unitCol,
      valueCols: new Set(cols.filter((c) => c.key !== "unit").map((c) => c.col)),
      countHeaderWords: (t: readonly string[]) =>
        t.filter((x) => TARGET_INDEX.has(splitHeader(x).base)).length,
    };
    const targets: TargetRow[] = [];
    const seen = new Map<string, TargetRow>();
    let total: TargetRow | undefined;
    for (let r = detection.bottom + 1; r < sheet.rows.length; r += 1) {
      const kind = classifyRow(sheet.rows[r] ?? [], layout, false);
      if (kind !== "project" && kind !== "totals") continue;
      const unit = kind === "totals" ? "合计" : displayText(cellText(getCell(sheet, r, unitCol)));
      const row: TargetRow = {
        unit,
        file: workbook.file,
        sheet: sheet.name,
        row: r + 1,
        values: {},
      };
      if (kind !== "totals") row.unitCell = toA1(r, unitCol);
      readValues(sheet, r, cols, sheetScale ?? 1, row, (c, code, raw) =>
        issues.push(
          makeIssue(code, at(r, c, raw), {
            label: LABEL[cols.find((x) => x.col === c)!.key as TargetKey],
          }),
        ),
      );
      if (kind === "totals") {
        total = row;
        continue;
      }
      const earlier = seen.get(unitKey(unit));
      if (earlier) {
        issues.push(
          makeIssue("target_unit_duplicate", at(r, unitCol, unit), {
            label: unit,
            detail: String(earlier.row),
          }),
        );
        continue;
      }
      seen.set(unitKey(unit), row);
      targets.push(row);
    }
    if (total) issues.push(...checkTotal(total, targets, cols, sheet, at));
    const read: TargetsRead = { file: workbook.file, sheet: sheet.name, targets, issues };
    if (total) read.total = total;
    return read;
  }
  issues.push(
    makeIssue("no_target_sheet", {
      file: workbook.file,
      sheet: workbook.sheets[0]?.name ?? "",
      cell: "",
    }),
  );
  return { file: workbook.file, targets: [], issues };
}

type ColumnIssue = (
  column: HeaderColumn,
  code: "target_column_unknown" | "target_column_unused" | "target_period_mismatch",
  params: { label?: string; detail?: string; other?: string },
) => void;

/**
 * The columns to read: the unit and one column per target key. Of several dispatch columns
 * of one key (一季度, 二季度, 三季度…) the one of the as-of date's period is read: the
 * period ending in its month, else the first ending after it, else the last. Every other
 * column is reported.
 */
function chooseColumns(
  columns: readonly HeaderColumn[],
  asOf: IsoDate | undefined,
  report: ColumnIssue,
): HeaderColumn[] {
  const month = asOf ? Number(asOf.slice(5, 7)) : undefined;
  const byKey = new Map<string, HeaderColumn[]>();
  for (const c of columns) {
    if (!c.key) {
      const base = splitHeader(c.header.replace(/\//g, "")).base;
      if (base !== "" && !PLAIN_COLUMN.test(base))
        report(c, "target_column_unknown", { label: c.header });
      continue;
    }
    byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  }
  const chosen: HeaderColumn[] = [];
  for (const [key, list] of byKey) {
    const pick = pickColumn(list, month);
    chosen.push(pick);
    for (const c of list)
      if (c !== pick)
        report(c, "target_column_unused", {
          label: c.header,
          other: LABEL[key as TargetKey | "unit"],
          detail: pick.header,
        });
    if (
      month !== undefined &&
      key.startsWith("dispatch_") &&
      pick.period &&
      pick.period.endMonth !== month
    )
      report(pick, "target_period_mismatch", {
        label: pick.header,
        detail: `${pick.period.endMonth}月`,
        other: asOf ?? "",
      });
  }
  return chosen.sort((a, b) => a.col - b.col);
}

function pickColumn(list: readonly HeaderColumn[], month: number | undefined): HeaderColumn {
  if (list.length === 1 || month === undefined) return list[0]!;
  const dated = list.filter((c) => c.period);
  const exact = dated.find((c) => c.period!.endMonth === month);
  if (exact) return exact;
  const after = dated
    .filter((c) => c.period!.endMonth > month)
    .sort((a, b) => a.period!.endMonth - b.period!.endMonth)[0];
  return after ?? dated.sort((a, b) => b.period!.endMonth - a.period!.endMonth)[0] ?? list[0]!;
}

function readValues(
  sheet: GridSheet,
  r: number,
  cols: readonly HeaderColumn[],
  sheetScale: number,
  row: TargetRow,
  report: (
    col: number,
    code: "cell_error" | "money_unparsed" | "target_negative",
    raw: string,
  ) => void,
): void {
  for (const c of cols) {
    if (c.key === "unit") continue;
    const key = c.key as TargetKey;
    const cell = getCell(sheet, r, c.col);
    const v = cell?.value;
    if (cell?.error) {
      report(c.col, "cell_error", cell.error);
      continue;
    }
    if (v === null || v === undefined || v instanceof Date || typeof v === "boolean") continue;
    const scale =
      key === "target_n_signed" ? 1 : (c.scale ?? (key === "target_fdi" ? 1 : sheetScale));
    const parsed = parseMoney(v, scale, key === "target_fdi" ? "usd" : "cny");
    if (parsed.kind === "value") {
      if (parsed.value < 0) report(c.col, "target_negative", cellText(cell));
      else row.values[key] = parsed.value;
    } else if (parsed.kind === "unparsed") report(c.col, "money_unparsed", cellText(cell));
  }
}

/** The totals row against the units' sum, key by key: a gap over 0.01 万元 is reported. */
function checkTotal(
  total: TargetRow,
  targets: readonly TargetRow[],
  cols: readonly HeaderColumn[],
  sheet: GridSheet,
  at: (r: number, c: number, raw: string) => IssueAt,
): LedgerIssue[] {
  const issues: LedgerIssue[] = [];
  for (const c of cols) {
    const key = c.key as TargetKey;
    const written = total.values[key];
    const values = targets.flatMap((t) => (t.values[key] === undefined ? [] : [t.values[key]!]));
    if (written === undefined || values.length === 0) continue;
    const sum = sumDecimal(values);
    if (Math.abs(subtractDecimal(written, sum)) < 0.01) continue;
    const unit = key === "target_n_signed" ? "个" : key === "target_fdi" ? "万美元" : "万元";
    issues.push(
      makeIssue(
        "target_total_mismatch",
        at(total.row - 1, c.col, cellText(getCell(sheet, total.row - 1, c.col))),
        {
          label: LABEL[key],
          detail: `合计行 ${written} ${unit}，各单位之和 ${sum} ${unit}`,
        },
      ),
    );
  }
  return issues;
}
