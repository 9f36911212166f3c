const DAY_MS = 24 * 3600 * 1000;

/**
 * An Excel serial as a Date at UTC, the way exceljs converts it (rounded to the
 * millisecond; 1904-based serials shifted by 1462 days).
 * @example serialToDate(45356, false) // 2024-03-05T00:00:00.000Z
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}
