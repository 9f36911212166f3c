/**
 * Folds full-width characters to half-width (NFKC), drops all white space including
 * line breaks and ideographic spaces. The basis of every comparison of ledger text.
 * @example normalizeText(" 签约资金\n（万元）") === "签约资金(万元)"
 */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, "");
}

/** A cell's text for display in messages: trimmed, line breaks kept as spaces. */
export function displayText(text: string): string {
  return text.replace(/[\r\n]+/g, " ").trim();
}
