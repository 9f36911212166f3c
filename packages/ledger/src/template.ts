// The blank ledger and target sheets the add-in's 「新建台账」 inserts (and the batch tool may
// write): canonical columns, headers with their units, dropdown lists, formats, widths and one
// example row, as plain data. Writers only apply this; nothing here knows a host.
import type { CellValue } from "./grid.js";
import type { FieldSpec, FieldType } from "./fields.js";
import { ENUMS, LEDGER_FIELDS, TARGET_FIELDS } from "./fields.js";
import { OWNERSHIP_SHEET } from "./readOwnership.js";

/** One column of a template sheet. */
export interface TemplateColumn {
  key: string;
  /** Header as written in the sheet, with its unit: "签约资金（万元）". */
  header: string;
  type: FieldType;
  /** Excel number format code for the data cells ("#,##0.00", "yyyy-mm-dd", "@"). */
  numFmt: string;
  /** Width in characters of the default font, as Excel and exceljs count column width. */
  width: number;
  /** Dropdown choices, for enum columns. */
  list?: readonly string[];
  /** Whether a value outside `list` is refused (true) or only warned about (false: free text is kept). */
  strictList?: boolean;
}

/** A template sheet: columns, an example row, how many rows get formats and dropdowns. */
export interface SheetTemplate {
  /** Preferred sheet name; a writer picks another when it is taken. */
  sheetName: string;
  /** Preferred Excel table name (letters, digits, underscore). */
  tableName: string;
  columns: readonly TemplateColumn[];
  /** One filled-in example row, aligned with `columns`; dates as ISO "YYYY-MM-DD". */
  example: readonly CellValue[];
  /** Data rows below the header that receive number formats and dropdowns. */
  bodyRows: number;
  /**
   * Rows filled in with defaults (the county's rules as the settings hold them), aligned with
   * `columns`; when given they are written in place of `example`.
   */
  rows?: readonly (readonly CellValue[])[];
  /**
   * Dropdowns of single cells of `rows` (row 0 = the first filled row), for a table whose rows
   * each hold a different rule; the choices only suggest (other values are kept).
   */
  cellLists?: readonly { row: number; col: number; choices: readonly string[] }[];
}

const UNIT_SUFFIX: Partial<Record<FieldType, string>> = {
  money: "（万元）",
  money_usd: "（万美元）",
};
const NUM_FMT: Record<FieldType, string> = {
  text: "@",
  enum: "@",
  date: "yyyy-mm-dd",
  money: "#,##0.00",
  money_usd: "#,##0.00",
};

// Widths in characters; CJK characters count double in Excel's width unit.
const LEDGER_WIDTHS: Record<string, number> = {
  seq: 6,
  name: 32,
  unit: 12,
  investor: 28,
  investor_origin: 14,
  fund_source: 11,
  industry: 10,
  sign_type: 11,
  sign_date: 12,
  is_new: 10,
  status: 10,
  start_date: 12,
  op_date: 12,
  land_status: 10,
  leader: 10,
  progress: 34,
  note: 20,
};

// Columns whose dropdown refuses other values. 产业类别 only suggests: free text is kept (DOMAIN.md).
const STRICT_LISTS = new Set(["fund_source", "sign_type", "is_new", "status", "land_status"]);

function toColumn(field: FieldSpec, header: string): TemplateColumn {
  const column: TemplateColumn = {
    key: field.key,
    header,
    type: field.type,
    numFmt: NUM_FMT[field.type],
    width:
      LEDGER_WIDTHS[field.key] ?? (field.type === "money" || field.type === "money_usd" ? 14 : 12),
  };
  if (field.type === "enum" && field.key in ENUMS) {
    column.list = ENUMS[field.key as keyof typeof ENUMS];
    column.strictList = STRICT_LISTS.has(field.key);
  }
  return column;
}

/**
 * The project ledger (项目台账) template: every column of LEDGER_FIELDS in order, amounts in 万元.
 * `year` dates the example row.
 * @example ledgerTemplate(2025).columns[11]?.header === "签约资金（万元）"
 */
export function ledgerTemplate(year: number): SheetTemplate {
  const columns = LEDGER_FIELDS.map((f) => toColumn(f, `${f.header}${UNIT_SUFFIX[f.type] ?? ""}`));
  const example: Record<string, CellValue> = {
    seq: "1",
    name: "（示例，请删除）年产5万吨饲料加工项目",
    unit: "××镇",
    investor: "××农牧科技有限公司",
    investor_origin: "广东省广州市",
    fund_source: "省外",
    industry: "工业",
    sign_type: "合同",
    sign_date: `${year}-01-06`,
    is_new: "新签",
    total_invest: 12000,
    amt_signed: 10000,
    amt_signed_outprov: 10000,
    amt_arrived: 3500,
    amt_arrived_outprov: 3500,
    amt_arrived_cum: 3500,
    fdi: null,
    status: "在建",
    start_date: `${year}-01-20`,
    op_date: null,
    land_status: "已供地",
    leader: "张××",
    progress: "主体厂房已封顶",
    note: "示例行，填报时请删除",
  };
  return {
    sheetName: "项目台账",
    tableName: "招商项目台账",
    columns,
    example: columns.map((c) => example[c.key] ?? null),
    bodyRows: 500,
  };
}

/**
 * The target table (指标任务分解) template: one row per unit, every column of TARGET_FIELDS.
 * @example targetTemplate().columns[3]?.header === "年度签约项目数任务（个）"
 */
export function targetTemplate(): SheetTemplate {
  const columns = TARGET_FIELDS.map((f) => {
    // 项目数 is a count kept in a money-typed field: it gets a count unit and format.
    const isCount = f.key === "target_n_signed";
    const column = toColumn(f, `${f.header}${isCount ? "（个）" : (UNIT_SUFFIX[f.type] ?? "")}`);
    if (isCount) column.numFmt = "0";
    column.width = f.key === "unit" ? 14 : 16;
    return column;
  });
  const example: Record<string, CellValue> = {
    unit: "××镇",
    target_amt_signed: 50000,
    target_amt_arrived: 30000,
    target_n_signed: 5,
    target_amt_signed_outprov: 30000,
    target_amt_arrived_outprov: 20000,
    target_fdi: 100,
    dispatch_amt_signed: 37500,
    dispatch_amt_arrived: 22500,
  };
  return {
    sheetName: "指标任务分解",
    tableName: "指标任务分解",
    columns,
    example: columns.map((c) => example[c.key] ?? null),
    bodyRows: 60,
  };
}

/**
 * The 重复项目归属 template, created with the target table: where staff record which unit a
 * project reported by two units belongs to (read by readOwnership; the run then counts only
 * the owner's copy).
 * @example ownershipTemplate().columns.map((c) => c.header) → ["项目名称", "归属单位", "说明"]
 */
export function ownershipTemplate(): SheetTemplate {
  const text = (key: string, header: string, width: number): TemplateColumn => ({
    key,
    header,
    type: "text",
    numFmt: "@",
    width,
  });
  return {
    sheetName: OWNERSHIP_SHEET,
    tableName: "重复项目归属",
    columns: [
      text("project", "项目名称", 32),
      text("owner", "归属单位", 14),
      text("note", "说明", 40),
    ],
    example: ["××产业园项目", "××镇", "与××镇协商确定（示例，可删除）"],
    bodyRows: 60,
  };
}

/**
 * The 达标要求 template, created with the target table: one requirement (达标线) per row, the
 * indicator chosen from `indicators` (their Chinese names), the line as "50%以上" or 0.5. It
 * starts empty, so the settings' requirements apply until staff fill it in.
 * @example requirementTemplate(["资金到位率", "开工率"]).columns[0]?.list → ["资金到位率", "开工率"]
 */
export function requirementTemplate(indicators: readonly string[]): SheetTemplate {
  return {
    sheetName: "达标要求",
    tableName: "达标要求",
    columns: [
      {
        key: "indicator",
        header: "指标",
        type: "enum",
        numFmt: "@",
        width: 22,
        list: indicators,
        strictList: true,
      },
      { key: "line", header: "达标值", type: "text", numFmt: "@", width: 14 },
      { key: "note", header: "说明", type: "text", numFmt: "@", width: 40 },
    ],
    example: [null, null, null],
    bodyRows: 30,
  };
}
