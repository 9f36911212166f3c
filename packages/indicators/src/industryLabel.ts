/** How an empty 产业类别 is listed. */
export const NO_INDUSTRY = "未填写";

/**
 * An industry as written, with only width and spaces normalised: full-width letters and digits
 * become half-width, spaces beside Chinese text go, other runs of spaces become one. Empty
 * text gives "" (listed as 未填写).
 * @example industryLabel(" 新能源 汽车 ") === "新能源汽车"
 * @example industryLabel("ＡＩ  Industry") === "AI Industry"
 */
export function industryLabel(text: string | undefined): string {
  if (text === undefined) return "";
  // Most industries are a few Chinese characters: nothing to normalise (runs once per project).
  if (/^[\u4e00-\u9fff]+$/.test(text)) return text;
  return text
    .normalize("NFKC")
    .trim()
    .replace(/\s+/g, " ")
    .replace(/ (?=[^ -~])|(?<=[^ -~]) /g, "");
}
