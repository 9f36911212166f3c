import { type LedgerIssue, type LedgerRecord, normalizeText } from "@zsyz/ledger";

const CN = ["一", "二", "三", "四", "五", "六"];
/** How many projects a clause names before "等N个项目". */
const MAX_NAMED = 10;
/** The issues whose projects the paragraph names. */
const PROBLEM_CODES = new Set(["started_without_land", "stalled_not_started", "duplicate_project"]);

/** The id of the record an issue points at (LedgerRecord.id: file|sheet|row). */
const idOf = (i: LedgerIssue): string => `${i.file}|${i.sheet}|${i.row ?? 0}`;

/**
 * The problem-projects paragraph in the reports' "一是…二是…" form: projects started before
 * land approval, stalled projects, projects stopped or returned, suspected duplicates — each
 * with its unit, project and the fact behind it; "" when there are none.
 * @example describeProblemProjects(records, issues) === "存在的问题：一是未办结用地手续即开工，城关镇“光伏项目”（土地手续：无）；…。"
 */
export function describeProblemProjects(
  records: readonly LedgerRecord[],
  issues: readonly LedgerIssue[],
): string {
  // Only the issues named here need their records: a county of 100,000 projects usually has
  // few or none, so the lookup holds just those (no map of every record).
  const wanted = issues.filter((i) => PROBLEM_CODES.has(i.code));
  const wantedIds = new Set(wanted.map(idOf));
  const byId = new Map<string, LedgerRecord>();
  // Input order of the records behind a duplicate, for the order of its units.
  const order = new Map<string, number>();
  if (wantedIds.size > 0)
    records.forEach((r, n) => {
      if (!wantedIds.has(r.id)) return;
      byId.set(r.id, r);
      order.set(r.id, n);
    });
  const recordOf = (i: LedgerIssue): LedgerRecord | undefined => byId.get(idOf(i));
  const named = (r: LedgerRecord, fact: string): string =>
    `${r.unit}“${r.fields.name ?? ""}”（${fact}）`;
  const list = (items: string[]): string =>
    items.length > MAX_NAMED
      ? `${items.slice(0, MAX_NAMED).join("、")}等${items.length}个项目`
      : items.join("、");
  const of = (code: string, fact: (r: LedgerRecord) => string): string[] =>
    wanted.flatMap((i) => {
      const r = i.code === code ? recordOf(i) : undefined;
      return r ? [named(r, fact(r))] : [];
    });

  const clauses: string[] = [];
  const land = of("started_without_land", (r) => `土地手续：${r.fields.land_status ?? ""}`);
  if (land.length) clauses.push(`未办结用地手续即开工，${list(land)}`);
  const stalled = of("stalled_not_started", (r) => `${r.fields.sign_date ?? ""}签约`);
  if (stalled.length) clauses.push(`签约超过一年仍未开工，${list(stalled)}`);
  const stopped = records
    .filter(
      (r) => r.fields.status === "停建" || r.fields.status === "终止" || r.fields.status === "退回",
    )
    .map((r) => named(r, r.fields.status ?? ""));
  if (stopped.length) clauses.push(`项目停建或终止、退回，${list(stopped)}`);
  // One entry per project (names compared as the duplicate check does), its units in input order.
  const dupCopies = new Map<string, { name: string; copies: LedgerRecord[] }>();
  for (const i of wanted) {
    if (i.code !== "duplicate_project") continue;
    const r = recordOf(i);
    if (!r) continue;
    const name = normalizeText(r.fields.name ?? "");
    const key = name.replace(/(建设)?项目$/, "");
    const entry = dupCopies.get(key) ?? { name, copies: [] };
    entry.copies.push(r);
    dupCopies.set(key, entry);
  }
  const dups = [...dupCopies.values()].map(({ name, copies }) => {
    const units = [
      ...new Set(
        [...copies]
          .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
          .map((r) => r.unit),
      ),
    ];
    return `“${name}”由${units.join("、")}同时报送`;
  });
  if (dups.length) clauses.push(`疑似重复报送，${list(dups)}`);
  if (clauses.length === 0) return "";
  return `存在的问题：${clauses.map((c, n) => `${CN[n]}是${c}`).join("；")}。`;
}
