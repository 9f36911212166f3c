import { toAddinError } from "./AddinError.js";

/** Excel on the web rejects a request or response above 5 MB (5 × 1024 × 1024 bytes). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What the adapter aims for per sync: a fifth below the limit, since sizes are estimates. */
export const SYNC_BUDGET_BYTES = 4_000_000;

/**
 * Size of a value's JSON on the wire, counting every character outside ASCII as a `\uXXXX`
 * escape (6 bytes; a character beyond the BMP is two of them). Office.js may send Chinese text
 * escaped, so UTF-8's 3 bytes per character would underestimate a ledger's payload by half.
 */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}

/** What one queued call costs on the wire beyond its data (object path, member, ids): an estimate. */
export const CALL_OVERHEAD_BYTES = 160;

/**
 * Whether a failed sync means "request too large": the payload codes, or — on the web, where an
 * oversize request can come back as a bare GeneralException — a GeneralException for a request
 * big enough (estimated) that size is the likely cause.
 */
export function isOversizeFailure(thrown: unknown, requestBytes: number): boolean {
  const error = toAddinError(thrown);
  if (error.code === "payload_too_large") return true;
  return error.officeCode === "GeneralException" && requestBytes >= GENERAL_EXCEPTION_SIZE_BYTES;
}

/** Below this a GeneralException is not taken for an oversize request. */
const GENERAL_EXCEPTION_SIZE_BYTES = 1_000_000;
