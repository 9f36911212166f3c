import { columnLetters, MAX_COLUMNS, parseCellRef } from "./parseCellRef.js";

// exceljs's shared-formula translation, ported so a dependent cell gets the same formula
// text as before: every relative reference moves by the offset from master to dependent.
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula's text as seen from another cell.
 * @example slideFormula("F3*0.1", "G3", "G5") // "F5*0.1"
 */
export function slideFormula(formula: string, fromRef: string, toRef: string): string {
  const from = parseCellRef(fromRef);
  const to = parseCellRef(toRef);
  if (from < 0 || to < 0) return formula;
  const dRow = Math.floor(to / MAX_COLUMNS) - Math.floor(from / MAX_COLUMNS);
  const dCol = (to % MAX_COLUMNS) - (from % MAX_COLUMNS);
  return formula.replace(
    CANDIDATE,
    (match: string, sheet: string | undefined, _s: string, addr: string, paren?: string) => {
      if (paren) return match;
      const m = CELL.exec(addr);
      if (!m) return match;
      const [, colDollar = "", colText = "", rowDollar = "", rowText = ""] = m;
      const letters = colText.toUpperCase();
      // Past XFD it is a name, not a column.
      if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return match;
      let col = 0;
      for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
      let row = parseInt(rowText, 10);
      if (!colDollar) col += dCol;
      if (!rowDollar) row += dRow;
      return `${sheet ?? ""}${colDollar}${columnLetters(col - 1)}${rowDollar}${row}`;
    },
  );
}
