import type { IsoDate } from "@zsyz/ledger";
import { daysInMonth } from "./timeProgress.js";

const QUARTERS = ["第一季度", "第二季度", "第三季度", "第四季度"];

const parts = (asOf: IsoDate): [number, number, number] => {
  const [y = 0, m = 1, d = 1] = asOf.split("-").map(Number);
  return [y, m, d];
};

/**
 * The as-of date as reports write it: "截至9月底" on a month's last day, else "截至9月15日".
 * @example describeAsOf("2024-09-30") === "截至9月底"; describeAsOf("2024-09-30", true) === "截至2024年9月底"
 */
export function describeAsOf(asOf: IsoDate, withYear = false): string {
  const [y, m, d] = parts(asOf);
  const year = withYear ? `${y}年` : "";
  return d === daysInMonth(y, m) ? `截至${year}${m}月底` : `截至${year}${m}月${d}日`;
}

/**
 * The dispatch period an as-of date closes, for "第三季度调度考评目标": a quarter at a
 * quarter's end, else the month ("8月").
 * @example periodName("2024-09-30") === "第三季度"
 */
export function periodName(asOf: IsoDate): string {
  const [y, m, d] = parts(asOf);
  return m % 3 === 0 && d === daysInMonth(y, m) ? (QUARTERS[m / 3 - 1] ?? `${m}月`) : `${m}月`;
}
