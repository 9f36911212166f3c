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

const SIGNED_TYPES: ReadonlySet<string> = new Set(["合同", "协议"]);
const NOT_NEW: ReadonlySet<string> = new Set(["在谈", "终止", "退回"]);
const DEAD: ReadonlySet<string> = new Set(["终止", "退回"]);
const STARTED: ReadonlySet<string> = new Set(["开工", "在建", "竣工", "投产"]);

/**
 * Builds the classifier for one as-of date, returning FLAG bits; the hot path of the
 * aggregation. Only 合同/协议 are signings (意向, 框架协议 never count, neither as new nor
 * as carried). An explicit 新签/续建 value replaces the date rule but not the type and
 * status conditions.
 */
export function makeClassifier(asOf: IsoDate): (f: LedgerFields) => number {
  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  return (f) => {
    let flags = f.status !== undefined && STARTED.has(f.status) ? FLAG.started : 0;
    if (f.sign_type === undefined || !SIGNED_TYPES.has(f.sign_type)) return flags;
    const status = f.status ?? "";
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
    if (isNew && !NOT_NEW.has(status)) flags |= FLAG.new | FLAG.counted;
    else if (isCarried && !DEAD.has(status)) flags |= FLAG.carried | FLAG.counted;
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
