import { cellText } from "./cellText.js";
import { ENUMS, type EnumKey, type FieldSpec } from "./fields.js";
import type { GridCell } from "./grid.js";
import { type IssueAt, type LedgerIssue, makeIssue } from "./issues.js";
import { parseDate } from "./parseDate.js";
import { parseEnum } from "./parseEnum.js";
import { isPlaceholder, parseMoney } from "./parseMoney.js";
import { displayText, normalizeText } from "./normalizeText.js";

// Most cells raise nothing: they share one empty, frozen list until their first issue.
const NO_ISSUES = Object.freeze([]) as unknown as LedgerIssue[];

/** Excel's limit on the text of one cell. */
export const MAX_CELL_TEXT = 32767;

/** What one cell of a known column became. */
export interface CellRead {
  /** Parsed value, undefined when the cell was empty or not understood. */
  value: string | number | undefined;
  raw: string;
  approximate: boolean;
  issues: LedgerIssue[];
}

/** Context of a cell read: where it is, the column's unit and the report year. */
export interface CellContext {
  /** Where the cell is; asked for only when the cell raises an issue (most never do). */
  at: () => IssueAt;
  field: FieldSpec;
  /** Multiplier into 万元 from the header or the sheet's unit row. */
  scale: number;
  reportYear: number;
}

/**
 * Reads one cell of a known column into its typed value, with the issues it raises.
 * Never throws: what cannot be understood is reported and left out. Given `out` (a reader of
 * millions of cells), fills that instead of a new object: valid until the next call with it.
 */
export function readCell(
  cell: GridCell | null | undefined,
  ctx: CellContext,
  out: CellRead = { raw: "", value: undefined, approximate: false, issues: NO_ISSUES },
): CellRead {
  const label = ctx.field.header;
  const raw = cellText(cell);
  out.raw = raw;
  out.value = undefined;
  out.approximate = false;
  out.issues = NO_ISSUES;
  // No closures here: this runs once per cell of every ledger, millions of times a county.
  if (!cell) return out;
  if (cell.error) {
    addIssue(out, makeIssue("cell_error", issueAt(ctx, raw), { label }));
    return out;
  }
  if (cell.formula !== undefined && (cell.value === null || cell.value === undefined)) {
    // The formula is what a person sees in the formula bar: keep it as the raw value.
    out.raw = `=${cell.formula.replace(/^=/, "")}`;
    addIssue(
      out,
      makeIssue("formula_without_value", { ...issueAt(ctx, raw), raw: out.raw }, { label }),
    );
    return out;
  }
  const v = cell.value;
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return out;
  switch (ctx.field.type) {
    case "text": {
      let text = displayText(typeof v === "string" ? v : raw);
      if (text.length > MAX_CELL_TEXT) {
        addIssue(
          out,
          makeIssue("text_too_long", issueAt(ctx, raw), { label, detail: String(text.length) }),
        );
        text = text.slice(0, MAX_CELL_TEXT);
      }
      if (!isPlaceholder(text) || ctx.field.key === "seq") out.value = text;
      return out;
    }
    case "money":
    case "money_usd": {
      if (typeof v === "boolean" || v instanceof Date) {
        addIssue(out, makeIssue("money_unparsed", issueAt(ctx, raw), { label }));
        return out;
      }
      const parsed = parseMoney(v, ctx.scale, ctx.field.type === "money_usd" ? "usd" : "cny");
      if (parsed.kind === "unparsed")
        addIssue(out, makeIssue("money_unparsed", issueAt(ctx, raw), { label }));
      if (parsed.kind !== "value") return out;
      out.value = parsed.value;
      if (parsed.value < 0)
        addIssue(out, makeIssue("money_negative", issueAt(ctx, raw), { label }));
      if (parsed.approximate) {
        out.approximate = true;
        addIssue(
          out,
          makeIssue("money_approximate", issueAt(ctx, raw), {
            label,
            detail: String(parsed.value),
          }),
        );
      }
      return out;
    }
    case "date": {
      if (typeof v === "boolean") {
        addIssue(out, makeIssue("date_unparsed", issueAt(ctx, raw), { label }));
        return out;
      }
      const parsed = parseDate(v, ctx.reportYear);
      if (parsed.kind === "unparsed")
        addIssue(out, makeIssue("date_unparsed", issueAt(ctx, raw), { label }));
      if (parsed.kind !== "value") return out;
      out.value = parsed.date;
      if (parsed.yearAssumed)
        addIssue(
          out,
          makeIssue("date_year_assumed", issueAt(ctx, raw), { label, detail: parsed.date }),
        );
      return out;
    }
    case "enum": {
      const key = ctx.field.key as EnumKey;
      const parsed = parseEnum(key, typeof v === "string" ? v : raw);
      if (parsed.kind === "unparsed") {
        addIssue(
          out,
          makeIssue("enum_unparsed", issueAt(ctx, raw), { label, detail: enumChoices(key) }),
        );
      } else if (parsed.kind !== "empty") {
        out.value = parsed.value;
      }
      return out;
    }
  }
}

function enumChoices(key: EnumKey): string {
  return ENUMS[key].join("、");
}

/** Normalised comparison key of a unit or project name. */
export function nameKey(text: string): string {
  // One pass over what ledgers hold — ASCII, ideographs, Chinese and full-width punctuation —
  // dropping and folding as NFKC and the pattern below would (a property test holds them
  // equal); anything else takes the general path. Runs for every project name and investor.
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c > 0x20 && c < 0x7f && !DROPPED_ASCII[c])) continue;
    if (c <= 0x20 || DROPPED_OTHER.has(c)) {
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && (c < 11 || c > 12))
        return slowNameKey(text);
      out += text.slice(from, i);
      from = i + 1;
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) {
      const ascii = c - 0xfee0;
      out += text.slice(from, i) + (DROPPED_ASCII[ascii] ? "" : String.fromCharCode(ascii));
      from = i + 1;
      continue;
    }
    if (c >= 0x300a && c <= 0x300f) continue;
    return slowNameKey(text);
  }
  return from === 0 ? text : out + text.slice(from);
}

const NAME_PUNCTUATION = /[()（）[\]【】"“”'‘’,，.。、:：;；\-—_·]/g;

function slowNameKey(text: string): string {
  return normalizeText(text).replace(NAME_PUNCTUATION, "");
}

// ASCII nameKey drops: NAME_PUNCTUATION's ASCII characters (white space is handled apart).
const DROPPED_ASCII: boolean[] = [];
for (const ch of "()[]\"',.:;-_") DROPPED_ASCII[ch.charCodeAt(0)] = true;
// Other characters it drops that NFKC leaves alone or folds to dropped ones: white space
// beyond ASCII, 、。【】‘’“”·— and full-width （）：，；.
const DROPPED_OTHER = new Set(
  [..."\u3000\u00a0\u200b\ufeff、。【】‘’“”·—"].map((ch) => ch.charCodeAt(0)),
);

/** Where a cell's issue points: its location, and its text clipped for the problem list. */
function issueAt(ctx: CellContext, raw: string): IssueAt {
  return { ...ctx.at(), raw: raw.length > 200 ? `${raw.slice(0, 200)}…` : raw };
}

function addIssue(out: CellRead, issue: LedgerIssue): void {
  if (out.issues === NO_ISSUES) out.issues = [];
  out.issues.push(issue);
}
