import { classifyByDate, classifyProject, isSigned, isStarted } from "./classifyProject.js";
import type { FieldKey } from "./fields.js";
import { type IssueCode, type IssueParams, type LedgerIssue, makeIssue } from "./issues.js";
import { LABELS } from "./ledgerIndex.js";
import { isPlaceholder } from "./parseMoney.js";
import { cellOf, type IsoDate, type LedgerRecord, rawOf } from "./record.js";

/** Which columns exist in the sheet, so rules on absent columns stay quiet. */
export type ColumnSet = ReadonlySet<FieldKey>;

const fmt = (n: number): string => String(Number(n.toFixed(6)));

// Made once, not per record (this runs for every project of a county).
const ALWAYS_REQUIRED = ["investor", "sign_type", "status"] as const;
const PARTS = [
  ["amt_signed_outprov", "amt_signed"],
  ["amt_arrived_outprov", "amt_arrived"],
] as const;
const DATES = ["sign_date", "start_date", "op_date"] as const;
// The dates a run's checks compare with, worked out once per as-of date.
let dates: { asOf: IsoDate; yearStart: IsoDate; yearBefore: IsoDate } | undefined;
const datesOf = (asOf: IsoDate): NonNullable<typeof dates> =>
  dates?.asOf === asOf
    ? dates
    : (dates = { asOf, yearStart: `${asOf.slice(0, 4)}-01-01`, yearBefore: oneYearBefore(asOf) });

/**
 * Applies every row rule of DOMAIN.md's reviewer list to one record: conditional
 * required cells, amounts that contradict each other, dates out of order, audit risks.
 */
export function checkRecord(
  record: LedgerRecord,
  columns: ColumnSet,
  asOf: IsoDate,
): LedgerIssue[] {
  const f = record.fields;
  const issues: LedgerIssue[] = [];
  const add = (code: IssueCode, key: FieldKey, params: IssueParams = {}): void => {
    issues.push(
      makeIssue(
        code,
        {
          file: record.file,
          sheet: record.sheet,
          cell: cellOf(record, key),
          raw: rawOf(record, key),
          row: record.row,
        },
        params,
      ),
    );
  };
  const requireCell = (key: FieldKey, reason?: string): void => {
    if (columns.has(key) && f[key] === undefined && record.raw[key] === undefined)
      add(
        "required_empty",
        key,
        reason ? { label: LABELS[key], detail: reason } : { label: LABELS[key] },
      );
  };
  const signed = isSigned(f);
  const started = isStarted(f);
  for (const key of ALWAYS_REQUIRED) requireCell(key);
  if (signed) {
    requireCell("sign_date", "已签约项目必填");
    requireCell("amt_signed", "已签约项目必填");
    requireCell("amt_arrived", "已签约项目必填，没有到位资金请填 0");
  }
  if (started) requireCell("start_date", `项目状态为“${f.status}”`);
  if (f.status === "投产") requireCell("op_date", "项目状态为“投产”");

  const cls = classifyProject(f, asOf);
  if (
    cls === "new" &&
    f.amt_arrived !== undefined &&
    f.amt_signed !== undefined &&
    f.amt_arrived > f.amt_signed
  ) {
    add("arrived_exceeds_signed", "amt_arrived", {
      detail: `到位 ${fmt(f.amt_arrived)} 万元 > 签约 ${fmt(f.amt_signed)} 万元`,
    });
  }
  for (const [part, whole] of PARTS) {
    const p = f[part];
    const w = f[whole];
    if (p !== undefined && w !== undefined && p > w)
      add("outprov_exceeds_total", part, {
        label: LABELS[part],
        other: LABELS[whole],
        detail: `${fmt(p)} > ${fmt(w)} 万元`,
      });
  }
  if (
    f.amt_arrived_cum !== undefined &&
    f.amt_arrived !== undefined &&
    f.amt_arrived_cum < f.amt_arrived
  ) {
    add("cumulative_below_year", "amt_arrived_cum", {
      detail: `累计 ${fmt(f.amt_arrived_cum)} < 本年 ${fmt(f.amt_arrived)} 万元`,
    });
  }
  if (
    (f.status === "开工" || f.status === "在建") &&
    (f.land_status === "报批中" ||
      f.land_status === "无" ||
      // Rural land transferred (已流转) is not construction land: only farming may build on it.
      (f.land_status === "已流转" && f.industry !== undefined && f.industry !== "农业"))
  ) {
    const detail =
      f.land_status === "已流转"
        ? `已流转（${f.industry}项目不能以流转土地代替建设用地）`
        : f.land_status;
    add("started_without_land", "land_status", { label: f.status, detail });
  }
  if (f.start_date && f.sign_date && f.start_date < f.sign_date) {
    add("start_before_sign", "start_date", { detail: `开工 ${f.start_date}，签约 ${f.sign_date}` });
  }
  for (const key of DATES) {
    const d = f[key];
    if (d && d > asOf) add("date_after_as_of", key, { label: LABELS[key], detail: asOf });
  }
  if (f.is_new && f.sign_date && f.sign_date <= asOf) {
    const byDate = f.sign_date >= datesOf(asOf).yearStart ? "新签" : "续建";
    if (byDate !== f.is_new && classifyByDate(f, asOf) !== "none")
      add("new_flag_conflict", "is_new", { label: f.is_new, detail: byDate });
  }
  if (
    f.sign_date &&
    (f.status === "签约" || f.status === "注册") &&
    f.sign_date < datesOf(asOf).yearBefore
  ) {
    add("stalled_not_started", "status", { detail: f.sign_date });
  }
  // 0 or a placeholder ("—", "/") says no money came; an unreadable cell already has its own issue.
  const noFunds =
    f.amt_arrived === 0 ||
    (f.amt_arrived === undefined &&
      record.raw.amt_arrived !== undefined &&
      isPlaceholder(record.raw.amt_arrived));
  if (started && f.status !== "竣工" && f.status !== "投产" && noFunds) {
    add("started_without_funds", "amt_arrived", { label: f.status ?? "" });
  }
  return issues;
}

/** The same day one year earlier (29 Feb → 28 Feb). */
export function oneYearBefore(date: IsoDate): IsoDate {
  const y = Number(date.slice(0, 4)) - 1;
  const md = date.slice(5) === "02-29" ? "02-28" : date.slice(5);
  return `${y}-${md}`;
}
