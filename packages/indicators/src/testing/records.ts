// Test support: small builders for ledger records and target rows.
import type { LedgerFields, LedgerRecord, TargetRow } from "@zsyz/ledger";

let next = 0;

/** A ledger record of a unit with the given parsed fields. */
export function record(unit: string, fields: LedgerFields): LedgerRecord {
  next += 1;
  return {
    id: `t.xlsx|台账|${next}`,
    file: "t.xlsx",
    sheet: "台账",
    row: next,
    unit,
    unitSource: "column",
    fields,
    raw: {},
    columns: {},
    approximate: [],
    extra: {},
    hidden: false,
  };
}

/** A target-table row. */
export function target(unit: string, values: TargetRow["values"]): TargetRow {
  return { unit, file: "任务.xlsx", sheet: "任务", row: 1, values };
}

/** A project signed this year (合同, 2024-03-01, status 签约) unless overridden. */
export function signed(unit: string, fields: LedgerFields = {}): LedgerRecord {
  return record(unit, {
    name: "项目",
    sign_type: "合同",
    sign_date: "2024-03-01",
    status: "签约",
    ...fields,
  });
}
