import { normalizeText } from "@zsyz/ledger";
import type { CompiledIndicator } from "./compileIndicator.js";
import { baseSymbols } from "./symbols.js";

/** Indicators (and, for expressions, the other names they may use) by key or Chinese name. */
export interface IndicatorNames {
  /**
   * The key `text` names: a key, or a Chinese name written in full or half width, with or
   * without spaces ("资金到位率", "资金 到位率", "arrival_rate_new"); undefined when none.
   */
  keyOf(text: string): string | undefined;
  /** `text` (an expression) with each Chinese name in it turned into its key, set apart by spaces. */
  replaceNames(text: string): string;
  /** `text` (an expression) without the names it knows, to find a word that is no name. */
  removeNames(text: string): string;
}

/**
 * The one lookup of indicator names for settings, the 达标要求 and 考评办法 sheets and custom
 * indicators' expressions. Names are compared as ledger text is (normalizeText: full width
 * folded, white space dropped); a name two keys share names neither. With `symbols`, the
 * names an expression may also use are known: aggregates, targets, 全县… totals, 时序进度.
 * @example indicatorNames(DEFAULT_CATALOGUE).keyOf("资金 到位率") === "arrival_rate_new"
 */
export function indicatorNames(
  catalogue: readonly CompiledIndicator[],
  options: { symbols?: boolean } = {},
): IndicatorNames {
  const entries = [
    ...(options.symbols ? baseSymbols() : []),
    ...catalogue.map((c) => ({ key: c.def.key, name: c.def.name })),
  ];
  const keys = new Set(entries.map((e) => e.key));
  const byName = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const { key, name } of entries) {
    const n = normalizeText(name);
    if (n === "") continue;
    const had = byName.get(n);
    if (had !== undefined && had !== key) ambiguous.add(n);
    byName.set(n, key);
  }
  for (const n of ambiguous) byName.delete(n);
  const keyOf = (text: string): string | undefined => {
    const n = normalizeText(text);
    return keys.has(n) ? n : byName.get(n);
  };
  // Longest first, so 省外签约资金 wins over 签约资金; white space may stand between characters.
  let pattern: RegExp | null | undefined;
  const names = (): RegExp | null =>
    pattern !== undefined
      ? pattern
      : (pattern =
          byName.size === 0
            ? null
            : new RegExp(
                [...byName.keys()]
                  .sort((a, b) => b.length - a.length)
                  .map((n) => [...n].map(escape).join("\\s*"))
                  .join("|"),
                "g",
              ));
  const replace = (text: string, by: (key: string) => string): string => {
    const folded = text.normalize("NFKC");
    const re = names();
    if (re === null || !/[^ -~\s]/.test(folded)) return folded;
    return folded.replace(re, (m) => by(byName.get(normalizeText(m)) ?? m));
  };
  return {
    keyOf,
    replaceNames: (text) => replace(text, (key) => ` ${key} `),
    removeNames: (text) => replace(text, () => " "),
  };
}

const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
