/** A reporting period named in a header: the month it ends in (cumulative from January). */
export interface HeaderPeriod {
  /** The period as written, normalised ("三季度", "1-9月", "全年"). */
  text: string;
  /** Last month the period covers, 1–12 (三季度 → 9, 上半年 → 6, 全年 → 12). */
  endMonth: number;
  /** Whether it is the whole year (全年/年度/本年…), i.e. not a dispatch period. */
  wholeYear: boolean;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const CN_MONTH = "(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])";
const monthNumber = (t: string): number => {
  if (/^\d+$/.test(t)) return Number(t);
  if (t === "十") return 10;
  if (t.startsWith("十")) return 10 + (t === "十一" ? 1 : 2);
  return "一二三四五六七八九".indexOf(t) + 1;
};

// Longest spellings first: "前三季度" before "三季度", "1-9月底" before "9月".
const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => number, boolean]> = [
  // 1-9月, 1—9月, 1——9月, 1至9月, 1~9月, 1-9月份, 一至九月
  [
    new RegExp(`(?:${CN_MONTH})\\s*(?:[-—–~～至到]+)\\s*(${CN_MONTH})月(?:份|底|末)?`),
    (m) => monthNumber(m[1]!),
    false,
  ],
  // 截至9月, 截止9月底, 至9月末
  [new RegExp(`(?:截至|截止|至)(${CN_MONTH})月(?:份|底|末)?`), (m) => monthNumber(m[1]!), false],
  // 9月底, 9月末
  [new RegExp(`(${CN_MONTH})月(?:底|末)`), (m) => monthNumber(m[1]!), false],
  // 前三季度, 第三季度, 三季度, 3季度, Q3
  [/(?:前|第)?([一二三四1-4])季度/, (m) => CN_DIGIT[m[1]!]! * 3, false],
  [/\bQ([1-4])\b/i, (m) => CN_DIGIT[m[1]!]! * 3, false],
  [/上半年/, () => 6, false],
  [/下半年/, () => 12, false],
];

const WHOLE_YEAR = /全年|本年度|年度/;

/**
 * Finds the period a header names and returns the header without it. Whole-year words
 * (全年, 年度) are reported but left in the text: a ledger's 本年到位资金 needs them.
 * @example extractPeriod("第三季度(1——9月)签约资金调度目标") → { rest: "签约资金调度目标", period: { text: "第三季度", endMonth: 9, wholeYear: false } }
 * @example extractPeriod("2024年1-9月完成") → { rest: "完成", period: { text: "1-9月", endMonth: 9, wholeYear: false } }
 */
export function extractPeriod(text: string): { rest: string; period?: HeaderPeriod } {
  // A year in front says which year, not which period ("2024年", "2024年度").
  let rest = text.replace(/(?:19|20)\d{2}年(?!度)/g, "").replace(/(?:19|20)\d{2}(?=年度)/g, "");
  const dated = rest;
  let period: HeaderPeriod | undefined;
  let at = Infinity;
  for (const [re, end, wholeYear] of PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    // The period written first names it ("第三季度(1——9月)" is 第三季度); the others go too.
    const index = dated.indexOf(m[0]);
    if (index < at) {
      period = { text: m[0], endMonth: end(m), wholeYear };
      at = index;
    }
    rest = rest.replace(m[0], "");
  }
  // An emptied bracket ("第三季度(1——9月)") says nothing more.
  rest = rest.replace(/[(（[【]\s*[)）\]】]/g, "");
  if (!period) {
    const y = WHOLE_YEAR.exec(rest);
    if (y) period = { text: y[0], endMonth: 12, wholeYear: true };
  }
  return period ? { rest, period } : { rest };
}
