/** Excel on the web rejects a request or response above 5 MB (5 × 1024 × 1024 bytes). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What the adapter aims for per sync: a fifth below the limit, since sizes are estimates. */
export const SYNC_BUDGET_BYTES = 4_000_000;

const encoder = new TextEncoder();

/** UTF-8 size of a value's JSON, the measure of a request or response payload. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

/** What one queued call costs on the wire beyond its data (object path, member, ids): an estimate. */
export const CALL_OVERHEAD_BYTES = 160;
