import { isoToSerial } from "@zsyz/ledger";

/** What Excel stores for a string written through `range.values` into a cell not formatted "@". */
export type TypedInput =
  | { kind: "text"; text: string }
  | { kind: "formula"; formula: string }
  | { kind: "number"; value: number; numberFormat?: string }
  | { kind: "boolean"; value: boolean };

const NUMBER = /^([+-])?([¥$￥])?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(?:[eE]([+-]?\d+))?(%)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/;
const YEAR_MONTH = /^(\d{4})[-/](\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function date(y: string, m: string, d: string): number | undefined {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return isoToSerial(`${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

/**
 * Excel's parse of typed input, as `range.values` applies it to strings (a cell formatted "@"
 * keeps text as text): "=…" becomes a formula, and so does "+…", "-…" or "@…" that is not a
 * number; numbers with thousands separators, currency, percent or exponent become numbers;
 * ISO, slash and 年月日 dates become date serials (office-js#229: ISO strings became dates);
 * "TRUE"/"FALSE" become booleans. A zh-CN locale is assumed, as in a county office.
 * @example parseTypedInput("2024-09-30") → { kind: "number", value: 45565, numberFormat: "yyyy/m/d" }
 */
export function parseTypedInput(raw: string): TypedInput {
  const text = raw.trim();
  if (text.length > 1 && text.startsWith("=")) return { kind: "formula", formula: text };
  const number = parseNumber(text);
  if (number) return number;
  if (text.length > 1 && /^[+\-@]/.test(text)) return { kind: "formula", formula: `=${text}` };
  const iso = ISO_DATE.exec(text);
  const chinese = CHINESE_DATE.exec(text);
  const yearMonth = YEAR_MONTH.exec(text);
  const serial = iso
    ? date(iso[1]!, iso[2]!, iso[3]!)
    : chinese
      ? date(chinese[1]!, chinese[2]!, chinese[3] ?? "1")
      : yearMonth
        ? date(yearMonth[1]!, yearMonth[2]!, "1")
        : undefined;
  if (serial !== undefined) return { kind: "number", value: serial, numberFormat: "yyyy/m/d" };
  const time = TIME.exec(text);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    const seconds = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0);
    return { kind: "number", value: seconds / 86400, numberFormat: "h:mm" };
  }
  if (/^(true|false)$/i.test(text)) return { kind: "boolean", value: /^true$/i.test(text) };
  return { kind: "text", text: raw };
}

/** "1,234.5", "-3%", "¥100", "1e5", "(200)" (negative) as Excel's numbers; anything else undefined. */
function parseNumber(text: string): TypedInput | undefined {
  const paren = /^\(.*\)$/.test(text);
  const m = NUMBER.exec(paren ? text.slice(1, -1) : text);
  if (!m || !/\d/.test(text)) return undefined;
  const [, sign, currency, whole = "", fraction = "", exponent, percent] = m;
  if (whole === "" && fraction === "") return undefined;
  let value = Number(`${whole.replace(/,/g, "") || "0"}${fraction}`);
  if (exponent !== undefined) value *= 10 ** Number(exponent);
  if (percent) value /= 100;
  if (sign === "-" || paren) value = -value;
  const numberFormat = percent ? "0%" : currency ? `"${currency}"#,##0.00` : undefined;
  return numberFormat ? { kind: "number", value, numberFormat } : { kind: "number", value };
}
