// Characters XML 1.0 forbids anywhere; ledgers pasted from other systems do contain them.
// eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex -- as above, plus the markup characters
const NEEDS_ATTR = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex -- as above, without the quote
const NEEDS_TEXT = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Escapes text for XML element content and attribute values, dropping characters XML forbids. */
export function escapeXml(text: string): string {
  // Most cells need nothing: testing first avoids five replace passes per cell.
  if (!NEEDS_ATTR.test(text)) return text;
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Escapes element content only: quotes may stay, as they do in most formulas. */
export function escapeText(text: string): string {
  return NEEDS_TEXT.test(text) ? escapeXml(text) : text;
}
