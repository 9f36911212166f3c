import type { RowPlan } from "./WorkbookPlan.js";

// Points per line of 11-point 宋体, the sheets' font: Excel's default row is 14.25 pt, and a
// little more per line keeps descenders of the last line inside the cell.
const LINE_HEIGHT = 15;

// A CJK or full-width character is as wide as two digits, the unit of Excel column widths.
const displayWidth = (text: string): number => {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return width;
};

/**
 * The height of a header row whose texts wrap inside their columns, or none when every
 * text fits on one line (the default height is then right).
 * @example headerRowHeight(3, ["签约资金超额(−差距)（万元）"], [12]) → [{ row: 3, height: 45 }]
 */
export function headerRowHeight(
  row: number,
  texts: readonly string[],
  widths: readonly number[],
): RowPlan[] {
  let lines = 1;
  texts.forEach((text, c) => {
    // About one character of a column's width goes to the cell's padding.
    const room = Math.max(1, (widths[c] ?? 8.43) - 1);
    lines = Math.max(lines, Math.ceil(displayWidth(text) / room));
  });
  return lines > 1 ? [{ row, height: lines * LINE_HEIGHT }] : [];
}
