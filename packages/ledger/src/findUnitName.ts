import { normalizeText } from "./normalizeText.js";

// A township, street, park or department name, ending in the word that says what it is.
const UNIT_NAME =
  /([\u4e00-\u9fa5A-Za-z0-9×]{1,14}?(?:镇|乡|街道办事处|街道办|街道|办事处|园区|开发区|管委会|产业园|新区|工业园|示范区|农场|局|委员会))/;

/**
 * Finds a unit name in a ledger title or a file name.
 * @example findUnitName("城关镇2024年招商引资项目台账") === "城关镇"
 * @example findUnitName("03-河西乡-9月台账.xlsx") === "河西乡"
 */
export function findUnitName(text: string): string | undefined {
  const base = normalizeText(text.split(/[\\/]/).pop() ?? "")
    .replace(/\.(xlsx|xlsm|xls|et|csv)$/i, "")
    .replace(/^(附件|附表)\d*[:：]?/, "")
    // A title may open with its period ("2024年1-9月城关镇…"): not part of the unit's name.
    .replace(/^\d{4}年度?(\d{1,2}([-~至]\d{1,2})?月份?)?/, "")
    .replace(/^[\d\-_.、()（）]+/, "")
    .replace(/^[\s\S]*?县(?=[\u4e00-\u9fa5]{1,8}(镇|乡|街道|园区))/, "");
  // Stop at the year or at the words that start a ledger title.
  const head = base.split(/\d{4}年|\d{4}|招商|项目|台账|关于|统计|截至|截止/)[0] ?? "";
  const m = UNIT_NAME.exec(head);
  return m?.[1];
}

/** Money unit named in a "单位：万元" row above the header, as a multiplier into 万元. */
export function findSheetUnit(text: string): number | undefined {
  const m = /单位[:：]?(亿元|万元|千元|元)/.exec(normalizeText(text));
  if (!m) return undefined;
  return { 亿元: 10000, 万元: 1, 千元: 0.1, 元: 0.0001 }[m[1] as "亿元" | "万元" | "千元" | "元"];
}

/**
 * The key two spellings of one unit share: width, spaces, punctuation and letter case
 * folded (SUMIFS ignores case, so "ABC园区" and "abc园区" must be one unit or the live
 * formulas double-count).
 * @example unitKey(" ABC 园区 ") === unitKey("abc园区")
 */
export function unitKey(name: string): string {
  return normalizeText(name)
    .replace(/[()（）[\]【】"“”'‘’,，.。、:：;；\-—_·]/g, "")
    .toLowerCase();
}

/**
 * A looser key for matching the target table's units to the ledgers': also without the
 * government suffix and the administrative word ("乙镇人民政府", "乙镇" and "乙" agree).
 * @example looseUnitKey("乙镇人民政府") === looseUnitKey("乙")
 */
export function looseUnitKey(name: string): string {
  return unitKey(name)
    .replace(/(人民政府|政府|管理委员会|管委会)$/, "")
    .replace(/(街道办事处|街道办|办事处|街道|镇|乡|苏木)$/, "");
}
