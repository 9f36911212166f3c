import { STARTED_STATUSES, type ProjectStatus } from "./fields.js";
import type { IsoDate, LedgerFields } from "./record.js";

/** How a project counts on an as-of date (DOMAIN.md "Which projects count"). */
export type ProjectClass = "new" | "carried" | "none";

const NOT_SIGNED: readonly ProjectStatus[] = ["在谈", "终止", "退回"];
const DROPPED: readonly ProjectStatus[] = ["终止", "退回"];

/** What the sign date alone says: 新签 this year, 续建 from before, or nothing. */
export function classifyByDate(fields: LedgerFields, asOf: IsoDate): ProjectClass {
  const year = asOf.slice(0, 4);
  // 意向 and 框架协议 never count as signed: neither this year nor carried over.
  const signed = fields.sign_type === "合同" || fields.sign_type === "协议";
  if (!signed || !fields.sign_date || fields.sign_date > asOf) return "none";
  if (fields.sign_date >= `${year}-01-01`) {
    return fields.status && NOT_SIGNED.includes(fields.status) ? "none" : "new";
  }
  return fields.status && DROPPED.includes(fields.status) ? "none" : "carried";
}

/**
 * Classifies a project as signed this year (new), carried over, or neither; an explicit
 * 新签/续建 column overrides the date rule. Pure; the indicator engine uses the same rule.
 */
export function classifyProject(fields: LedgerFields, asOf: IsoDate): ProjectClass {
  if (fields.is_new) {
    const signed = fields.sign_type === "合同" || fields.sign_type === "协议";
    if (!signed || (fields.status && DROPPED.includes(fields.status))) return "none";
    if (fields.is_new === "续建") return "carried";
    return fields.status !== "在谈" ? "new" : "none";
  }
  return classifyByDate(fields, asOf);
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
