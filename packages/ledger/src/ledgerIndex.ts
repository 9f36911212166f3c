import { LEDGER_FIELDS, TARGET_FIELDS, type FieldKey, type FieldSpec } from "./fields.js";
import { buildHeaderIndex } from "./matchHeader.js";

/** Header spellings of ledger columns, built once. */
export const LEDGER_INDEX = buildHeaderIndex(LEDGER_FIELDS);
/** Header spellings of target-table columns, built once. */
export const TARGET_INDEX = buildHeaderIndex(TARGET_FIELDS);

/** Ledger column specs by key. */
export const FIELD_BY_KEY = new Map<string, FieldSpec>(LEDGER_FIELDS.map((f) => [f.key, f]));

/** Chinese label of every ledger column, for messages. */
export const LABELS = Object.fromEntries(LEDGER_FIELDS.map((f) => [f.key, f.header])) as Record<
  FieldKey,
  string
>;
