// Ledger text (project names, raw cell values, sheet and file names) reaches the terminal in
// the problem list. A cell may hold ESC sequences that recolour, retitle or clear the screen,
// a carriage return that overprints a line, or bidi overrides that reorder what is shown:
// none of it may reach the terminal as it is.

// ESC sequences: CSI (ESC [ … final byte), OSC/DCS/APC/PM/SOS (ESC ] … up to BEL or ST), and
// two-byte escapes (ESC 7, ESC c…); and the one-byte CSI \x9b with its parameters.
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex
  /\x1b(\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\x07\x1b]*(\x07|\x1b\\)?|[ -~]?)|\x9b[0-?]*[ -/]*[@-~]?/g;
// C0 controls but tab and line feed, DEL, C1 controls (\x9b is a one-byte CSI), and the bidi
// embedding, override and isolate characters.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text safe to print: escape sequences and control characters removed, line breaks kept.
 * @example forTerminal("甲\x1b[2J项目\r") === "甲项目"
 */
export function forTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "");
}

/**
 * Text safe to print on one line of a list: also line breaks and tabs become one space, so
 * a cell cannot forge a line of its own.
 * @example oneLine("甲\n错误  伪造") === "甲 错误  伪造"
 */
export function oneLine(text: string): string {
  return forTerminal(text.replace(/[\t\n\u2028\u2029]+/g, " "));
}
