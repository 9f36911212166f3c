/** Columns and rows of the largest sheet Excel allows (XFD1048576). */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/**
 * Parses an A1 reference ("AB12", "$A$1" not accepted) into `row * MAX_COLUMNS + col`,
 * both 0-based, or -1 when it is not a cell inside Excel's sheet size.
 * @example parseCellRef("B3") // 2 * 16384 + 1
 */
export function parseCellRef(ref: string): number {
  let col = 0;
  let i = 0;
  const length = ref.length;
  for (; i < length && i < 4; i += 1) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else break;
  }
  if (i === 0 || i === length || col > MAX_COLUMNS) return -1;
  let row = 0;
  for (; i < length; i += 1) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57 || row > MAX_ROWS) return -1;
    row = row * 10 + (ch - 48);
  }
  if (row < 1 || row > MAX_ROWS) return -1;
  return (row - 1) * MAX_COLUMNS + (col - 1);
}

/** Column letters of a 0-based column index: 0 → "A", 27 → "AB". */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
