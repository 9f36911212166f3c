import type { IsoDate } from "@zsyz/ledger";

/**
 * The 截至日期 every front end proposes: the last day of the month before `today`, since
 * ledgers are reported for the month just ended ("截至9月底"). The caller reads the clock
 * and passes its local date; this stays pure.
 * @example defaultAsOf("2024-10-15") === "2024-09-30"
 */
export function defaultAsOf(today: IsoDate): IsoDate {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m - 1, 0));
  return end.toISOString().slice(0, 10);
}

/** A local calendar date as an ISO date, for front ends turning their clock into `today`. */
export function toIsoDate(now: Date): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
