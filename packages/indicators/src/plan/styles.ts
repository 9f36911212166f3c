import type { CellStyle, PrintPlan, StyleName } from "./WorkbookPlan.js";

/** The style table of every plan: a few named styles, defined once. */
export const PLAN_STYLES: Record<StyleName, CellStyle> = {
  title: { bold: true, fontSize: 14, horizontal: "center", vertical: "center" },
  label: { bold: true, horizontal: "right" },
  input: { bold: true, fill: "#FFF2CC", border: "thin", horizontal: "center" },
  header: {
    bold: true,
    fill: "#DDEBF7",
    border: "thin",
    horizontal: "center",
    vertical: "center",
    wrap: true,
  },
  text: { border: "thin", vertical: "center" },
  number: { border: "thin", horizontal: "right" },
  derived: { border: "thin", fill: "#F2F2F2", horizontal: "center" },
  total: { bold: true, border: "thin", fill: "#FCE4D6" },
  note: { fontColor: "#7F7F7F" },
  paragraph: { border: "thin", vertical: "top", wrap: true },
};

/** Fill and font colour of conditional formats: below time progress, at or above it, and a warning. */
export const RULE_COLOURS = {
  bad: { fill: "#FFC7CE", fontColor: "#9C0006" },
  good: { fill: "#C6EFCE", fontColor: "#006100" },
  warn: { fill: "#FFEB9C", fontColor: "#9C5700" },
} as const;

/** A4 landscape, one page wide, with one header row (1-based) repeated on every page. */
export function landscapePrint(headerRow: number): PrintPlan {
  return {
    paperSize: "A4",
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    repeatRows: { first: headerRow, last: headerRow },
  };
}
