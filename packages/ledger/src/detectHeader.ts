import { cellText, getCell, mergeOrigins } from "./cellText.js";
import type { GridSheet } from "./grid.js";
import type { HeaderPeriod } from "./extractPeriod.js";
import {
  type HeaderIndex,
  type HeaderLabel,
  lookupHeader,
  matchHeader,
  splitHeader,
} from "./matchHeader.js";
import { normalizeText } from "./normalizeText.js";

/** One column of a detected header, before it is checked against the catalogue. */
export interface HeaderColumn {
  col: number;
  /** Header as written; a two-row header's parent and child joined with "/". */
  header: string;
  key?: string;
  /** Unit multiplier the header itself names, if any. */
  scale?: number;
  /** The period the header names ("三季度"), if any. */
  period?: HeaderPeriod;
}

/** Where the header of a sheet is and what its columns mean. */
export interface HeaderDetection {
  /** 0-based first and last header rows. */
  top: number;
  bottom: number;
  columns: HeaderColumn[];
}

/** How far down a header may sit: title, unit and note rows rarely take more than a few. */
const SCAN_ROWS = 30;

/** Options of header detection: the catalogue index and what a header must contain. */
export interface DetectOptions {
  index: HeaderIndex;
  /** Key that must be among the columns ("name" for ledgers, "unit" for targets). */
  anchor: string;
  /** Fewest distinct keys a header row must map. */
  minKeys: number;
  /**
   * Matches a label the index does not know (the target table reads its headers from their
   * words); given the parent of a two-row header too.
   */
  match?: (label: HeaderLabel) => string | undefined;
}

/**
 * Finds the header of a sheet: the row (or pair of rows, for merged two-row headers)
 * whose cells map to the most catalogue columns, including the anchor column.
 */
export function detectHeader(
  sheet: GridSheet,
  options: DetectOptions,
): HeaderDetection | undefined {
  const last = Math.min(sheet.rows.length, SCAN_ROWS) - 1;
  const origins = mergeOrigins(sheet, last + 1);
  const text = (r: number, c: number): string => {
    // Most sheets merge nothing in their first rows: then no key is built per cell.
    const o = origins.size > 0 ? origins.get(`${r},${c}`) : undefined;
    return cellText(o ? getCell(sheet, o[0], o[1]) : getCell(sheet, r, c)).trim();
  };
  const width = Math.max(0, ...sheet.rows.slice(0, last + 2).map((row) => row?.length ?? 0));
  let best: { detection: HeaderDetection; score: number; scaled: number } | undefined;
  for (let r = 0; r <= last; r += 1) {
    const candidates = [readHeaderRows(text, r, r, width, options)];
    if (r + 1 < sheet.rows.length && looksLikeHeaderRow(text, r + 1, width)) {
      // Two rows only when the upper row adds something the lower row alone lacks.
      const two = readHeaderRows(text, r, r + 1, width, options);
      if (countKeys(two) > countKeys(readHeaderRows(text, r + 1, r + 1, width, options)))
        candidates.push(two);
    }
    for (const detection of candidates) {
      const score = countKeys(detection);
      if (!detection.columns.some((c) => c.key === options.anchor) || score < options.minKeys)
        continue;
      // On a tie, the reading that knows more units wins: a "（亿元）" row under the header is header.
      const scaled = detection.columns.filter((c) => c.scale !== undefined).length;
      if (!best || score > best.score || (score === best.score && scaled > best.scaled))
        best = { detection, score, scaled };
    }
  }
  return best?.detection;
}

function countKeys(d: HeaderDetection): number {
  return new Set(d.columns.flatMap((c) => (c.key ? [c.key] : []))).size;
}

/** A second header row holds short text labels only: no numbers, no dates, no long text. */
function looksLikeHeaderRow(
  text: (r: number, c: number) => string,
  r: number,
  width: number,
): boolean {
  let labels = 0;
  for (let c = 0; c < width; c += 1) {
    const t = text(r, c);
    if (t === "") continue;
    if (/^[\d.,\-/\s]+$/.test(t) || t.length > 20) return false;
    labels += 1;
  }
  return labels > 0;
}

function readHeaderRows(
  text: (r: number, c: number) => string,
  top: number,
  bottom: number,
  width: number,
  options: DetectOptions,
): HeaderDetection {
  const { index, match } = options;
  const find = (label: HeaderLabel): string | undefined =>
    lookupHeader(index, label) ?? match?.(label);
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c += 1) {
    const parentRaw = text(top, c);
    const childRaw = bottom > top ? text(bottom, c) : "";
    if (parentRaw === "" && childRaw === "") continue;
    const parent = splitHeader(parentRaw);
    const child = splitHeader(childRaw);
    const sameCell = childRaw === "" || normalizeText(childRaw) === normalizeText(parentRaw);
    const key = sameCell
      ? find(parent)
      : parentRaw === ""
        ? find(child)
        : (matchHeader(index, child.base, parent.base) ?? match?.(joinLabels(parent, child)));
    const header = sameCell ? parentRaw : parentRaw === "" ? childRaw : `${parentRaw}/${childRaw}`;
    const scale = child.scale ?? parent.scale;
    const period = sameCell ? parent.period : (child.period ?? parent.period);
    const column: HeaderColumn = { col: c, header: header.replace(/\s*[\r\n]+\s*/g, "") };
    if (key) column.key = key;
    if (scale !== undefined) column.scale = scale;
    if (period) column.period = period;
    columns.push(column);
  }
  return { top, bottom, columns };
}

/** A two-row header's parent and child read as one label ("三季度调度目标" over "签约资金"). */
function joinLabels(parent: HeaderLabel, child: HeaderLabel): HeaderLabel {
  const label: HeaderLabel = { base: parent.base + child.base };
  const bare = (parent.bare ?? parent.base) + (child.bare ?? child.base);
  if (bare !== label.base) label.bare = bare;
  const period = child.period ?? parent.period;
  if (period) label.period = period;
  return label;
}
