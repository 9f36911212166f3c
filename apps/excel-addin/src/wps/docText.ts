import type { EtDocumentProperties } from "./wpsApi.js";

/** Characters per custom document property: Excel's VBA limit, assumed for WPS too. */
const CHUNK = 255;

function item(
  props: EtDocumentProperties,
  name: string,
): { Value: unknown; Delete(): void } | null {
  try {
    return props.Item(name) ?? null;
  } catch {
    // VBA raises for a missing property where WPS samples get nothing back: both mean "none".
    return null;
  }
}

/** Text kept in the workbook under `key` (custom document properties key#n, key#0…), or null. */
export function readDocText(props: EtDocumentProperties, key: string): string | null {
  const count = item(props, `${key}#n`);
  if (!count) return null;
  const n = Number(count.Value);
  if (n === 0) return null;
  let text = "";
  for (let i = 0; i < n; i++) {
    const part = item(props, `${key}#${i}`);
    if (!part) return null;
    text += String(part.Value);
  }
  return text;
}

/**
 * Saves text in the workbook's custom document properties, split into 255-character pieces
 * (key#0, key#1…) with their count in key#n; pieces of a longer earlier text are removed.
 */
export function writeDocText(props: EtDocumentProperties, key: string, text: string): void {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) parts.push(text.slice(i, i + CHUNK));
  const before = Number(item(props, `${key}#n`)?.Value ?? 0);
  const set = (name: string, value: string) => {
    const existing = item(props, name);
    if (existing) existing.Value = value;
    else props.Add(name, false, 4, value);
  };
  parts.forEach((part, i) => set(`${key}#${i}`, part));
  for (let i = parts.length; i < before; i++) item(props, `${key}#${i}`)?.Delete();
  set(`${key}#n`, String(parts.length));
}
