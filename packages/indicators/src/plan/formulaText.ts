import { type IsoDate, isoToSerial } from "@zsyz/ledger";

// Functions added after Excel 2007 that a file stores with a prefix; Office.js and the
// Excel UI take the plain name. Only those this package or staff formulas plausibly use.
const PREFIXED = [
  "RANK.EQ",
  "RANK.AVG",
  "IFS",
  "MAXIFS",
  "MINIFS",
  "SWITCH",
  "CONCAT",
  "TEXTJOIN",
  "XLOOKUP",
  "XMATCH",
  "STDEV.S",
  "STDEV.P",
  "PERCENTILE.INC",
  "PERCENTILE.EXC",
  "QUARTILE.INC",
  "FILTER",
  "SORT",
  "UNIQUE",
  "LET",
  "IFNA",
  "DAYS",
];
const PREFIX_RE = new RegExp(
  `(?<![A-Za-z0-9_.])(${PREFIXED.map((f) => f.replace(".", "\\.")).join("|")})(?=\\()`,
  "gi",
);

/**
 * A plan formula as stored inside an .xlsx file: newer functions get `_xlfn.`;
 * string literals and quoted sheet names are left alone.
 * @example toFileFormula('IF(ISNUMBER(S5),RANK.EQ(S5,S$5:S$9,0),"")') === 'IF(ISNUMBER(S5),_xlfn.RANK.EQ(S5,S$5:S$9,0),"")'
 */
export function toFileFormula(formula: string): string {
  // Most formulas use none of these functions: skip the split on the hot path.
  PREFIX_RE.lastIndex = 0;
  if (!PREFIX_RE.test(formula)) return formula;
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(PREFIX_RE, (name) => `_xlfn.${name.toUpperCase()}`),
    )
    .join("");
}

/** A plan formula as Office.js `range.formulas` takes it: with the leading "=". */
export function toOfficeFormula(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

/**
 * Whether a text value would be re-read by a host that parses typed input (Office.js
 * `range.values`, the Excel UI): a formula or a number, date or percent look-alike. Such a
 * value must be written as text (number format "@" first, or a leading apostrophe).
 * @example needsTextGuard("=1+1") === true; needsTextGuard("城关镇") === false
 */
export function needsTextGuard(value: string): boolean {
  return (
    /^[=+\-@]/.test(value) ||
    /^\s*[\d.,]+\s*%?\s*$/.test(value) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(value) ||
    /^(true|false)$/i.test(value.trim())
  );
}

/** Excel serial day number (1900 date system) of an ISO date: the ledger's conversion, one source. @example toExcelSerial("2024-09-30") === 45565 */
export const toExcelSerial: (date: IsoDate) => number = isoToSerial;
