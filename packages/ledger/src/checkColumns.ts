import { toA1 } from "./a1.js";
import { cellText, getCell } from "./cellText.js";
import type { RowKind } from "./classifyRow.js";
import { subtractDecimal, sumDecimal } from "./decimal.js";
import type { FieldKey } from "./fields.js";
import type { GridSheet } from "./grid.js";
import { type LedgerIssue, makeIssue } from "./issues.js";
import { FIELD_BY_KEY, LABELS } from "./ledgerIndex.js";
import { parseMoney } from "./parseMoney.js";
import { cellOf, type LedgerRecord, rawOf } from "./record.js";
import type { ColumnMapping } from "./result.js";

/** What the column checks need from a read sheet. */
export interface ColumnCheckInput {
  sheet: GridSheet;
  file: string;
  columns: readonly ColumnMapping[];
  records: readonly LedgerRecord[];
  kinds: ReadonlyArray<{ row: number; kind: RowKind }>;
}

type MoneyKey =
  | "total_invest"
  | "amt_signed"
  | "amt_signed_outprov"
  | "amt_arrived"
  | "amt_arrived_outprov"
  | "amt_arrived_cum"
  | "fdi";

/** A single project over 100亿元 in a township ledger is almost surely 元 typed into 万元. */
const IMPLAUSIBLE = 1_000_000;
/** Ten thousand times the column's median: the gap between 元 and 万元. */
const RATIO = 10_000;
/**
 * A thousandth of the median: 2.6 in a column of 15000s is 2.6亿 typed as 万元. Projects
 * under 10 万元 are not 招商引资 projects, so the small side can be stricter.
 */
const SMALL_RATIO = 1_000;

/** Column-wide checks: amounts in the wrong unit, and totals rows that disagree with their rows. */
export function checkColumns(input: ColumnCheckInput): LedgerIssue[] {
  const money = input.columns.filter(
    (c): c is ColumnMapping & { key: MoneyKey } =>
      c.key !== undefined && FIELD_BY_KEY.get(c.key)?.type.startsWith("money") === true,
  );
  return [...money.flatMap((c) => checkMagnitude(input, c.key)), ...checkTotals(input, money)];
}

function checkMagnitude({ records }: ColumnCheckInput, key: MoneyKey): LedgerIssue[] {
  const values: number[] = [];
  for (const r of records) {
    const v = r.fields[key];
    if (v !== undefined && v > 0) values.push(v);
  }
  if (values.length === 0) return [];
  // A typed array sorts numbers natively, several times faster than a comparator per pair.
  const sorted = Float64Array.from(values).sort();
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const issues: LedgerIssue[] = [];
  for (const r of records) {
    const v = r.fields[key];
    if (v === undefined || v <= 0) continue;
    const far = values.length >= 4 && (v >= median * RATIO || v * SMALL_RATIO <= median);
    if (v < IMPLAUSIBLE && !far) continue;
    const detail = far
      ? `本列中位数约 ${Number(median.toPrecision(4))} 万元，本值 ${v} 万元`
      : `折合 ${v} 万元，超过 100 亿元`;
    issues.push(
      makeIssue(
        "money_magnitude",
        {
          file: r.file,
          sheet: r.sheet,
          cell: cellOf(r, key),
          raw: rawOf(r, key),
          row: r.row,
        },
        { label: LABELS[key], detail },
      ),
    );
  }
  return issues;
}

/**
 * Compares every totals row with the sum of the records it stands for: 小计 with the
 * records of its section, 合计/总计 with all records. A totals row usually sits under
 * its records; one with none above it (many ledgers put 合计 first) sums those below.
 */
function checkTotals(
  input: ColumnCheckInput,
  money: ReadonlyArray<ColumnMapping & { key: MoneyKey }>,
): LedgerIssue[] {
  const byRow = new Map(input.records.map((r) => [r.row - 1, r]));
  const issues: LedgerIssue[] = [];
  input.kinds.forEach(({ row, kind }, i) => {
    if (kind !== "totals" && kind !== "subtotal") return;
    const scope = totalsScope(input.kinds, byRow, i);
    for (const col of money) {
      const cell = getCell(input.sheet, row, col.col);
      const written = parseMoney(
        cell?.value instanceof Date || typeof cell?.value === "boolean" ? "" : (cell?.value ?? ""),
        col.scale,
      );
      if (written.kind !== "value") continue;
      const sum = sumDecimal(scope.map((r) => r.fields[col.key] ?? 0));
      // Totals rows are often rounded for display: a gap under 0.01 万元 (100 元) is rounding.
      if (Math.abs(subtractDecimal(written.value, sum)) < 0.01) continue;
      issues.push(
        makeIssue(
          "totals_mismatch",
          {
            file: input.file,
            sheet: input.sheet.name,
            cell: toA1(row, col.col),
            raw: cellText(cell),
            row: row + 1,
          },
          {
            label: LABELS[col.key as FieldKey],
            detail: `合计行 ${written.value} 万元，明细之和 ${sum} 万元`,
          },
        ),
      );
    }
  });
  return issues;
}

/** The records a totals row at kinds[at] sums: above it if any, else below it; a 小计 stops at its section's edge. */
function totalsScope(
  kinds: ColumnCheckInput["kinds"],
  byRow: ReadonlyMap<number, LedgerRecord>,
  at: number,
): LedgerRecord[] {
  const sectionOnly = kinds[at]?.kind === "subtotal";
  const walk = (step: 1 | -1): LedgerRecord[] => {
    const out: LedgerRecord[] = [];
    for (let i = at + step; i >= 0 && i < kinds.length; i += step) {
      const { row, kind } = kinds[i]!;
      const record = byRow.get(row);
      if (record) out.push(record);
      else if (sectionOnly && (kind === "heading" || kind === "subtotal" || kind === "totals"))
        break;
    }
    return out;
  };
  const above = walk(-1);
  return above.length > 0 ? above : walk(1);
}
