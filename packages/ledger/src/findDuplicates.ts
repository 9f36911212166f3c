import { looseUnitKey, unitKey } from "./findUnitName.js";
import { type LedgerIssue, makeIssue } from "./issues.js";
import { nameKey } from "./readCell.js";
import { cellOf, type LedgerRecord, rawOf } from "./record.js";

/** One row of the 重复项目归属 sheet: which unit a project reported twice belongs to. */
export interface Ownership {
  project: string;
  owner: string;
  note?: string;
  file: string;
  sheet: string;
  /** 1-based row and the A1 cell of the project name, for messages. */
  row: number;
  cell: string;
}

/** Suspected duplicates across units: the issues on every copy, and how each copy counts. */
export interface DuplicateCheck {
  issues: LedgerIssue[];
  /**
   * Ids of copies left out altogether (rows.rejected): the copies of a resolved duplicate
   * that are not the owner's.
   */
  heldBack: string[];
  /** For each later copy (held back or deducted), the id of the first copy, by input order. */
  keptFor: Record<string, string>;
  /**
   * Ids of the later copies of unresolved duplicates: each unit counts its own, the county
   * total leaves these out once (the 减：疑似重复报送 row).
   */
  deducted: string[];
}

// Generic words that make two different projects look alike when stripped of them: a
// trailing 项目 or 建设项目.
function projectKey(name: string): string {
  const key = nameKey(name);
  if (!key.endsWith("项目")) return key;
  return key.slice(0, key.length - (key.endsWith("建设项目") ? 4 : 2));
}

/**
 * Finds the same project reported by two units (or two files): the same name after
 * normalising, or the same investor and signed amount. Every copy is flagged. Unresolved,
 * each unit keeps its copy and the later copies (input order) are deducted from the county
 * total; resolved in the 重复项目归属 sheet, only the owner's copy counts and the issue is
 * a warning saying so. An ownership row that names no duplicate or no unit of it is reported.
 * @example findDuplicates(records, owners).deducted // ids the county total leaves out once
 */
export function findDuplicates(
  records: readonly LedgerRecord[],
  owners: readonly Ownership[] = [],
): DuplicateCheck {
  // The first record of each name, and of each investor and amount: an investor's one record,
  // or a map by amount once it has records of two amounts (most investors sign once).
  const byName = new Map<string, LedgerRecord>();
  const byInvestor = new Map<string, LedgerRecord | Map<number, LedgerRecord>>();
  const groups = new Map<string, { first: LedgerRecord; later: LedgerRecord[]; why: string }>();
  // Once per record of a whole county: no key strings built, no arrays or closures per record.
  const crosses = (hit: LedgerRecord | undefined, r: LedgerRecord): hit is LedgerRecord =>
    hit !== undefined && (hit.unit !== r.unit || hit.file !== r.file);
  for (const r of records) {
    const f = r.fields;
    const name = f.name ? projectKey(f.name) : "";
    const named = name.length >= 2;
    const amount = f.amt_signed;
    const investor =
      f.investor && amount !== undefined && amount > 0 ? nameKey(f.investor) : undefined;
    const nameHit = named ? byName.get(name) : undefined;
    const entry = investor === undefined ? undefined : byInvestor.get(investor);
    const investorHit =
      entry === undefined
        ? undefined
        : entry instanceof Map
          ? entry.get(amount!)
          : entry.fields.amt_signed === amount
            ? entry
            : undefined;
    let kept: LedgerRecord | undefined;
    let why = "";
    if (crosses(nameHit, r)) {
      kept = nameHit;
      why = "项目名称相同";
    } else if (crosses(investorHit, r)) {
      kept = investorHit;
      why = "投资方和签约资金相同";
    }
    if (kept) {
      const group = groups.get(kept.id) ?? { first: kept, later: [], why };
      group.later.push(r);
      groups.set(kept.id, group);
      continue;
    }
    if (named && nameHit === undefined) byName.set(name, r);
    if (investor !== undefined && investorHit === undefined) {
      if (entry === undefined) byInvestor.set(investor, r);
      else if (entry instanceof Map) entry.set(amount!, r);
      else
        byInvestor.set(
          investor,
          new Map([
            [entry.fields.amt_signed!, entry],
            [amount!, r],
          ]),
        );
    }
  }

  const check: DuplicateCheck = { issues: [], heldBack: [], keptFor: {}, deducted: [] };
  const byProject = new Map<string, Ownership>();
  for (const o of owners) byProject.set(projectKey(o.project), o);
  const used = new Set<Ownership>();
  for (const { first: kept, later, why } of groups.values()) {
    const copies = [kept, ...later];
    const owner = copies
      .map((c) => (c.fields.name ? byProject.get(projectKey(c.fields.name)) : undefined))
      .find((o) => o !== undefined);
    const ownerCopy = owner && findOwnerCopy(copies, owner.owner);
    if (owner) used.add(owner);
    if (owner && !ownerCopy) {
      check.issues.push(
        ownershipIssue(owner, `归属单位“${owner.owner}”不是报送该项目的单位（${unitsOf(copies)}）`),
      );
    }
    for (const r of later) check.keptFor[r.id] = kept.id;
    if (ownerCopy) {
      for (const c of copies) {
        const other = copies.find((x) => x !== c)!;
        const mine = c === ownerCopy;
        if (!mine) check.heldBack.push(c.id);
        check.issues.push(
          issueAt(c, "duplicate_resolved", {
            label: ownerCopy.unit,
            detail: where(other),
            other: mine ? "由本单位计入" : "本单位的这一份不再计入统计",
          }),
        );
      }
      continue;
    }
    for (const r of later) {
      check.deducted.push(r.id);
      check.issues.push(issueAt(r, "duplicate_project", { label: why, detail: where(kept) }));
    }
    check.issues.push(issueAt(kept, "duplicate_project", { label: why, detail: where(later[0]!) }));
  }
  for (const o of owners)
    if (!used.has(o))
      check.issues.push(ownershipIssue(o, `没有名为“${o.project}”的疑似重复报送项目`));
  return check;
}

function findOwnerCopy(copies: readonly LedgerRecord[], owner: string): LedgerRecord | undefined {
  return (
    copies.find((c) => unitKey(c.unit) === unitKey(owner)) ??
    copies.find((c) => looseUnitKey(c.unit) === looseUnitKey(owner))
  );
}

const unitsOf = (copies: readonly LedgerRecord[]): string =>
  [...new Set(copies.map((c) => c.unit))].join("、");

function where(other: LedgerRecord): string {
  return `${other.unit}（${baseName(other.file)}“${other.sheet}”第 ${other.row} 行）`;
}

function issueAt(
  at: LedgerRecord,
  code: "duplicate_project" | "duplicate_resolved",
  params: { label: string; detail: string; other?: string },
): LedgerIssue {
  return makeIssue(
    code,
    {
      file: at.file,
      sheet: at.sheet,
      cell: cellOf(at, "name"),
      raw: rawOf(at, "name"),
      row: at.row,
    },
    params,
  );
}

function ownershipIssue(o: Ownership, detail: string): LedgerIssue {
  return makeIssue(
    "ownership_invalid",
    { file: o.file, sheet: o.sheet, cell: o.cell, raw: o.project, row: o.row },
    { detail },
  );
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
