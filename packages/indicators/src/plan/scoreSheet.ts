import { columnLetter as L, ISSUE_GROUP_TITLES, type IssueCode } from "@zsyz/ledger";
import type { CompiledIndicator } from "../compileIndicator.js";
import type { IndicatorResults } from "../computeIndicators.js";
import type { UnitScore } from "../scoreUnits.js";
import type { ScoringItem, ScoringScheme } from "../scoringScheme.js";
import { ISSUE_SHEET } from "./issueSheet.js";
import { SheetBuilder } from "./SheetBuilder.js";
import { landscapePrint } from "./styles.js";
import { criterion, SUMMARY_HEADER_ROW, SUMMARY_SHEET, summaryColumns } from "./summarySheet.js";
import type { SheetPlan } from "./WorkbookPlan.js";

/** Name of the assessment-score sheet. */
export const SCORE_SHEET = "考评得分";

const HEADER_ROW = 2;

/**
 * Where 考评得分 holds what (0-based): title, note, the header on row 3, then one row per unit
 * in the results' order; 单位, one column per item, one per deduction, 得分, 排名. The one
 * definition the sheet, 通报表's references and the county pipeline use.
 */
export interface ScoreSheetLayout {
  headerRow: number;
  /** Row of the first unit. */
  firstRow: number;
  /** Column of the scheme's first item; the others follow. */
  itemCol: number;
  /** Column of the first deduction; the others follow. */
  deductionCol: number;
  scoreCol: number;
  rankCol: number;
  columnCount: number;
}

/**
 * The layout of 考评得分 for a scheme.
 * @example scoreSheetLayout(DEFAULT_SCORING_SCHEME).scoreCol === 7 // 单位, 4 items, 2 deductions
 */
export function scoreSheetLayout(
  scheme: Pick<ScoringScheme, "items" | "deductions">,
): ScoreSheetLayout {
  const deductionCol = 1 + scheme.items.length;
  const scoreCol = deductionCol + scheme.deductions.length;
  return {
    headerRow: HEADER_ROW,
    firstRow: HEADER_ROW + 1,
    itemCol: 1,
    deductionCol,
    scoreCol,
    rankCol: scoreCol + 1,
    columnCount: scoreCol + 2,
  };
}

/**
 * A cell of 考评得分 as another sheet refers to it: the column of `scoreSheetLayout` and the
 * unit's index in the results.
 * @example scoreSheetRef(7, 0) === "'考评得分'!H4"
 */
export function scoreSheetRef(col: number, unitIndex: number): string {
  return `'${SCORE_SHEET}'!${L(col)}${HEADER_ROW + 2 + unitIndex}`;
}

/** Everything the score sheet is built from. */
export interface ScoreSheetInput {
  scheme: ScoringScheme;
  results: IndicatorResults;
  catalogue: readonly CompiledIndicator[];
  /** The engine's scores, in the units' order (the cached values). */
  scores: readonly UnitScore[];
  /** Counts per unit and issue code, as in 问题清单 (the cached values of the deductions). */
  issueCounts: Record<string, Partial<Record<string, number>>>;
  /** Rows of 问题清单 (its data rows start on row 3). */
  issueRows: number;
}

/**
 * Builds 考评得分: per unit, the points of each item of the scheme from 指标汇总, the
 * deductions counted in 问题清单, the score (floored at 0) and the rank — all live formulas,
 * so a changed figure or issue list rescores.
 */
export function buildScoreSheet(input: ScoreSheetInput): SheetPlan {
  const { scheme, results, catalogue } = input;
  const columns = summaryColumns(catalogue).indCol;
  const nameOf = (key: string): string => catalogue.find((c) => c.def.key === key)?.def.name ?? key;
  const b = new SheetBuilder();
  b.set(0, 0, { value: `招商引资考评得分（${scheme.name}）`, style: "title" });
  b.set(1, 0, {
    value: "各项得分取自“指标汇总”，扣分按“问题清单”计数；改动后自动重算。",
    style: "note",
  });
  const layout = scoreSheetLayout(scheme);
  const { firstRow: first, itemCol, deductionCol, scoreCol } = layout;
  // A deduction's issue kind by the title 问题清单 and the pane group it under (as 考评办法 names it).
  const titleOf = (code: string): string => ISSUE_GROUP_TITLES[code as IssueCode] ?? code;
  const headers = [
    "单位",
    ...scheme.items.map((i) => `${nameOf(i.indicator)}（${i.weight}分）`),
    ...scheme.deductions.map(
      (d) =>
        `扣分：${titleOf(d.code)}（每项${d.points}分${d.max === undefined ? "" : `，最多${d.max}分`}）`,
    ),
    "得分",
    "排名",
  ];
  headers.forEach((h, c) => b.set(layout.headerRow, c, { value: h, style: "header" }));
  const n = results.units.length;
  const issuesLast = Math.max(3, input.issueRows + 2);
  const issueRange = (col: string): string => `'${ISSUE_SHEET}'!$${col}$3:$${col}$${issuesLast}`;
  results.units.forEach((u, i) => {
    const r = first + i;
    const summaryRow = SUMMARY_HEADER_ROW + 2 + i;
    const score = input.scores[i];
    b.set(r, 0, { value: u.unit, numFmt: "@", style: "text" });
    scheme.items.forEach((item, k) => {
      const col = columns.get(item.indicator);
      // An indicator the catalogue lacks scores 0, as in scoreUnits (parseSettings refuses it).
      const ref = col === undefined ? null : `'${SUMMARY_SHEET}'!${L(col)}${summaryRow}`;
      b.set(r, itemCol + k, {
        value: score?.items[k]?.points ?? 0,
        formula: ref === null ? "0" : itemFormula(item, ref),
        numFmt: "0.00",
        style: "number",
      });
    });
    scheme.deductions.forEach((d, k) => {
      const count = input.issueCounts[u.unit]?.[d.code] ?? 0;
      const off = count * d.points;
      const countF = `COUNTIFS(${issueRange("C")},${criterion(`$A${r + 1}`, u.unit)},${issueRange("I")},"${d.code}")`;
      b.set(r, deductionCol + k, {
        value: d.max === undefined ? off : Math.min(off, d.max),
        formula:
          d.max === undefined ? `${d.points}*${countF}` : `MIN(${d.points}*${countF},${d.max})`,
        numFmt: "0.00",
        style: "number",
      });
    });
    const itemsRange = `${L(itemCol)}${r + 1}:${L(deductionCol - 1)}${r + 1}`;
    const dedRange =
      scheme.deductions.length > 0
        ? `-SUM(${L(deductionCol)}${r + 1}:${L(scoreCol - 1)}${r + 1})`
        : "";
    b.set(r, scoreCol, {
      value: score?.score ?? 0,
      formula: `MAX(0,${scheme.items.length > 0 ? `SUM(${itemsRange})` : "0"}${dedRange})`,
      numFmt: "0.00",
      style: "number",
    });
    const s = L(scoreCol);
    b.set(r, layout.rankCol, {
      value: score?.rank ?? null,
      formula: `RANK.EQ(${s}${r + 1},${s}$${first + 1}:${s}$${first + n},0)`,
      numFmt: "0",
      style: "number",
    });
  });
  const { columnCount } = layout;
  return {
    name: SCORE_SHEET,
    ...b.build(),
    columns: Array.from({ length: columnCount }, (_, col) => ({ col, width: col === 0 ? 14 : 14 })),
    frozen: { rows: first, columns: 1 },
    merges: [`A1:${L(columnCount - 1)}1`],
    conditionalFormats: [],
    print: landscapePrint(first),
  };
}

// The item's points over the indicator's cell, as scoreUnits computes them: an empty value
// scores 0; a negative one counts as 0.
function itemFormula(item: ScoringItem, ref: string): string {
  const v = `MAX(${ref},0)`;
  if (item.method === "linear") {
    const capped = item.cap === undefined ? v : `MIN(${v},${item.cap})`;
    return `IF(ISNUMBER(${ref}),${item.weight}*${capped},0)`;
  }
  const tiers = [...(item.tiers ?? [])].sort((a, b) => b.atLeast - a.atLeast);
  const nested = tiers.reduceRight(
    (rest, t) => `IF(${v}>=${t.atLeast},${item.weight}*${t.share},${rest})`,
    "0",
  );
  return `IF(ISNUMBER(${ref}),${nested},0)`;
}
