const MS_PER_DAY = 86_400_000;
// Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 is accounted for.
const EPOCH = Date.UTC(1899, 11, 30);

/** Excel serial number of a Date, from its UTC fields. @example toExcelSerial(new Date("2024-09-06")) === 45541 */
export function toExcelSerial(date: Date): number {
  return (date.getTime() - EPOCH) / MS_PER_DAY;
}

/** Excel serial number of an ISO date. @example isoToExcelSerial("2024-09-06") === 45541 */
export function isoToExcelSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH) / MS_PER_DAY;
}
