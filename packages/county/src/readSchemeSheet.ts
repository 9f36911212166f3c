import {
  checkSettingNumber,
  type CompiledIndicator,
  indicatorNames,
  type NumberSetting,
  SCORING_METHOD_LABELS,
  type ScoringDeduction,
  type ScoringItem,
  type ScoringScheme,
  type ScoringTier,
  SETTING_LABELS,
  settingNumberRule,
} from "@zsyz/indicators";
import {
  describeSheetUnused,
  type GridWorkbook,
  ISSUE_GROUP_TITLES,
  type LedgerIssue,
  makeIssue,
  normalizeText,
  toA1,
} from "@zsyz/ledger";
import { parseRuleLine } from "./readRequirementSheet.js";

const L = SETTING_LABELS;

/** Name of the target workbook's sheet of the scoring scheme (考评办法), as 设置 names it. */
export const SCHEME_SHEET = L.scoring;

/**
 * The headers of the 考评办法 table, in the order the template writes them: the 设置 form's
 * labels where a column holds one of its fields.
 */
export const SCHEME_HEADERS = {
  kind: "类别",
  subject: "指标或问题",
  points: L["scoring.items[].weight"],
  method: L["scoring.items[].method"],
  cap: L["scoring.items[].cap"],
  tiers: L["scoring.items[].tiers"],
  note: "说明",
} as const;

/** Words of the 类别 and 计分方式 columns, as the template's dropdowns and the 设置 form offer them. */
export const SCHEME_WORDS = {
  name: L["scoring.name"],
  item: L["scoring.items"],
  deduction: L["scoring.deductions"],
  linear: SCORING_METHOD_LABELS.linear,
  tiers: SCORING_METHOD_LABELS.tiers,
  // A 扣分项's way of scoring is its points per issue: the form's label of those points.
  perIssue: L["scoring.deductions[].points"],
} as const;

// A cell's number is held to the 设置 form's limit for the same field, so the sheet and the
// form take the same values…
const fits = (field: NumberSetting, n: number | null): n is number =>
  n !== null && checkSettingNumber(field, n) === null;

// …and one refused is told what to write in the form's words: "分值应为 0 到 1000 之间的数，如“35”".
const ruleOf = (field: NumberSetting): string => `${L[field]}${settingNumberRule(field)}`;

const UNKNOWN_ISSUE_KIND = `不是已有的${L["scoring.deductions[].code"]}（如“${ISSUE_GROUP_TITLES.duplicate_project}”“${ISSUE_GROUP_TITLES.started_without_land}”）`;

/**
 * Title of each issue kind as the pane and 问题清单 group them ("疑似重复报送"), the words a
 * deduction row names its issue by.
 * @example issueKindTitles().get("duplicate_project") === "疑似重复报送"
 */
export function issueKindTitles(): Map<string, string> {
  return new Map<string, string>(Object.entries(ISSUE_GROUP_TITLES));
}

/** A 考评办法 cell that could not be used: its row and column in the rows given, and why. */
export interface SchemeProblem {
  row: number;
  col: number;
  /** The 指标或问题 of the row ("" when not filled in), to name it. */
  subject: string;
  /** What is wrong and how to write it, in Chinese. */
  detail: string;
}

/**
 * Reads the 考评办法 sheet of the target workbook: a row per 考评项目 (指标 by its Chinese
 * name, 分值, 计分方式 按比例 with an optional 封顶 or 分档 "100%以上得满分；80%以上得满分的75%"),
 * a row per 扣分项 (the issue kind by its title, 每项扣分, 封顶 = the most taken off) and an
 * optional 办法名称 row. A row it cannot use is reported at its cell and left out; the rest
 * applies. Null when the workbook has no such sheet or a blank one. The scheme is null (the
 * settings' applies) when the sheet has no header it knows or no usable 考评项目 row, a scheme
 * that would score every unit 0; an issue then says why.
 * @example readSchemeSheet(workbook, catalogue)?.scheme?.items[0] → { indicator: "rate_signed", weight: 35, method: "linear", cap: 1.2 }
 */
export function readSchemeSheet(
  workbook: GridWorkbook,
  catalogue: readonly CompiledIndicator[],
): { sheet: string; scheme: ScoringScheme | null; issues: LedgerIssue[] } | null {
  const sheet = workbook.sheets.find((s) => normalizeText(s.name) === SCHEME_SHEET);
  if (!sheet) return null;
  const value = (r: number, c: number): unknown => sheet.rows[r]?.[c]?.value;
  const read = readSchemeCells(sheet.rows.length, value, catalogue);
  if (read.kind === "blank") return null;
  // What the run does without the sheet, for the issues that say it was not used.
  const instead = `考评得分按「设置」中的${SCHEME_SHEET}计算`;
  if (read.kind === "no_header") {
    const issue = describeSheetUnused(workbook.file, sheet, "settings_invalid", {
      label: SCHEME_SHEET,
      detail: `前 10 行中没有找到含“${SCHEME_HEADERS.subject}”和“${SCHEME_HEADERS.points}”两列的表头，整张表未采用`,
      other: `${instead}；要按本表计分，请按“新建台账”生成的表头填写`,
    });
    return issue ? { sheet: sheet.name, scheme: null, issues: [issue] } : null;
  }
  const issue = (
    row: number,
    col: number,
    why: { label: string; detail: string; other?: string },
  ): LedgerIssue => {
    const v = value(row, col);
    return makeIssue(
      "settings_invalid",
      {
        file: workbook.file,
        sheet: sheet.name,
        cell: toA1(row, col),
        raw: v === null || v === undefined ? "" : normalizeText(String(v)),
        row: row + 1,
      },
      why,
    );
  };
  const issues = read.problems.map((p) =>
    issue(p.row, p.col, {
      label: `${SCHEME_SHEET}·${p.subject || "（未填指标）"}`,
      detail: p.detail,
    }),
  );
  if (!read.scheme)
    issues.push(
      issue(read.header, read.subjectCol, {
        label: SCHEME_SHEET,
        detail: `表中没有一行可用的${SCHEME_WORDS.item}（类别为“${SCHEME_WORDS.item}”，有${L["scoring.items[].indicator"]}名称和${SCHEME_HEADERS.points}），整张表未采用`,
        other: `${instead}；要按本表计分，请至少填好一行${SCHEME_WORDS.item}`,
      }),
    );
  return { sheet: sheet.name, scheme: read.scheme, issues };
}

/**
 * The 考评办法 table as plain rows (its header first, as the template writes it): the scheme
 * and each cell it could not use, for the pane's form, which edits these very rows. The given
 * scheme stands when no 考评项目 row is usable.
 * @example readSchemeRows(schemeSheetTemplate(scheme, catalogue), catalogue, scheme)?.scheme → scheme
 */
export function readSchemeRows(
  rows: readonly (readonly unknown[])[],
  catalogue: readonly CompiledIndicator[],
  given: ScoringScheme,
): { scheme: ScoringScheme; problems: SchemeProblem[] } | null {
  const read = readSchemeCells(rows.length, (r, c) => rows[r]?.[c], catalogue);
  return read.kind === "read" ? { scheme: read.scheme ?? given, problems: read.problems } : null;
}

/**
 * What the 考评办法 cells hold: nothing but (at most) a header, no header at all, or the
 * scheme (null without one usable 考评项目 row) and the cells it could not use.
 */
type SchemeCells =
  | { kind: "blank" }
  | { kind: "no_header" }
  | {
      kind: "read";
      scheme: ScoringScheme | null;
      problems: SchemeProblem[];
      header: number;
      subjectCol: number;
    };

function readSchemeCells(
  rowCount: number,
  value: (r: number, c: number) => unknown,
  catalogue: readonly CompiledIndicator[],
): SchemeCells {
  const text = (r: number, c: number): string => {
    const v = c < 0 ? null : value(r, c);
    return v === null || v === undefined ? "" : normalizeText(String(v));
  };
  const cols = findHeader(rowCount, text);
  if (!cols) return { kind: "no_header" };
  const { keyOf } = indicatorNames(catalogue);
  const kinds = new Map<string, string>();
  for (const [code, title] of issueKindTitles()) {
    kinds.set(normalizeText(title), code);
    kinds.set(code, code);
  }
  const problems: SchemeProblem[] = [];
  const items: ScoringItem[] = [];
  const deductions: ScoringDeduction[] = [];
  let name: string | null = null;
  let itemRows = 0;
  for (let r = cols.header + 1; r < rowCount; r += 1) {
    const subject = text(r, cols.subject);
    const kind = text(r, cols.kind);
    const bad = (col: number, detail: string): void => {
      problems.push({ row: r, col, subject, detail });
    };
    if (subject === "" && text(r, cols.points) === "") continue;
    if (/名称/.test(kind)) {
      if (subject !== "") name = String(value(r, cols.subject)).trim();
      continue;
    }
    const isDeduction =
      /扣分/.test(kind) || (kind === "" && keyOf(subject) === undefined && kinds.has(subject));
    const points = readNumber(value(r, cols.points), text(r, cols.points));
    if (isDeduction) {
      const code = kinds.get(subject);
      if (!code) {
        bad(cols.subject, UNKNOWN_ISSUE_KIND);
        continue;
      }
      if (!fits("scoring.deductions[].points", points)) {
        bad(cols.points, ruleOf("scoring.deductions[].points"));
        continue;
      }
      const deduction: ScoringDeduction = { code, points };
      if (text(r, cols.cap) !== "") {
        const max = readNumber(value(r, cols.cap), text(r, cols.cap));
        if (!fits("scoring.deductions[].max", max)) {
          bad(cols.cap, ruleOf("scoring.deductions[].max"));
          continue;
        }
        deduction.max = max;
      }
      deductions.push(deduction);
      continue;
    }
    itemRows += 1;
    const key = keyOf(subject);
    const indicator = catalogue.find((c) => c.def.key === key);
    if (!indicator) {
      bad(
        cols.subject,
        `不是已有的${L["scoring.items[].indicator"]}名称（如“签约资金完成率”“资金到位率”）`,
      );
      continue;
    }
    if (!fits("scoring.items[].weight", points)) {
      bad(cols.points, ruleOf("scoring.items[].weight"));
      continue;
    }
    const isRate = indicator.def.format === "percent";
    const method = text(r, cols.method);
    const tiersText = text(r, cols.tiers);
    const byTiers = /档|tiers/.test(method) || (method === "" && tiersText !== "");
    if (byTiers) {
      const tiers = parseTierText(tiersText, points, isRate);
      if (!tiers) {
        bad(
          cols.tiers < 0 ? cols.method : cols.tiers,
          `${L["scoring.items[].tiers"]}应写成“100%以上得满分；80%以上得满分的75%；60%以上得满分的50%”，用分号隔开`,
        );
        continue;
      }
      items.push({ indicator: indicator.def.key, weight: points, method: "tiers", tiers });
      continue;
    }
    if (method !== "" && !/比例|线性|linear/.test(method)) {
      bad(
        cols.method,
        `${L["scoring.items[].method"]}应为“${SCHEME_WORDS.linear}”或“${SCHEME_WORDS.tiers}”`,
      );
      continue;
    }
    const item: ScoringItem = { indicator: indicator.def.key, weight: points, method: "linear" };
    const capText = text(r, cols.cap);
    if (capText !== "") {
      const cap = parseRuleLine(capText, value(r, cols.cap), isRate);
      if (!fits("scoring.items[].cap", cap)) {
        bad(cols.cap, ruleOf("scoring.items[].cap"));
        continue;
      }
      item.cap = cap;
    }
    items.push(item);
  }
  if (itemRows === 0 && deductions.length === 0 && problems.length === 0 && name === null)
    return { kind: "blank" };
  const found = { kind: "read", problems, header: cols.header, subjectCol: cols.subject } as const;
  // Without one usable item the scheme would score every unit 0: no scheme, the settings' stands.
  if (items.length === 0) return { ...found, scheme: null };
  return { ...found, scheme: { name: name ?? SCHEME_SHEET, items, deductions } };
}

interface SchemeColumns {
  header: number;
  kind: number;
  subject: number;
  points: number;
  method: number;
  cap: number;
  tiers: number;
}

type HeaderColumn = Exclude<keyof SchemeColumns, "header">;

// A column is found by the header the template writes (SCHEME_HEADERS, the 设置 form's labels)
// or by the words staff use for it.
const headerWords = (column: HeaderColumn, others: RegExp) => (t: string) =>
  t === normalizeText(SCHEME_HEADERS[column]) || others.test(t);
const HEADER_WORDS: Readonly<Record<HeaderColumn, (t: string) => boolean>> = {
  kind: headerWords("kind", /^(类型|分类)$/),
  subject: headerWords("subject", /^(指标|考评指标|考评项目|项目|内容)$/),
  points: headerWords("points", /^(分数|权重|每项扣分)$/),
  method: headerWords("method", /^(计分办法|方式)$/),
  cap: headerWords("cap", /^(上限|最多扣分)$/),
  tiers: headerWords("tiers", /^(档次|分档标准)$/),
};
const HEADER_COLUMNS = Object.keys(HEADER_WORDS) as HeaderColumn[];

// The header row: 指标或问题 and 分值 at least, within the first ten rows.
function findHeader(rows: number, text: (r: number, c: number) => string): SchemeColumns | null {
  for (let r = 0; r < Math.min(rows, 10); r += 1) {
    const cols: SchemeColumns = {
      header: r,
      kind: -1,
      subject: -1,
      points: -1,
      method: -1,
      cap: -1,
      tiers: -1,
    };
    for (let c = 0; c < 30; c += 1) {
      const t = text(r, c).replace(/[(（].*$/, "");
      const column = HEADER_COLUMNS.find((k) => HEADER_WORDS[k](t));
      if (column) cols[column] = c;
    }
    if (cols.subject >= 0 && cols.points >= 0) return cols;
  }
  return null;
}

// A number from a cell: 35, "35", "35分", "2分/项".
function readNumber(value: unknown, text: string): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const m = /^(-?\d+(?:\.\d+)?)(?:分)?(?:\/(?:项|个|条))?$/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * Tiers as staff write them, highest first: "100%以上得满分；80%以上得满分的75%；60%以上得9分；
 * 低于60%不得分". The share is of the item's 分值 (满分 = 1, "9分" = 9 ÷ 分值); null when the
 * text is not such a list.
 * @example parseTierText("100%以上得满分；80%以上得满分的75%", 15, true) → [{ atLeast: 1, share: 1 }, { atLeast: 0.8, share: 0.75 }]
 */
export function parseTierText(text: string, weight: number, isRate: boolean): ScoringTier[] | null {
  const parts = normalizeText(text)
    .split(/[;；,，、\n]+/)
    .filter((p) => p !== "");
  const tiers: ScoringTier[] = [];
  for (const part of parts) {
    if (/(以下|低于|不足).*(不得分|得0分)$/.test(part)) continue;
    const m =
      /^(?:达到|不低于|≥|>=)?(-?\d+(?:\.\d+)?)(%)?(?:以上|及以上)?(?:得|[:：]|→|=)(满分|满分的(\d+(?:\.\d+)?)%|(\d+(?:\.\d+)?)(%|分))$/.exec(
        part,
      );
    if (!m) return null;
    const at = parseRuleLine(`${m[1]}${m[2] ?? ""}`, null, isRate);
    let share: number;
    if (m[3] === "满分") share = 1;
    else if (m[4] !== undefined) share = Number(m[4]) / 100;
    else if (m[6] === "%") share = Number(m[5]) / 100;
    else share = weight > 0 ? Number(m[5]) / weight : 0;
    if (at === null || share < 0 || share > 1) return null;
    tiers.push({ atLeast: at, share });
  }
  return tiers.length > 0 ? tiers.sort((a, b) => b.atLeast - a.atLeast) : null;
}
