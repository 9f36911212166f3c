import { landscapePrint } from "./styles.js";
import { IndicatorError } from "../IndicatorError.js";
import {
  columnLetter,
  type IsoDate,
  LEDGER_FIELDS,
  type LedgerRecord,
  makeClassifier,
  PROJECT_FLAG,
  toA1,
} from "@zsyz/ledger";
import { MEASURES } from "../aggregates.js";
import type { CellInput } from "./SheetBuilder.js";
import { toExcelSerial } from "./formulaText.js";
import { headerRowHeight } from "./headerRowHeight.js";
import type { PlanCell, SheetPlan } from "./WorkbookPlan.js";

/** Name of the detail sheet. */
export const DETAIL_SHEET = "项目明细";

/** Derived columns of the detail sheet, each a formula over the row and the as-of cell. */
export const DETAIL_DERIVED = [
  { key: "new", header: "当年新签?" },
  { key: "carried", header: "续建?" },
  { key: "started", header: "已开工?" },
  { key: "counted", header: "计入到位?" },
  { key: "outprov_signed", header: "省外签约资金(计入)（万元）" },
  { key: "outprov_arrived", header: "省外到位资金(计入)（万元）" },
] as const;

/** Key of a derived detail column. */
export type DerivedKey = (typeof DETAIL_DERIVED)[number]["key"];

const PROVENANCE = ["来源文件", "工作表", "行"] as const;

/** Where each column of the detail sheet is, and the absolute range of its data rows. */
export interface DetailLayout {
  column: (key: string) => number;
  /** "'项目明细'!$L$2:$L$101" for a field, provenance or derived key. */
  range: (key: string) => string;
  /** 1-based last data row (at least 2, so ranges never run backwards). */
  lastRow: number;
}

const FIELD_WIDTH: Record<string, number> = {
  name: 28,
  investor: 22,
  investor_origin: 14,
  progress: 30,
  note: 20,
  unit: 12,
};

/** Lays out the detail sheet's columns for `rows` records. */
export function detailLayout(rows: number): DetailLayout {
  const keys = [
    ...LEDGER_FIELDS.map((f) => f.key),
    ...PROVENANCE,
    ...DETAIL_DERIVED.map((d) => d.key),
  ];
  const index = new Map(keys.map((k, i) => [k as string, i]));
  const lastRow = Math.max(2, rows + 1);
  const column = (key: string): number => {
    const i = index.get(key);
    if (i === undefined) throw new IndicatorError(`no detail column ${key}`);
    return i;
  };
  const range = (key: string): string => {
    const l = columnLetter(column(key));
    return `'${DETAIL_SHEET}'!$${l}$2:$${l}$${lastRow}`;
  };
  return { column, range, lastRow };
}

const header = (f: (typeof LEDGER_FIELDS)[number]): string =>
  f.type === "money"
    ? `${f.header}（万元）`
    : f.type === "money_usd"
      ? `${f.header}（万美元）`
      : f.header;

/** Options of the detail sheet. */
export interface DetailOptions {
  /**
   * Leave `cells` empty and hand the writer a generator instead (SheetPlan.lazyCells):
   * a 300,000-project detail sheet then never exists in memory all at once.
   */
  lazy?: boolean;
}

/** The column headers of 项目明细, in order. */
const detailHeaders = (): string[] => [
  ...LEDGER_FIELDS.map(header),
  ...PROVENANCE,
  ...DETAIL_DERIVED.map((d) => d.header),
];

/** Builds 项目明细: one row per project, parsed values, provenance, derived columns as formulas. */
export function buildDetailSheet(
  records: readonly LedgerRecord[],
  asOf: IsoDate,
  asOfRef: string,
  options: DetailOptions = {},
): SheetPlan {
  const cols = detailHeaders();
  const generate = (): Iterable<PlanCell> => detailCells(records, asOf, asOfRef);
  const rowCount = records.length + 1;
  const columnCount = cols.length;
  const last = columnLetter(columnCount - 1);
  const widths = cols.map((_, c) => FIELD_WIDTH[LEDGER_FIELDS[c]?.key ?? ""] ?? 12);
  const layout = detailLayout(records.length);
  const rows = headerRowHeight(0, cols, widths);
  return {
    name: DETAIL_SHEET,
    cells: options.lazy ? [] : [...generate()],
    ...(options.lazy ? { lazyCells: generate } : {}),
    rowCount,
    columnCount,
    columns: widths.map((width, col) => ({ col, width })),
    frozen: { rows: 1, columns: 2 },
    merges: [],
    conditionalFormats: [],
    print: landscapePrint(1),
    autoFilter: `A1:${last}${Math.max(1, rowCount)}`,
    ...(rows.length ? { rows } : {}),
    // derivedFormulas builds every row from the same template, relative to the row, so each
    // derived column is its first data row's formula filled down (checked in the tests).
    ...(records.length
      ? {
          sharedFormulas: {
            columns: DETAIL_DERIVED.map((d) => layout.column(d.key)),
            firstRow: 1,
            lastRow: records.length,
          },
        }
      : {}),
  };
}

/** Every cell of 项目明细, row by row, left to right: the header, then one row per record. */
export function* detailCells(
  records: readonly LedgerRecord[],
  asOf: IsoDate,
  asOfRef: string,
): Generator<PlanCell> {
  const layout = detailLayout(records.length);
  const cell = (row: number, col: number, input: CellInput): PlanCell => {
    const c: PlanCell = { row, col, address: toA1(row, col), value: input.value };
    if (input.formula !== undefined) c.formula = input.formula;
    if (input.numFmt !== undefined) c.numFmt = input.numFmt;
    if (input.style !== undefined) c.style = input.style;
    return c;
  };
  const headers = detailHeaders();
  for (const [c, h] of headers.entries()) yield cell(0, c, { value: h, style: "header" });
  const at = (key: string, row: number): string => `${columnLetter(layout.column(key))}${row + 1}`;
  const classify = makeClassifier(asOf);
  for (const [i, record] of records.entries()) {
    const row = i + 1;
    for (const [c, f] of LEDGER_FIELDS.entries()) {
      const v = f.key === "unit" ? record.unit : record.fields[f.key];
      if (f.type === "date") {
        yield cell(row, c, {
          value: typeof v === "string" ? toExcelSerial(v) : null,
          numFmt: "yyyy-mm-dd",
          style: "number",
        });
      } else if (f.type === "money" || f.type === "money_usd") {
        yield cell(row, c, {
          value: typeof v === "number" ? v : null,
          numFmt: "#,##0.00",
          style: "number",
        });
      } else {
        yield cell(row, c, {
          value: v === undefined ? null : String(v),
          numFmt: "@",
          style: "text",
        });
      }
    }
    yield cell(row, layout.column("来源文件"), { value: record.file, numFmt: "@", style: "text" });
    yield cell(row, layout.column("工作表"), { value: record.sheet, numFmt: "@", style: "text" });
    yield cell(row, layout.column("行"), { value: record.row, style: "number" });
    const flags = classify(record.fields);
    const formulas = derivedFormulas((k) => at(k, row), asOfRef);
    for (const d of DETAIL_DERIVED) {
      const value =
        d.key === "outprov_signed" || d.key === "outprov_arrived"
          ? (MEASURES[d.key](record.fields) ?? 0)
          : (flags & PROJECT_FLAG[d.key]) !== 0;
      yield cell(row, layout.column(d.key), {
        value,
        formula: formulas[d.key],
        style: "derived",
        ...(typeof value === "number" ? { numFmt: "#,##0.00" } : {}),
      });
    }
  }
}

/**
 * The derived columns' formulas for one row, DOMAIN.md's "which projects count" in Excel:
 * only 合同/协议 are signings; 新签/续建 when filled replaces the date rule.
 */
export function derivedFormulas(
  at: (key: string) => string,
  asOf: string,
): Record<DerivedKey, string> {
  const [type, date, isNew, status, source] = [
    at("sign_type"),
    at("sign_date"),
    at("is_new"),
    at("status"),
    at("fund_source"),
  ];
  const signed = `OR(${type}="合同",${type}="协议")`;
  const yearStart = `DATE(YEAR(${asOf}),1,1)`;
  const outprov = (part: string, whole: string): string =>
    `IF(ISNUMBER(${at(part)}),${at(part)},IF(${source}="省外",N(${at(whole)}),0))`;
  return {
    new: `AND(${signed},NOT(OR(${status}="在谈",${status}="终止",${status}="退回")),IF(${isNew}="",AND(ISNUMBER(${date}),${date}>=${yearStart},${date}<=${asOf}),${isNew}="新签"))`,
    carried: `AND(${signed},NOT(OR(${status}="终止",${status}="退回")),IF(${isNew}="",AND(ISNUMBER(${date}),${date}<${yearStart}),${isNew}="续建"))`,
    started: `OR(${status}="开工",${status}="在建",${status}="竣工",${status}="投产")`,
    counted: `OR(${at("new")},${at("carried")})`,
    outprov_signed: outprov("amt_signed_outprov", "amt_signed"),
    outprov_arrived: outprov("amt_arrived_outprov", "amt_arrived"),
  };
}
