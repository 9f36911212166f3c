import {
  type CountingPolicy,
  type IsoDate,
  type LedgerRecord,
  makeClassifier,
  PROJECT_FLAG,
} from "@zsyz/ledger";
import { describeAsOf } from "../describeAsOf.js";
import { ExactSum } from "../ExactSum.js";
import { toExcelSerial } from "./formulaText.js";
import { industryLabel } from "../industryLabel.js";
import { SheetBuilder } from "./SheetBuilder.js";
import { landscapePrint } from "./styles.js";
import type { SheetPlan } from "./WorkbookPlan.js";

/** Name of the list of this year's new projects. */
export const NEW_PROJECTS_SHEET = "新引进项目清单";

/** Everything 新引进项目清单 is built from. */
export interface NewProjectsInput {
  records: readonly LedgerRecord[];
  asOf: IsoDate;
  policy?: CountingPolicy;
  /** Later copies of unresolved duplicates: listed once, under the unit that reported first. */
  deducted?: ReadonlySet<string>;
}

const HEADERS = [
  "序号",
  "项目名称",
  "责任单位",
  "投资方",
  "签约资金（万元）",
  "签约时间",
  "项目状态",
  "产业类别",
];
const WIDTHS = [6, 34, 14, 26, 14, 12, 10, 14];

/**
 * Builds 新引进项目清单: this year's new projects, largest 签约资金 first, as reports append
 * them — print-ready on A4 landscape, a title with the as-of date, a 合计 row. The ledger's
 * text is written as text values, never as formulas.
 */
export function buildNewProjectsSheet(input: NewProjectsInput): SheetPlan {
  const classify = makeClassifier(input.asOf, input.policy);
  const projects = input.records
    .filter((r) => (classify(r.fields) & PROJECT_FLAG.new) !== 0 && !input.deducted?.has(r.id))
    .map((r, order) => ({ r, order }))
    // Largest first; equal amounts keep input order, so the list is the same on every run.
    .sort(
      (a, b) => (b.r.fields.amt_signed ?? 0) - (a.r.fields.amt_signed ?? 0) || a.order - b.order,
    )
    .map((p) => p.r);
  const b = new SheetBuilder();
  b.set(0, 0, {
    value: `新引进项目清单（${describeAsOf(input.asOf, true)}）`,
    style: "title",
  });
  HEADERS.forEach((h, c) => b.set(1, c, { value: h, style: "header" }));
  const text = (row: number, col: number, v: string | undefined): void =>
    b.set(row, col, { value: v ?? null, numFmt: "@", style: "text" });
  const total = new ExactSum();
  projects.forEach((p, n) => {
    const row = n + 2;
    const f = p.fields;
    b.set(row, 0, { value: n + 1, numFmt: "0", style: "number" });
    text(row, 1, f.name);
    text(row, 2, p.unit);
    text(row, 3, f.investor);
    b.set(row, 4, { value: f.amt_signed ?? null, numFmt: "#,##0.00", style: "number" });
    b.set(row, 5, {
      value: f.sign_date === undefined ? null : toExcelSerial(f.sign_date),
      numFmt: "yyyy-mm-dd",
      style: "number",
    });
    text(row, 6, f.status);
    text(row, 7, industryLabel(f.industry) || undefined);
    if (f.amt_signed !== undefined) total.add(f.amt_signed);
  });
  const last = projects.length + 2;
  b.set(last, 0, { value: "合计", style: "total" });
  b.set(last, 1, { value: `${projects.length}个项目`, style: "total" });
  for (const c of [2, 3, 5, 6, 7]) b.set(last, c, { value: null, style: "total" });
  b.set(last, 4, {
    value: Number(total.value()),
    ...(projects.length ? { formula: `SUM(E3:E${last})` } : {}),
    numFmt: "#,##0.00",
    style: "total",
  });
  return {
    name: NEW_PROJECTS_SHEET,
    ...b.build(),
    columns: WIDTHS.map((width, col) => ({ col, width })),
    frozen: { rows: 2, columns: 0 },
    merges: [`A1:H1`],
    conditionalFormats: [],
    print: landscapePrint(2),
    ...(projects.length ? { autoFilter: `A2:H${last}` } : {}),
  };
}
