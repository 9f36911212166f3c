/**
 * Where both writers of 一键计算 keep the names of the sheets this add-in created (a JSON array):
 * Excel's document settings, WPS's document properties. Only these sheets are ever refreshed.
 */
export const OWNED_SHEETS_SETTING = "zsyz.addinSheets";

/**
 * The sheet names in a stored ownership list; a missing, damaged or foreign value owns nothing.
 * @example parseOwnedSheets('["指标汇总","项目明细"]') // ["指标汇总", "项目明细"]
 */
export function parseOwnedSheets(value: unknown): string[] {
  if (typeof value !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    // A damaged list owns nothing: the add-in then refuses to overwrite, the safe side.
    return [];
  }
}
