import type { CellRange } from "@zsyz/ledger";
import { parseA1, toA1 } from "@zsyz/ledger";

/** A1 address of a 0-based rectangle, a single cell as "F7". @example rangeToA1({top:0,left:0,bottom:1,right:2}) === "A1:C2" */
export function rangeToA1(r: CellRange): string {
  const first = toA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? first : `${first}:${toA1(r.bottom, r.right)}`;
}

/** Parses "B2", "B2:D9" or "Sheet1!B2:D9" (sheet part ignored) into a 0-based rectangle. */
export function parseRangeA1(address: string): CellRange | undefined {
  const local = stripSheet(address);
  const [a = "", b = a] = local.split(":");
  const from = parseA1(a);
  const to = parseA1(b);
  if (!from || !to) return undefined;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/** The part of an address after the sheet name: "'My Sheet'!A1:B2" → "A1:B2". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/** Sheet name as Excel writes it in an address: quoted when it holds spaces or punctuation. */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * A reference split into its sheet (unquoted, '' back to ') and its local address without `$`:
 * the inverse of quoteSheetName for the plan's chart ranges.
 * @example splitSheetRef("'指标汇总'!$F$5:$F$9") // { sheet: "指标汇总", address: "F5:F9" }
 */
export function splitSheetRef(ref: string): { sheet: string; address: string } {
  const bang = ref.lastIndexOf("!");
  return {
    sheet: ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"),
    address: ref.slice(bang + 1).replace(/\$/g, ""),
  };
}
