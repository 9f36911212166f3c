/**
 * Folds full-width characters to half-width (NFKC), drops all white space including
 * line breaks and ideographic spaces. The basis of every comparison of ledger text.
 * @example normalizeText(" 签约资金\n（万元）") === "签约资金(万元)"
 */
export function normalizeText(text: string): string {
  // Most ledger text is ASCII, common CJK ideographs and punctuation NFKC leaves alone: skip
  // the normalisation there (it runs several times per cell of every ledger). A property test
  // checks the shortcut gives what NFKC gives.
  const folded = NFKC_INVARIANT.test(text) ? text : text.normalize("NFKC");
  return folded.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, "");
}

/**
 * Characters NFKC maps to themselves and that never combine with a following mark: printable
 * ASCII, white space, CJK Unified Ideographs and the common Chinese punctuation.
 */
const NFKC_INVARIANT =
  /^[\x20-\x7e\t\r\n\u4e00-\u9fff\u3001\u3002\u300a-\u3011\u2018\u2019\u201c\u201d\u00b7\u2014]*$/;

/** A cell's text for display in messages: trimmed, line breaks kept as spaces. */
export function displayText(text: string): string {
  return text.replace(/[\r\n]+/g, " ").trim();
}
