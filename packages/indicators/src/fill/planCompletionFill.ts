import { columnLetter, type GridSheet } from "@zsyz/ledger";
import { AGGREGATES, type AggregateKey, findAggregate } from "../aggregates.js";
import { DETAIL_SHEET, detailLayout } from "../plan/detailSheet.js";
import { classifyTrackingRow } from "./classifyTrackingRow.js";
import {
  findTrackingColumns,
  type TrackingGroup,
  type TrackingLayout,
} from "./findTrackingColumns.js";

/** One cell the fill writes: a formula (en-US, no leading "=") and, for 完成率, a number format. */
export interface FillCell {
  row: number;
  col: number;
  address: string;
  formula: string;
  numFmt?: string;
}

/** One indicator of the table and what the fill does to it. */
export interface FillGroup extends TrackingGroup {
  /** The ledger aggregate its 完成 column can be summed from, when its name is known. */
  aggregate: AggregateKey | null;
  /** Whether this fill writes SUMIFS into its 完成 column. */
  sumifs: boolean;
}

/** What 「填充完成率公式」 would write: every cell, by row, and where. */
export interface CompletionFillPlan {
  sheet: string;
  headerRow: number;
  unitCol: number | null;
  groups: FillGroup[];
  /** 0-based rows that get formulas (units' rows and totals rows). */
  rows: number[];
  /** Totals rows among them: they get the rate but never SUMIFS. */
  totalsRows: number[];
  /** Row-major. */
  cells: FillCell[];
}

/** Why nothing can be filled. */
export const FILL_ERROR_CODES = [
  "no_tracking_columns",
  "no_data_rows",
  "no_unit_column",
  "sumifs_unknown_indicator",
] as const;

/** Code of a refused fill. */
export type FillErrorCode = (typeof FILL_ERROR_CODES)[number];

/** A refused fill, with a Chinese message that says what to do. */
export interface FillError {
  code: FillErrorCode;
  detail: string;
  message: string;
}

const FILL_MESSAGES: Record<FillErrorCode, (detail: string) => string> = {
  no_tracking_columns: () =>
    "没有找到“任务、完成、完成率”三列齐全的指标。请检查表头：同一指标需有任务（或目标）列、完成（或实际）列和完成率（或完成比例）列，例如“签约资金任务”“签约资金完成”“签约资金完成率”。",
  no_data_rows: () => "表头下方没有找到单位数据行，没有可填充的单元格。",
  no_unit_column: () => "按台账汇总“完成”数需要单位列（如“单位”“乡镇”），表头中没有找到。",
  sumifs_unknown_indicator: (d) =>
    `无法从台账汇总“${d}”：只支持签约资金、到位资金、签约项目数、省外签约资金、省外到位资金、新签约项目到位资金、新签约开工项目数和到位外资。`,
};

const fail = (code: FillErrorCode, detail = ""): { ok: false; error: FillError } => ({
  ok: false,
  error: { code, detail, message: FILL_MESSAGES[code](detail) },
});

// Names staff give the figures, beyond the aggregates' own names.
const SYNONYMS: Record<string, AggregateKey> = {
  签约金额: "amt_signed",
  签约额: "amt_signed",
  合同引资额: "amt_signed",
  招商引资签约资金: "amt_signed",
  实际到位资金: "amt_arrived",
  招商引资到位资金: "amt_arrived",
  签约项目: "n_signed",
  签约项目个数: "n_signed",
  新签约项目: "n_signed",
  新签约项目数: "n_signed",
  开工项目: "n_started_new",
  开工项目数: "n_started_new",
  新签约开工项目: "n_started_new",
  外资: "fdi",
  实际利用外资: "fdi",
};

/** The ledger aggregate a tracking-table indicator name stands for. @example aggregateForName("签约资金") === "amt_signed" */
export function aggregateForName(name: string): AggregateKey | null {
  // Only the aggregates criteria on the derived flags alone can sum (no stages, no dates).
  const plain = AGGREGATES.find(
    (a) => a.name === name && !("statuses" in a) && !("startedThisYear" in a),
  );
  return plain?.key ?? SYNONYMS[name] ?? null;
}

/** Options of the fill. */
export interface CompletionFillOptions {
  /** Indicator names (as the header names them) whose 完成 cells get SUMIFS over 项目明细. */
  sumifs?: readonly string[];
}

// The unit cell as an exact-match criterion: "*", "?", "~" in a unit name match literally.
// Built by formula from the cell, so the table's text never becomes formula text.
const criterion = (cell: string): string =>
  `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;

// Whole columns of 项目明细: the fill keeps working when 一键计算 rewrites it with more rows.
const detailColumn = (key: string): string => {
  const l = columnLetter(detailLayout(1).column(key));
  return `'${DETAIL_SHEET}'!$${l}:$${l}`;
};

/** The SUMIFS/COUNTIFS of one aggregate for the unit in `unitCell`, in the 完成 column's unit. */
function aggregateFormula(key: AggregateKey, unitCell: string, scale: number): string {
  const spec = findAggregate(key)!;
  const criteria = [
    `${detailColumn("unit")},${criterion(unitCell)}`,
    ...spec.filter.map((f) => `${detailColumn(f)},TRUE`),
  ].join(",");
  if (spec.measure === "count") return `COUNTIFS(${criteria})`;
  const sum = `SUMIFS(${detailColumn(spec.measure)},${criteria})`;
  return scale === 1 ? sum : scale < 1 ? `${sum}/${Math.round(1 / scale)}` : `${sum}*${scale}`;
}

/**
 * Plans 「填充完成率公式」 for a target-tracking table: IFERROR(完成/任务,"") as a percentage in
 * every 完成率 cell of the units' and totals rows, and SUMIFS over 项目明细 in the 完成 cells
 * of the indicators named in `options.sumifs`. Every other cell is left alone.
 * @example planCompletionFill(sheet).plan.cells[0] → { address: "D4", formula: 'IFERROR(C4/B4,"")', numFmt: "0.00%", … }
 */
export function planCompletionFill(
  sheet: GridSheet,
  options: CompletionFillOptions = {},
): { ok: true; plan: CompletionFillPlan } | { ok: false; error: FillError } {
  const layout = findTrackingColumns(sheet);
  if (!layout) return fail("no_tracking_columns");
  const wanted = new Set(options.sumifs ?? []);
  const groups: FillGroup[] = layout.groups.map((g) => {
    const aggregate = aggregateForName(g.name);
    return { ...g, aggregate, sumifs: wanted.has(g.name) };
  });
  for (const name of wanted) {
    const g = groups.find((x) => x.name === name);
    if (!g?.aggregate) return fail("sumifs_unknown_indicator", name);
  }
  if (wanted.size > 0 && layout.unitCol === null) return fail("no_unit_column");
  const { rows, totalsRows } = dataRows(sheet, layout);
  if (rows.length === 0) return fail("no_data_rows");

  const totals = new Set(totalsRows);
  const cells: FillCell[] = [];
  for (const row of rows) {
    const n = row + 1;
    const ref = (col: number): string => `${columnLetter(col)}${n}`;
    for (const g of groups) {
      if (g.sumifs && !totals.has(row) && layout.unitCol !== null)
        cells.push({
          row,
          col: g.actualCol,
          address: ref(g.actualCol),
          formula: aggregateFormula(g.aggregate!, ref(layout.unitCol), g.actualScale),
        });
      cells.push({
        row,
        col: g.rateCol,
        address: ref(g.rateCol),
        formula: `IFERROR(${ref(g.actualCol)}/${ref(g.targetCol)},"")`,
        numFmt: "0.00%",
      });
    }
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    ok: true,
    plan: {
      sheet: sheet.name,
      headerRow: layout.headerRow,
      unitCol: layout.unitCol,
      groups,
      rows,
      totalsRows,
      cells,
    },
  };
}

function dataRows(
  sheet: GridSheet,
  layout: TrackingLayout,
): { rows: number[]; totalsRows: number[] } {
  const valueCols = layout.groups.flatMap((g) => [g.targetCol, g.actualCol]);
  const labelCol = layout.unitCol ?? 0;
  const rows: number[] = [];
  const totalsRows: number[] = [];
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const kind = classifyTrackingRow(sheet.rows[r] ?? [], labelCol, valueCols);
    // Sign-off lines end the table; whatever follows them is not part of it.
    if (kind === "footer") break;
    if (kind === "data" || kind === "totals") rows.push(r);
    if (kind === "totals") totalsRows.push(r);
  }
  return { rows, totalsRows };
}

/**
 * What a fill writes, in words for the pane: one line per column with its cell ranges.
 * @example describeCompletionFill(plan) → ["D列 签约资金完成率：D4:D9、D11（7个单元格）"]
 */
export function describeCompletionFill(plan: CompletionFillPlan): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of plan.cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c.row]);
  const label = (col: number): string => {
    for (const g of plan.groups) {
      if (g.rateCol === col) return `${g.name}完成率`;
      if (g.actualCol === col) return `${g.name}完成（按台账汇总）`;
    }
    return "";
  };
  return [...byCol.entries()]
    .sort(([a], [b]) => a - b)
    .map(
      ([col, rows]) =>
        `${columnLetter(col)}列 ${label(col)}：${rowRanges(columnLetter(col), rows)}（${rows.length}个单元格）`,
    );
}

/** "D4:D9、D11" from sorted 0-based rows. */
function rowRanges(letter: string, rows: readonly number[]): string {
  const parts: string[] = [];
  let start = rows[0]!;
  let prev = start;
  for (const r of [...rows.slice(1), Number.NaN]) {
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    parts.push(
      start === prev ? `${letter}${start + 1}` : `${letter}${start + 1}:${letter}${prev + 1}`,
    );
    start = r;
    prev = r;
  }
  return parts.join("、");
}
