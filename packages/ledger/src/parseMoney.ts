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

// Units a cell may carry, longest first so "万美元" wins over "美元" and "千万元" over "万元".
const CELL_UNITS: ReadonlyArray<readonly [string, number]> = [
  ["亿美元", 10000],
  ["万美元", 1],
  ["美元", 0.0001],
  ["千万元", 1000],
  ["亿元", 10000],
  ["万元", 1],
  ["千万", 1000],
  ["亿", 10000],
  ["万", 1],
  ["元", 0.0001],
];

const APPROX_PREFIX = /^(约|大约|约计|近|将近|接近|逾|超过|超|预计|估计|大概)/;
const APPROX_SUFFIX = /(多|余|左右|以上|上下|\+)$/;

/**
 * Reads a money cell into 万元. `scale` converts a bare number by the column's unit
 * (亿元 header → 10000, 元 → 0.0001); a unit written in the cell itself wins.
 * @example parseMoney("1.2亿", 1) → { kind: "value", value: 12000, approximate: false }
 * @example parseMoney("约500", 1) → { kind: "value", value: 500, approximate: true }
 */
export function parseMoney(input: string | number, scale: number): MoneyParse {
  if (typeof input === "number") {
    return Number.isFinite(input)
      ? { kind: "value", value: scaleDecimal(input, scale), approximate: false }
      : { kind: "unparsed" };
  }
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
      factor = unit[1];
      text = text.slice(0, -unit[0].length);
    }
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { kind: "unparsed" };
  return { kind: "value", value: scaleDecimal(text.replace(/^\+/, ""), factor), approximate };
}
