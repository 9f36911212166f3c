import type { GridCell } from "@zsyz/ledger";
import { normalizeText } from "@zsyz/ledger";

/** What a row below a tracking table's header is; only "data" and "totals" rows get formulas. */
export type TrackingRowKind = "data" | "totals" | "blank" | "heading" | "footer";

// The same words the ledger reader uses for its own rows (classifyRow in @zsyz/ledger,
// which is internal there): totals/subtotals, and the sign-off lines under a table.
const TOTALS =
  /^(合计|总计|共计|总合计|全县合计|全区合计|全镇合计|累计合计|小计|分计|全县|全区)$|^(合计|总计|小计)/;
const FOOTER =
  /^(填报人|审核人|填报日期|填表人|填表日期|制表人|制表|审核|负责人|单位负责人|主要负责人|分管领导|联系人|联系电话|报送日期|填报单位|注[:：]|说明[:：]|备注[:：])/;

const text = (cell: GridCell | null | undefined): string => {
  const v = cell?.value;
  return typeof v === "string" ? normalizeText(v) : "";
};
const isBlank = (cell: GridCell | null | undefined): boolean => {
  const v = cell?.value;
  return (
    !cell?.formula && (v === null || v === undefined || (typeof v === "string" && v.trim() === ""))
  );
};

/**
 * Tells a unit's row from totals, blank, heading ("一、乡镇") and footer ("填报人：") rows.
 * `valueCols` are the 任务/完成 columns: a row with nothing in them and one label is a heading.
 * @example classifyTrackingRow([{ value: "合计" }, { value: 53 }], 0, [1]) === "totals"
 */
export function classifyTrackingRow(
  cells: ReadonlyArray<GridCell | null | undefined>,
  unitCol: number,
  valueCols: readonly number[],
): TrackingRowKind {
  const filled = cells.flatMap((c, i) => (isBlank(c) ? [] : [i]));
  if (filled.length === 0) return "blank";
  const lead = [unitCol, ...filled.slice(0, 3)].map((i) => text(cells[i]));
  if (lead.some((t) => FOOTER.test(t))) return "footer";
  if (lead.some((t) => TOTALS.test(t))) return "totals";
  // Numbers or formulas, not text: without a unit column the label may sit in a value column.
  const hasValues = valueCols.some(
    (c) => typeof cells[c]?.value === "number" || cells[c]?.formula !== undefined,
  );
  if (!hasValues && filled.length === 1) return "heading";
  if (isColumnNumbering(cells, filled)) return "heading";
  return "data";
}

/** A "栏次" row under the header: 1, 2, 3 … across the columns. */
function isColumnNumbering(
  cells: ReadonlyArray<GridCell | null | undefined>,
  filled: readonly number[],
): boolean {
  if (filled.length < 4) return false;
  return filled.every((col, i) => {
    const v = cells[col]?.value;
    return v === i + 1 || v === String(i + 1);
  });
}
