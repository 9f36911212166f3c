import { scaleDecimal } from "./decimal.js";
import { normalizeText } from "./normalizeText.js";

/** Outcome of reading one money cell. Values are in 万元 (or 万美元 for foreign capital). */
export type MoneyParse =
  { kind: "empty" } | { kind: "value"; value: number; approximate: boolean } | { kind: "unparsed" };

/** Texts that mean "nothing here" in a money or date cell. */
const PLACEHOLDERS = new Set([
  "",
  "-",
  "--",
  "---",
  "—",
  "——",
  "–",
  "/",
  "//",
  "\\",
  "无",
  "暂无",
  "待定",
  "空",
  "未定",
  "未知",
  "不详",
  "…",
  "...",
  "0.00/",
  "x",
  "X",
  "×",
]);

/** Whether a cell text is a placeholder for an empty value ("—", "/", "无", "待定"). */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDERS.has(normalizeText(text));
}

/** The currency of a money column: 人民币 (万元) for most, US dollars (万美元) for foreign capital. */
export type Currency = "cny" | "usd";

// Units a cell may carry, longest first so "万美元" wins over "美元" and "千万元" over "万元";
// each with the currency it names (a bare 万 or 亿 is the column's own).
const CELL_UNITS: ReadonlyArray<readonly [string, number, Currency | undefined]> = [
  ["亿美元", 10000, "usd"],
  ["万美元", 1, "usd"],
  ["美元", 0.0001, "usd"],
  ["千万元", 1000, "cny"],
  ["亿元", 10000, "cny"],
  ["万元", 1, "cny"],
  ["千万", 1000, undefined],
  ["亿", 10000, undefined],
  ["万", 1, undefined],
  ["元", 0.0001, "cny"],
];

const APPROX_PREFIX = /^(约|大约|约计|近|将近|接近|逾|超过|超|预计|估计|大概)/;
const APPROX_SUFFIX = /(多|余|左右|以上|上下|\+)$/;

/**
 * Reads a money cell into 万元 (万美元 in a `usd` column). `scale` converts a bare number by
 * the column's unit (亿元 header → 10000, 元 → 0.0001); a unit written in the cell itself
 * wins. A cell in another currency than its column's ("100万美元" under 签约资金（万元）) is
 * unreadable, never counted as if it were the column's currency.
 * @example parseMoney("1.2亿", 1) → { kind: "value", value: 12000, approximate: false }
 * @example parseMoney("约500", 1) → { kind: "value", value: 500, approximate: true }
 * @example parseMoney("100万美元", 1) → { kind: "unparsed" }
 */
export function parseMoney(
  input: string | number,
  scale: number,
  currency: Currency = "cny",
): MoneyParse {
  if (typeof input === "number")
    return finite(Number.isFinite(input) ? scaleDecimal(input, scale) : NaN, false);
  let text = normalizeText(input).replace(/[,，、']/g, "");
  if (PLACEHOLDERS.has(text)) return { kind: "empty" };
  let approximate = false;
  if (APPROX_PREFIX.test(text)) {
    approximate = true;
    text = text.replace(APPROX_PREFIX, "");
  }
  let factor = scale;
  // A unit may sit after an approximation word ("400多万元") or before it ("500万余").
  for (let pass = 0; pass < 2; pass += 1) {
    if (APPROX_SUFFIX.test(text)) {
      approximate = true;
      text = text.replace(APPROX_SUFFIX, "");
    }
    const unit = CELL_UNITS.find(([u]) => text.endsWith(u) && text.length > u.length);
    if (unit) {
      if (unit[2] !== undefined && unit[2] !== currency) return { kind: "unparsed" };
      factor = unit[1];
      text = text.slice(0, -unit[0].length);
    }
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { kind: "unparsed" };
  return finite(scaleDecimal(text.replace(/^\+/, ""), factor), approximate);
}

// An amount beyond what a number holds (400 digits, 1e305 in an 亿元 column) is no amount:
// the cell is unreadable, never an Infinity that would break every sum after it.
function finite(value: number, approximate: boolean): MoneyParse {
  return Number.isFinite(value) ? { kind: "value", value, approximate } : { kind: "unparsed" };
}
