import { extractPeriod, type HeaderPeriod } from "./extractPeriod.js";
import type { FieldSpec } from "./fields.js";
import { normalizeText } from "./normalizeText.js";
import { remembering } from "./remembering.js";

/** A header label split into its name and the money unit it carries. */
export interface HeaderLabel {
  /** Normalised name without unit, brackets or punctuation ("本年到位资金"). */
  base: string;
  /** Multiplier into 万元 (万美元 for foreign capital) when the header names a unit. */
  scale?: number;
  /** `base` without bracketed remarks ("项目名称（全称）" → 项目名称), when it differs. */
  bare?: string;
  /** The period the header names ("三季度", "1-9月", "全年"), taken out of `base` unless whole-year. */
  period?: HeaderPeriod;
}

const UNIT_SCALES: Record<string, number> = {
  亿元: 10000,
  亿: 10000,
  万元: 1,
  万: 1,
  元: 0.0001,
  万美元: 1,
  美元: 0.0001,
  亿美元: 10000,
  千万元: 1000,
};
const UNIT_WORDS = Object.keys(UNIT_SCALES)
  .sort((a, b) => b.length - a.length)
  .join("|");
const BRACKETED_UNIT = new RegExp(`[(\\[【{<]\\s*(?:单位[:：]?)?(${UNIT_WORDS})\\s*[)\\]】}>]`);
const TRAILING_UNIT = new RegExp(`(?:单位[:：]?)?(${UNIT_WORDS})$`);

/**
 * Splits a header cell into its name and unit.
 * @example splitHeader("签约资金\n（亿元）") → { base: "签约资金", scale: 10000 }
 */
export function splitHeader(text: string): HeaderLabel {
  return splitOnce(text);
}

// Header detection splits every text of a sheet's first rows, and a county's ledgers repeat
// their headers, units and statuses from file to file: each text is split once.
const splitOnce = remembering(split);

function split(text: string): HeaderLabel {
  const { rest, period } = extractPeriod(normalizeText(text).replace(/[*＊※]/g, ""));
  let t = rest;
  let scale: number | undefined;
  const bracketed = BRACKETED_UNIT.exec(t);
  if (bracketed?.[1]) {
    scale = UNIT_SCALES[bracketed[1]];
    t = t.replace(bracketed[0], "");
  } else {
    // "签约资金万元" but not "签约资金" (ends in 金) nor "外资" — the unit must be a whole suffix.
    // A cell holding only a unit ("万元" on a units row under the header) is all unit.
    const trailing = TRAILING_UNIT.exec(t);
    if (
      trailing?.[1] &&
      (t === trailing[0] || /资金|额|投资|外资|金额/.test(t.slice(0, -trailing[0].length)))
    ) {
      scale = UNIT_SCALES[trailing[1]];
      t = t.slice(0, -trailing[0].length);
    }
  }
  // Counts and percentages in brackets ("（个）", "(%)") say nothing about money.
  t = t.replace(/[([【][个项家%％][)\]】]/g, "");
  const PUNCT = /[()[\]【】{}<>:：、,，.。/\\\-_—?？"“”'‘’]/g;
  const base = t.replace(PUNCT, "");
  const bare = t.replace(/[([【{][^)\]】}]*[)\]】}]/g, "").replace(PUNCT, "");
  const label: HeaderLabel = { base };
  if (bare !== base && bare !== "") label.bare = bare;
  if (scale !== undefined) label.scale = scale;
  if (period) label.period = period;
  return label;
}

/**
 * Looks a header name up, generalising before giving up: as written, then without a
 * bracketed remark ("项目名称（全称）"), then without a whole-year word ("年度签约资金").
 * @example lookupHeader(LEDGER_INDEX, splitHeader("项目名称（全称）")) === "name"
 */
export function lookupHeader(index: HeaderIndex, label: HeaderLabel): string | undefined {
  const plain = label.bare ?? label.base;
  return (
    index.get(label.base) ??
    index.get(plain) ??
    index.get(plain.replace(/^(全年|本年度|年度)|(全年|年度)$/, ""))
  );
}

/** Index from normalised header names and synonyms to field keys. */
export type HeaderIndex = ReadonlyMap<string, string>;

/** Builds the lookup of every header spelling of a field catalogue. */
export function buildHeaderIndex(fields: readonly FieldSpec[]): HeaderIndex {
  const index = new Map<string, string>();
  for (const f of fields) {
    for (const name of [f.header, ...f.synonyms]) index.set(splitHeader(name).base, f.key);
  }
  return index;
}

// Child labels under a merged parent that mean "the parent itself".
const GENERIC_CHILD = /^(总额|合计|小计|金额|总计|数额|总数|金额合计|总量|全部|资金)$/;

/**
 * Finds the field key of a header, joining a two-row header's parent and child
 * ("到位资金" over "本年" → 本年到位资金).
 * @example matchHeader(index, "本年", "到位资金") === "amt_arrived"
 */
export function matchHeader(
  index: HeaderIndex,
  label: string,
  parent?: string,
): string | undefined {
  if (!parent || parent === label) return index.get(label);
  for (const c of [label + parent, parent + label]) {
    const key = index.get(c);
    if (key) return key;
  }
  if (GENERIC_CHILD.test(label)) return index.get(parent);
  return index.get(label);
}
