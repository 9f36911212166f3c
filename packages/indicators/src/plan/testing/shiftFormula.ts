// Test support: moves a formula down by a number of rows the way Excel's fill-down does, to
// check a plan's claim that a column is one shared formula. Independent of the plan's code.

// A string literal, a quoted sheet name, or a cell reference: not inside a longer name and
// not followed by "(", so functions such as LOG10 or ATAN2 are no references.
const TOKEN =
  /("(?:[^"]|"")*")|('(?:[^']|'')+'!)|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.])/g;

/**
 * The formula with every relative row reference moved down by `rows`; `$`-anchored rows,
 * strings and sheet names stay as they are.
 * @example shiftFormula("OR(V2,W$2,'汇总'!$B$2)", 3) → "OR(V5,W$2,'汇总'!$B$2)"
 */
export function shiftFormula(formula: string, rows: number): string {
  return formula.replace(
    TOKEN,
    (whole, str?: string, sheet?: string, colAbs = "", col = "", rowAbs = "", row = "") => {
      if (str !== undefined || sheet !== undefined) return whole;
      return `${colAbs}${col}${rowAbs}${rowAbs ? row : Number(row) + rows}`;
    },
  );
}
