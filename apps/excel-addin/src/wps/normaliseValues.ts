import type { EtValue, EtValues } from "./wpsApi.js";

/**
 * Value2/Formula as rows × columns whatever shape this WPS build returned: a scalar for one cell,
 * a flat array for one row or one column (some builds), or rows of cells. Empty cells (undefined,
 * null or "") become null.
 * @example normaliseValues(["a", 1], 2, 1) → [["a"], [1]]
 */
export function normaliseValues(values: EtValues, rows: number, cols: number): EtValue[][] {
  const clean = (v: EtValue): EtValue => (v === undefined || v === "" ? null : v);
  if (!Array.isArray(values)) return [[clean(values)]];
  if (values.length > 0 && values.every((row) => Array.isArray(row)))
    return (values as EtValue[][]).map((row) => row.map(clean));
  const flat = (values as EtValue[]).map(clean);
  return rows === 1 ? [flat] : flat.map((v) => [v]).slice(0, rows * Math.max(1, cols));
}
