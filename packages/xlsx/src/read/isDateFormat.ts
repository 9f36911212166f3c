/**
 * Whether a number format shows a date or time, by exceljs's rule (so the same cells
 * become dates): after dropping [..] and "..", any of y m d h M s b remains.
 * @example isDateFormat('yyyy"年"m"月"d"日"') // true; isDateFormat('0.00"万元"') // false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
