/** How the page treats a file the user gave: read it, try it as an old-format workbook, or refuse it. */
export type InputKind = "xlsx" | "legacy" | "other";

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const LEGACY = /\.(xls|et)$/i;

/** Lock files Excel/WPS leave beside an open workbook (~$…), and hidden files, as the CLI skips them. */
export const isIgnoredName = (name: string): boolean =>
  name.startsWith("~$") || name.startsWith(".");

/**
 * What a file is by its name, the way `zsyz` decides it: .xlsx/.xlsm are read, .xls/.et are
 * old formats, anything else is not a workbook.
 * @example inputKind("城关镇.xlsx") === "xlsx"; inputKind("河西乡.et") === "legacy"
 */
export function inputKind(name: string): InputKind {
  if (WORKBOOK.test(name)) return "xlsx";
  if (LEGACY.test(name)) return "legacy";
  return "other";
}
