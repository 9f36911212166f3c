import { STARTED_STATUSES, type ProjectStatus } from "./fields.js";
import type { IsoDate, LedgerFields } from "./record.js";

/** How a project counts on an as-of date (DOMAIN.md "Which projects count"). */
export type ProjectClass = "new" | "carried" | "none";

const NOT_SIGNED: readonly ProjectStatus[] = ["在谈", "终止", "退回"];

/** What the sign date alone says: 新签 this year, 续建 from before, or nothing. */
export function classifyByDate(fields: LedgerFields, asOf: IsoDate): ProjectClass {
  const { is_new: _ignored, ...byDate } = fields;
  return toClass(makeClassifier(asOf)(byDate));
}

/** Bit flags of a classified project; the indicator engine's filters are masks of these. */
export const PROJECT_FLAG = { new: 1, carried: 2, started: 4, counted: 8 } as const;

/** Name of a flag: new, carried, started, or counted (new or carried: counts for 到位资金). */
export type ProjectFlag = keyof typeof PROJECT_FLAG;

// Plain comparisons rather than Set lookups: this runs once per record on the hot path.
const isSigning = (t: string | undefined): boolean => t === "合同" || t === "协议";
const isStartedStatus = (s: string | undefined): boolean =>
  s === "开工" || s === "在建" || s === "竣工" || s === "投产";
const isDead = (s: string | undefined): boolean => s === "终止" || s === "退回";

/**
 * The one rule of DOMAIN.md "Which projects count", for one as-of date, as PROJECT_FLAG
 * bits: the checks, the indicator engine and the detail sheet all use it. Only 合同/协议
 * are signings (意向, 框架协议 never count, neither as new nor as carried). An explicit
 * 新签/续建 value replaces the date rule but not the type and status conditions.
 * @example makeClassifier("2024-09-30")({ sign_type: "合同", sign_date: "2024-03-01", status: "开工" }) === (PROJECT_FLAG.new | PROJECT_FLAG.counted | PROJECT_FLAG.started)
 */
export function makeClassifier(asOf: IsoDate): (f: LedgerFields) => number {
  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  return (f) => {
    const status = f.status;
    let flags = isStartedStatus(status) ? PROJECT_FLAG.started : 0;
    if (!isSigning(f.sign_type)) return flags;
    let isNew: boolean;
    let isCarried: boolean;
    if (f.is_new !== undefined) {
      isNew = f.is_new === "新签";
      isCarried = !isNew;
    } else {
      const d = f.sign_date;
      isNew = d !== undefined && d >= yearStart && d <= asOf;
      isCarried = d !== undefined && d < yearStart;
    }
    if (isNew && status !== "在谈" && !isDead(status))
      flags |= PROJECT_FLAG.new | PROJECT_FLAG.counted;
    else if (isCarried && !isDead(status)) flags |= PROJECT_FLAG.carried | PROJECT_FLAG.counted;
    return flags;
  };
}

const toClass = (flags: number): ProjectClass =>
  flags & PROJECT_FLAG.new ? "new" : flags & PROJECT_FLAG.carried ? "carried" : "none";

/**
 * Classifies a project as signed this year (new), carried over, or neither; an explicit
 * 新签/续建 column overrides the date rule.
 * @example classifyProject({ sign_type: "合同", sign_date: "2023-05-01", status: "在建" }, "2024-09-30") === "carried"
 */
export function classifyProject(fields: LedgerFields, asOf: IsoDate): ProjectClass {
  return toClass(makeClassifier(asOf)(fields));
}

/** Whether a project has started: 开工, 在建, 竣工 or 投产. */
export function isStarted(fields: LedgerFields): boolean {
  return fields.status !== undefined && STARTED_STATUSES.includes(fields.status);
}

/** Whether a project counts as signed at all (合同/协议, or a status past 签约). */
export function isSigned(fields: LedgerFields): boolean {
  if (fields.status && NOT_SIGNED.includes(fields.status)) return false;
  return (
    fields.sign_type === "合同" ||
    fields.sign_type === "协议" ||
    (fields.status !== undefined && fields.status !== "在谈")
  );
}
