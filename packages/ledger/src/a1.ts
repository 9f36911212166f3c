/** Column letters for a 0-based column index. @example columnLetter(0) === "A"; columnLetter(27) === "AB" */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address for a 0-based row and column. @example toA1(6, 5) === "F7" */
export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** 0-based column index for column letters. @example columnIndex("AB") === 27 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "F7" into 0-based { row, col }; undefined for anything else. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m?.[1] || !m[2]) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}
