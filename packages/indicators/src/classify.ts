import type { IsoDate, LedgerFields } from "@zsyz/ledger";

/** Which of DOMAIN.md's sets a project belongs to on an as-of date. */
export interface ProjectClass {
  /** Signed this year (当年新签): counts for 签约 and 新签约到位. */
  isNew: boolean;
  /** Signed before this year and still alive (续建). */
  isCarried: boolean;
  /** Status 开工/在建/竣工/投产. */
  isStarted: boolean;
}

/** Bit flags of a classified project; the aggregation's filters are masks of these. */
export const FLAG = { new: 1, carried: 2, started: 4, counted: 8 } as const;

/** Name of a flag: new, carried, started, or counted (new or carried: counts for 到位资金). */
export type FlagName = keyof typeof FLAG;

// Plain comparisons rather than Set lookups: this runs once per record on the hot path.
const isSigning = (t: string | undefined): boolean => t === "合同" || t === "协议";
const isStarted = (s: string | undefined): boolean =>
  s === "开工" || s === "在建" || s === "竣工" || s === "投产";
const isDead = (s: string | undefined): boolean => s === "终止" || s === "退回";

/**
 * Builds the classifier for one as-of date, returning FLAG bits; the hot path of the
 * aggregation. Only 合同/协议 are signings (意向, 框架协议 never count, neither as new nor
 * as carried). An explicit 新签/续建 value replaces the date rule but not the type and
 * status conditions.
 */
export function makeClassifier(asOf: IsoDate): (f: LedgerFields) => number {
  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  return (f) => {
    const status = f.status;
    let flags = isStarted(status) ? FLAG.started : 0;
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
    if (isNew && status !== "在谈" && !isDead(status)) flags |= FLAG.new | FLAG.counted;
    else if (isCarried && !isDead(status)) flags |= FLAG.carried | FLAG.counted;
    return flags;
  };
}

/**
 * Classifies one project on an as-of date (DOMAIN.md "Which projects count").
 * @example classifyProject({ sign_type: "合同", sign_date: "2024-03-01", status: "开工" }, "2024-09-30") → { isNew: true, isCarried: false, isStarted: true }
 */
export function classifyProject(fields: LedgerFields, asOf: IsoDate): ProjectClass {
  const flags = makeClassifier(asOf)(fields);
  return {
    isNew: (flags & FLAG.new) !== 0,
    isCarried: (flags & FLAG.carried) !== 0,
    isStarted: (flags & FLAG.started) !== 0,
  };
}
