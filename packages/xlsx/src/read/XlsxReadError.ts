import type { XlsxErrorCode } from "./XlsxErrorCode.js";

// Internal only: deep inside the inflater or a scanner, unwinding with a code is far simpler
// than threading a result through every loop. `readXlsx` turns it into a value at the
// boundary, so callers never see it thrown.
/** A file problem found while reading; carries the code `readXlsx` reports. */
export class XlsxReadError extends Error {
  readonly code: XlsxErrorCode;
  /** English detail for logs and tests (which part, which limit). */
  readonly detail: string;

  constructor(code: XlsxErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = "XlsxReadError";
    this.code = code;
    this.detail = detail;
  }
}
