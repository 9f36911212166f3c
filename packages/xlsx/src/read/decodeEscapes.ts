/**
 * Decodes SpreadsheetML's `_xHHHH_` escapes (how Excel stores control characters such as
 * a carriage return, `_x000D_`), upper-case hex only, as exceljs does.
 * @example decodeEscapes("a_x000D_b") // "a\rb"
 */
export function decodeEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
