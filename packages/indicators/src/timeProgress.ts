import type { IsoDate } from "@zsyz/ledger";
import { addDecimal, type Decimal, divideDecimal } from "./math.js";

/** Days in month `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Time progress (时序进度) as an exact decimal: (m − 1 + d / days_in_month) / 12. */
export function timeProgressExact(asOf: IsoDate): Decimal {
  const [y = 0, m = 1, d = 1] = asOf.split("-").map(Number);
  const inMonth = divideDecimal(String(d), String(daysInMonth(y, m))) ?? "0";
  return divideDecimal(addDecimal(String(m - 1), inMonth), "12") ?? "0";
}

/**
 * Time progress (时序进度) of the year on an as-of date, as a fraction.
 * @example timeProgress("2024-09-30") === 0.75
 */
export function timeProgress(asOf: IsoDate): number {
  return Number(timeProgressExact(asOf));
}
