// Test-only: the JSON form of a read result that the recorded snapshots hold. Dates become
// { "$date": ISO } so a date and a string that looks like one stay different.
import type { GridWorkbook } from "@zsyz/ledger";

/** What a snapshot file holds: a grid workbook, or the Chinese message of a refused file. */
export type Snapshot = { ok: true; workbook: unknown } | { ok: false; message: string };

/** A read outcome as plain JSON data, dates tagged. */
export function toSnapshot(
  result: { ok: true; workbook: GridWorkbook } | { ok: false; message: string },
): Snapshot {
  if (!result.ok) return { ok: false, message: result.message };
  const { application: _application, ...workbook } = result.workbook;
  return { ok: true, workbook: JSON.parse(toJson(workbook)) as unknown };
}

/** JSON text of a value with Dates tagged as { "$date": ISO } (invalid dates as null). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    if (raw instanceof Date)
      return Number.isNaN(raw.getTime()) ? null : { $date: raw.toISOString() };
    return v;
  });
}

/** FNV-1a (32-bit) of a string's UTF-16 units, as 8 hex digits: a compact snapshot of a big grid. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
