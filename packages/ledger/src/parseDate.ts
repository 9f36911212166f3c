import type { IsoDate } from "./record.js";
import { normalizeText } from "./normalizeText.js";
import { remembering } from "./remembering.js";

/** Outcome of reading one date cell. */
export type DateParse =
  { kind: "empty" } | { kind: "value"; date: IsoDate; yearAssumed: boolean } | { kind: "unparsed" };

const pad = (n: number): string => String(n).padStart(2, "0");

/** Days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function makeDate(y: number, m: number, d: number, yearAssumed = false): DateParse {
  if (y < 1950 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
    return { kind: "unparsed" };
  return { kind: "value", date: `${y}-${pad(m)}-${pad(d)}`, yearAssumed };
}

// Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 is accounted for; the 1904
// date system (old Mac workbooks) counts from 1904-01-01, 1462 days later.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;
// The serials of 1950-01-01 and 2100-12-31: the plausible dates of a ledger.
const FIRST_SERIAL = 18264;
const LAST_SERIAL = 73415;

/**
 * Converts an Excel serial day number (1900 date system) into an ISO date.
 * @example serialToIso(45175) === "2023-09-06"
 */
export function serialToIso(serial: number): IsoDate {
  return isoOfDay(Math.floor(serial));
}

// A county's ledgers repeat the same few hundred dates over 100,000s of cells (and read each
// twice: its value and the text a person sees): each day is converted once.
const isoOfDay = remembering((day: number): IsoDate =>
  new Date(EPOCH_1900 + day * DAY_MS).toISOString().slice(0, 10),
);
const parseOfDay = remembering((day: number): DateParse => ({
  kind: "value",
  date: isoOfDay(day),
  yearAssumed: false,
}));

/**
 * The ISO date (UTC) of a date the reader made, as a person sees it in the cell.
 * @example dateToIso(new Date("2023-09-06T00:00:00Z")) === "2023-09-06"
 */
export function dateToIso(date: Date): IsoDate {
  return serialToIso((date.getTime() - EPOCH_1900) / DAY_MS);
}

/** Converts an ISO date into an Excel serial day number. @example isoToSerial("2023-09-06") === 45175 */
export function isoToSerial(date: IsoDate): number {
  // "YYYY-MM-DD" read in place: a county's sheets convert hundreds of thousands of dates.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digitsAt(date, 0, 4);
    const m = digitsAt(date, 5, 7);
    const d = digitsAt(date, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0)
      return Math.round((Date.UTC(y, m - 1, d) - EPOCH_1900) / DAY_MS);
  }
  const [y, m, d] = date.split("-").map(Number);
  return Math.round((Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - EPOCH_1900) / DAY_MS);
}

/** The decimal number written in text[from, to), or -1 if a character is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The Excel serial (1900 system, fractional for a time of day) of a Date's UTC date and time,
 * as hosts hand dates over at UTC midnight. @example dateToSerial(new Date("2023-09-06")) === 45175
 */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EPOCH_1900) / DAY_MS;
}

/**
 * The Date (UTC) an Excel serial stands for, in the workbook's date system; rounded to the
 * millisecond so a time of day survives floating point. @example serialToDate(45175).toISOString() === "2023-09-06T00:00:00.000Z"
 */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((date1904 ? EPOCH_1904 : EPOCH_1900) + serial * DAY_MS));
}

const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray, year: number) => DateParse]> =
  [
    // 2023-09-06, 2023.9.6, 2023/9/6, 2023年9月6日, optionally followed by a time
    [
      /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})[日号]?(?:\d{1,2}:\d{2}(?::\d{2})?)?$/,
      (m) => makeDate(+m[1]!, +m[2]!, +m[3]!),
    ],
    // 20230906
    [/^(\d{4})(\d{2})(\d{2})$/, (m) => makeDate(+m[1]!, +m[2]!, +m[3]!)],
    // 2023-09, 2023.9, 2023/09, 2023年9月, 202309 — the month's first day
    [/^(\d{4})[-./年](\d{1,2})月?(?:份)?$/, (m) => makeDate(+m[1]!, +m[2]!, 1)],
    [/^(\d{4})(\d{2})$/, (m) => makeDate(+m[1]!, +m[2]!, 1)],
    // 9月6日, 9月 — the report year is assumed and flagged
    [/^(\d{1,2})月(\d{1,2})[日号]$/, (m, y) => makeDate(y, +m[1]!, +m[2]!, true)],
    [/^(\d{1,2})月(?:份)?$/, (m, y) => makeDate(y, +m[1]!, 1, true)],
  ];

/**
 * Reads a date cell. Numbers are Excel serials (or yyyymmdd / yyyymm written as numbers);
 * text takes every form of DOMAIN.md; a date without a year takes `reportYear` and is flagged.
 * @example parseDate("2023年9月6日", 2024) → { kind: "value", date: "2023-09-06", yearAssumed: false }
 */
export function parseDate(input: string | number | Date, reportYear: number): DateParse {
  if (input instanceof Date) {
    const time = input.getTime();
    if (Number.isNaN(time)) return { kind: "unparsed" };
    // The day it falls on (UTC, as the reader makes dates), read as that day's serial.
    const day = Math.floor((time - EPOCH_1900) / DAY_MS);
    return day >= FIRST_SERIAL && day <= LAST_SERIAL ? parseDateNumber(day) : { kind: "unparsed" };
  }
  if (typeof input === "number") return parseDateNumber(input);
  // Dates written as text repeat as much as serials do: each spelling is read once per year.
  if (textDates?.year !== reportYear)
    textDates = { year: reportYear, parse: remembering((text) => parseDateText(text, reportYear)) };
  return textDates.parse(input);
}

let textDates: { year: number; parse: (text: string) => DateParse } | undefined;

function parseDateText(input: string, reportYear: number): DateParse {
  // A trailing time goes before spaces are dropped, or "2023-9-6 10:30" runs the day into the hour.
  const text = normalizeText(input.replace(/\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*$/, ""));
  if (text === "" || ["-", "—", "——", "/", "无", "待定", "未定", "暂无"].includes(text))
    return { kind: "empty" };
  for (const [re, build] of PATTERNS) {
    const m = re.exec(text);
    if (m) return build(m, reportYear);
  }
  return /^\d+(\.\d+)?$/.test(text) ? parseDateNumber(Number(text)) : { kind: "unparsed" };
}

function parseDateNumber(n: number): DateParse {
  if (!Number.isFinite(n)) return { kind: "unparsed" };
  // 20240315 or 202403 typed as a number: read as its digits (a full date: no year assumed).
  if (Number.isInteger(n) && n >= 19500101 && n <= 21001231) return parseDateText(String(n), 0);
  if (Number.isInteger(n) && n >= 195001 && n <= 210012) return parseDateText(String(n), 0);
  // Serials from 1950-01-01 to 2100-12-31; anything else is not a plausible ledger date.
  if (n >= FIRST_SERIAL && n < LAST_SERIAL + 1) return parseOfDay(Math.floor(n));
  return { kind: "unparsed" };
}
