import { type FundSource, type ProjectStatus, type SignType, STARTED_STATUSES } from "./fields.js";
import type { IsoDate, LedgerFields } from "./record.js";

/** How a project counts on an as-of date (DOMAIN.md "Which projects count"). */
export type ProjectClass = "new" | "carried" | "none";

const NOT_SIGNED: readonly ProjectStatus[] = ["在谈", "终止", "退回"];

/** What the sign date alone says: 新签 this year, 续建 from before, or nothing. */
export function classifyByDate(fields: LedgerFields, asOf: IsoDate): ProjectClass {
  const { is_new: _ignored, ...byDate } = fields;
  return toClass(checkClassifier(asOf)(byDate));
}

/**
 * Which projects count (DOMAIN.md "Counting policy"), a setting of the county: the origins of
 * money counted, the sign types that count as signed, a minimum 签约资金 for a new project.
 */
export interface CountingPolicy {
  /** Origins counted; a project of another origin counts for nothing. An empty origin counts. */
  origins: readonly FundSource[];
  /** Sign types that are signings (合同, 协议 by default; 框架协议/意向 are reported apart). */
  signTypes: readonly SignType[];
  /** Minimum 签约资金 (万元) for a new project to count; none by default. */
  minSigned?: number;
}

/** Official statistics count money from outside the county: 县内 does not count. */
export const DEFAULT_COUNTING_POLICY: CountingPolicy = {
  origins: ["境外", "省外", "省内市外", "市内"],
  signTypes: ["合同", "协议"],
};

/** Why the counting policy leaves a project out: the field whose rule it breaks, in Chinese. */
export interface PolicyExclusion {
  field: "fund_source" | "sign_type" | "amt_signed";
  reason: string;
}

/**
 * For one as-of date and policy, why a project that would otherwise count is left out by the
 * policy (null when the policy leaves it alone). Made once per run: the detail sheet and the
 * problem list ask it of every record.
 * @example makePolicyExclusion("2024-09-30")({ sign_type: "合同", fund_source: "县内", … })?.reason === "资金来源为“县内”，不属于统计的引资来源（境外、省外、省内市外、市内）"
 */
export function makePolicyExclusion(
  asOf: IsoDate,
  policy: CountingPolicy = DEFAULT_COUNTING_POLICY,
): (f: LedgerFields) => PolicyExclusion | null {
  const open = makeClassifier(asOf, {
    origins: ALL_ORIGINS,
    signTypes: ["合同", "协议", "框架协议", "意向"],
  });
  const origins = new Set<string>(policy.origins);
  const types = new Set<string>(policy.signTypes);
  const originList = policy.origins.join("、");
  const typeList = policy.signTypes.join("、");
  return (f) => {
    const flags = open(f);
    if ((flags & PROJECT_FLAG.counted) === 0) return null;
    // 框架协议/意向 outside the signing types are reported apart (n_intent), not left out.
    const type = f.sign_type;
    if ((type === "框架协议" || type === "意向") && !types.has(type)) return null;
    if (f.fund_source !== undefined && !origins.has(f.fund_source))
      return {
        field: "fund_source",
        reason: `资金来源为“${f.fund_source}”，不属于统计的引资来源（${originList}）`,
      };
    if (type !== undefined && !types.has(type))
      return { field: "sign_type", reason: `签约类型“${type}”不计为签约（计入：${typeList}）` };
    if (
      policy.minSigned !== undefined &&
      (flags & PROJECT_FLAG.new) !== 0 &&
      (f.amt_signed ?? 0) < policy.minSigned
    )
      return { field: "amt_signed", reason: `签约资金低于${policy.minSigned}万元的起点` };
    return null;
  };
}

/**
 * Why a project that would otherwise count is left out by the policy, in Chinese; null when
 * the policy leaves it alone (one project; `makePolicyExclusion` for many).
 * @example policyExclusion({ sign_type: "合同", fund_source: "县内", … }, "2024-09-30") === "资金来源为“县内”，不属于统计的引资来源（境外、省外、省内市外、市内）"
 */
export function policyExclusion(
  f: LedgerFields,
  asOf: IsoDate,
  policy: CountingPolicy = DEFAULT_COUNTING_POLICY,
): string | null {
  return makePolicyExclusion(asOf, policy)(f)?.reason ?? null;
}

const ALL_ORIGINS: readonly FundSource[] = ["境外", "省外", "省内市外", "市内", "县内"];

/** What the checks classify by: every origin, no minimum, the standard sign types. */
const CHECK_POLICY: CountingPolicy = { origins: ALL_ORIGINS, signTypes: ["合同", "协议"] };

/** Bit flags of a classified project; the indicator engine's filters are masks of these. */
export const PROJECT_FLAG = { new: 1, carried: 2, started: 4, counted: 8, intent: 16 } as const;

/**
 * Name of a flag: new, carried, started, counted (new or carried: counts for 到位资金), or
 * intent (框架协议/意向 signed this year, not dead: reported apart as n_intent, amt_intent).
 */
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
export function makeClassifier(
  asOf: IsoDate,
  policy: CountingPolicy = DEFAULT_COUNTING_POLICY,
): (f: LedgerFields) => number {
  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  const standard = isStandard(policy);
  const origins = new Set<string>(policy.origins);
  const types = new Set<string>(policy.signTypes);
  const min = policy.minSigned;
  return (f) => {
    const status = f.status;
    let flags = isStartedStatus(status) ? PROJECT_FLAG.started : 0;
    // 框架协议/意向 signed this year are always reported apart, even where the policy counts them.
    const d = f.sign_date;
    if (
      (f.sign_type === "框架协议" || f.sign_type === "意向") &&
      d !== undefined &&
      d >= yearStart &&
      d <= asOf &&
      !isDead(status)
    )
      flags |= PROJECT_FLAG.intent;
    if (standard ? !isSigning(f.sign_type) : f.sign_type === undefined || !types.has(f.sign_type))
      return flags;
    if (f.fund_source !== undefined && !origins.has(f.fund_source)) return flags;
    let isNew: boolean;
    let isCarried: boolean;
    if (f.is_new !== undefined) {
      isNew = f.is_new === "新签";
      isCarried = !isNew;
    } else {
      isNew = d !== undefined && d >= yearStart && d <= asOf;
      isCarried = d !== undefined && d < yearStart;
    }
    if (isNew && min !== undefined && (f.amt_signed ?? 0) < min) isNew = false;
    if (isNew && status !== "在谈" && !isDead(status))
      flags |= PROJECT_FLAG.new | PROJECT_FLAG.counted;
    else if (isCarried && !isDead(status)) flags |= PROJECT_FLAG.carried | PROJECT_FLAG.counted;
    return flags;
  };
}

// The default sign types, checked by plain comparison on the hot path.
const isStandard = (p: CountingPolicy): boolean =>
  p.signTypes.length === 2 && p.signTypes.includes("合同") && p.signTypes.includes("协议");

const toClass = (flags: number): ProjectClass =>
  flags & PROJECT_FLAG.new ? "new" : flags & PROJECT_FLAG.carried ? "carried" : "none";

/**
 * Classifies a project as signed this year (new), carried over, or neither, whatever its
 * origin and size (the checks ask about the data, not about what the county counts); an explicit
 * 新签/续建 column overrides the date rule.
 * @example classifyProject({ sign_type: "合同", sign_date: "2023-05-01", status: "在建" }, "2024-09-30") === "carried"
 */
export function classifyProject(fields: LedgerFields, asOf: IsoDate): ProjectClass {
  return toClass(checkClassifier(asOf)(fields));
}

// The checks classify every record of a run with the same as-of date: one classifier for it.
let lastCheck: { asOf: IsoDate; classify: (f: LedgerFields) => number } | undefined;

function checkClassifier(asOf: IsoDate): (f: LedgerFields) => number {
  if (lastCheck?.asOf !== asOf) lastCheck = { asOf, classify: makeClassifier(asOf, CHECK_POLICY) };
  return lastCheck.classify;
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
