import { isFormFooter } from "./isFormFooter.js";
import { cellText, isBlankCell } from "./cellText.js";
import type { GridCell } from "./grid.js";
import { normalizeText } from "./normalizeText.js";
import { isPlaceholder, parseMoney } from "./parseMoney.js";

/** What a row below the header is. Only "project" and "nameless" rows are project rows. */
export type RowKind =
  "blank" | "totals" | "subtotal" | "footer" | "heading" | "project" | "nameless";

/** The columns classification needs to know about. */
export interface RowLayout {
  nameCol: number;
  seqCol?: number;
  /** Columns holding money or dates: text there makes a row more than a heading. */
  valueCols: ReadonlySet<number>;
  /** Returns how many header keys the texts of a row match (a repeated header row). */
  countHeaderWords: (texts: readonly string[]) => number;
}

const TOTALS = /^(合计|总计|共计|总合计|全县合计|全区合计|全镇合计|累计合计)/;
const SUBTOTAL = /^(小计|分计)/;
const FOOTER =
  /^(填报人|审核人|填报日期|填表人|填表日期|制表人|制表|审核|负责人|单位负责人|主要负责人|分管领导|联系人|联系电话|报送日期|填报单位|注[:：]|说明[:：]|备注[:：])/;
const LABELS: ReadonlyArray<readonly [RegExp, RowKind]> = [
  [TOTALS, "totals"],
  [SUBTOTAL, "subtotal"],
  [FOOTER, "footer"],
];
const HEADING =
  /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[部类批]|(新签约?|续建|在谈|签约|在建|开工|竣工|投产|结转)(类)?项目[:：]?$)/;

/**
 * Tells a project row from totals, subtotal, footer, blank and heading rows.
 * @example classifyRow(["合计", "", 1200], layout) === "totals"
 */
export function classifyRow(
  cells: ReadonlyArray<GridCell | null | undefined>,
  layout: RowLayout,
  mergedAcross: boolean,
): RowKind {
  const filled = scratch.reset(cells);
  if (filled.length === 0) return "blank";
  const written = normalizeText(cellText(cells[layout.nameCol]));
  // "—" or "/" in the name column is no name: the row would count as a project nobody can identify.
  const name = isPlaceholder(written) ? "" : written;
  const label = (pattern: RegExp): number | undefined =>
    pattern.test(name) ? layout.nameCol : filled.findCol(pattern, 3);
  // A totals, subtotal or footer word opens the row; it is that row unless the row carries
  // project data ("总计算中心项目" with an investor and a date is a project, not a total).
  for (const [pattern, kind] of LABELS) {
    const col = pattern === FOOTER ? footerCol(filled, name, layout.nameCol) : label(pattern);
    if (col !== undefined && !carriesProjectData(cells, filled, col, layout)) return kind;
  }
  const first = filled.text(0);
  // A repeated header row is words, with a header word in the name column. A number or date
  // in a money or date column rules it out at once, and checking the name cell before the
  // others keeps the header lookup off the path of ordinary project rows.
  if (
    !holdsValues(cells, filled, layout) &&
    layout.countHeaderWords([name]) === 1 &&
    layout.countHeaderWords(filled.texts()) >= 3
  )
    return "heading";
  if (isColumnNumbering(filled)) return "heading";
  const hasValues = filled.cols.some((col) => layout.valueCols.has(col));
  if (!hasValues && HEADING.test(first) && (filled.length <= 2 || mergedAcross)) return "heading";
  if (
    !hasValues &&
    filled.length === 1 &&
    name === "" &&
    (mergedAcross || filled.cols[0] === layout.seqCol)
  )
    return "heading";
  return name === "" ? "nameless" : "project";
}

/**
 * The non-blank cells of a row, in column order, each with its normalised text made only
 * when asked for: an ordinary project row needs three or four of them, not all fourteen
 * (this runs on every row of every ledger).
 */
class FilledCells {
  /** Columns of the non-blank cells. */
  readonly cols: number[] = [];
  private readonly normalized: Array<string | undefined> = [];
  private cells: ReadonlyArray<GridCell | null | undefined> = [];

  /** Starts over on another row (one object serves every row: classifyRow is not reentrant). */
  reset(cells: ReadonlyArray<GridCell | null | undefined>): this {
    this.cells = cells;
    this.cols.length = 0;
    this.normalized.length = 0;
    for (let col = 0; col < cells.length; col += 1)
      if (!isBlankCell(cells[col])) this.cols.push(col);
    return this;
  }

  get length(): number {
    return this.cols.length;
  }

  /** The normalised text of the i-th non-blank cell ("" past the last). */
  text(i: number): string {
    if (i >= this.cols.length) return "";
    let t = this.normalized[i];
    if (t === undefined)
      this.normalized[i] = t = normalizeText(cellText(this.cells[this.cols[i]!]));
    return t;
  }

  /** Every non-blank cell's normalised text, in order. */
  texts(): string[] {
    return this.cols.map((_, i) => this.text(i));
  }

  /** The column of the first of the first `limit` non-blank cells whose text matches. */
  findCol(pattern: RegExp, limit = this.cols.length): number | undefined {
    const n = Math.min(limit, this.cols.length);
    for (let i = 0; i < n; i += 1) if (pattern.test(this.text(i))) return this.cols[i];
    return undefined;
  }
}

const scratch = new FilledCells();

/** What may follow a totals/footer word on a real totals row: scope, kind of project, counts. */
const LABEL_REST =
  /^(全县|全区|全镇|全乡|本镇|本乡|本年|全年|累计|各类|其中)?(新签约?|续建|在谈|签约|在建|开工|竣工|投产|结转|亿元以上)?(类)?(项目)?(合计|小计|总计)?$/;

/**
 * Whether the name cell of a row taken for a totals, subtotal or footer row says more than
 * its label: "总计算中心项目" or "小计量器具厂扩建" may be projects whose names happen to start
 * with the word, while "合计", "全县合计（12个）" and "小计：新签约项目" are labels.
 * @example namesMoreThanLabel("总计算中心项目") === true
 */
export function namesMoreThanLabel(name: string): boolean {
  const text = normalizeText(name).replace(/\s+/g, "");
  const label = [TOTALS, SUBTOTAL, FOOTER].map((p) => p.exec(text)?.[0]).find(Boolean);
  if (!label) return false;
  const rest = text
    .slice(label.length)
    .replace(/[(（][^)）]*[)）]/g, "")
    .replace(/(共|合计)?\d+(个|项|家)(项目)?/g, "")
    .replace(/[:：,，、.。;；\-—]/g, "");
  return rest.length >= 2 && !LABEL_REST.test(rest);
}

/** Whether a money or date column of the row holds a number or a date. */
function holdsValues(
  cells: ReadonlyArray<GridCell | null | undefined>,
  filled: FilledCells,
  layout: RowLayout,
): boolean {
  for (const col of filled.cols) {
    if (!layout.valueCols.has(col)) continue;
    const value = cells[col]?.value;
    if (typeof value === "number" || value instanceof Date) return true;
  }
  return false;
}

/** A "栏次" row under the header: 1, 2, 3 … (or 甲, 乙, 丙) across the columns. */
function isColumnNumbering(filled: FilledCells): boolean {
  if (filled.length < 4) return false;
  const gan = "甲乙丙丁戊己庚辛壬癸";
  for (let i = 0; i < filled.length; i += 1) {
    const t = filled.text(i);
    if (t !== String(i + 1) && t !== gan[i]) return false;
  }
  return true;
}

/** Where a footer word sits: the name column, or any cell of a row without a name. */
function footerCol(filled: FilledCells, name: string, nameCol: number): number | undefined {
  if (FOOTER.test(name) || isFormFooter(name)) return nameCol;
  return name === "" ? filled.findCol(FOOTER) : undefined;
}

/** Nothing but the word and its decoration: "合计", "小计：", "全县合计（12个）", "审核人：". */
const BARE_LABEL =
  /^(合计|总计|共计|总合计|全县合计|全区合计|全镇合计|累计合计|小计|分计|填报人|审核人|填报日期|填表人|填表日期|制表人|制表|审核|负责人|单位负责人|主要负责人|分管领导|联系人|联系电话|报送日期|填报单位|注|说明|备注)[\s:：]*([(（][^)）]*[)）])?[\s:：]*$/;
/** A count where a total names how many projects it sums: "12个", "共12项". */
const COUNT = /^(共|合计)?\d+(个|项|家)(项目)?$/;

/**
 * Whether a row that opens with a totals or footer word carries project data all the same:
 * a serial number in the 序号 column, or texts no totals row holds (an investor, a 签约类型, a
 * 项目状态) with or beside a date. Totals rows hold sums and counts; footer rows hold a name
 * or a date beside their own labels. A row whose label is bare ("合计", "审核人：") is never a
 * project.
 */
function carriesProjectData(
  cells: ReadonlyArray<GridCell | null | undefined>,
  filled: FilledCells,
  labelCol: number,
  layout: RowLayout,
): boolean {
  const labelAt = filled.cols.indexOf(labelCol);
  const labelText = labelAt >= 0 ? filled.text(labelAt) : "";
  if (BARE_LABEL.test(labelText.replace(/\s+/g, ""))) return false;
  if (layout.seqCol !== undefined && layout.seqCol !== labelCol) {
    const seq = cells[layout.seqCol]?.value;
    if (typeof seq === "number" || (typeof seq === "string" && /^\s*\d+\s*$/.test(seq)))
      return true;
  }
  // Without a 序号: two texts a totals row never holds (an investor and a type), or one and a
  // date. A footer's lone date or lone name beside its labels is not enough.
  let texts = 0;
  let dates = 0;
  for (const [i, col] of filled.cols.entries()) {
    if (col === labelCol || col === layout.seqCol) continue;
    const text = filled.text(i);
    const value = cells[col]?.value;
    if (value instanceof Date) dates += 1;
    else if (
      typeof value !== "number" &&
      !isPlaceholder(text) &&
      !COUNT.test(text) &&
      parseMoney(text, 1).kind !== "value" &&
      !TOTALS.test(text) &&
      !SUBTOTAL.test(text) &&
      !FOOTER.test(text)
    )
      texts += 1;
  }
  return texts >= 2 || (texts >= 1 && dates >= 1);
}
