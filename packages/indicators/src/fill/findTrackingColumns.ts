import { extractPeriod, type GridCell, type GridSheet, normalizeText } from "@zsyz/ledger";

/** What a column of a target-tracking table holds for its indicator. */
export type TrackingRole = "target" | "actual" | "rate";

/** One indicator's 任务 / 完成 / 完成率 columns (0-based), found by header. */
export interface TrackingGroup {
  /** The indicator as the header names it ("签约资金"); "" when the table tracks one unnamed figure. */
  name: string;
  targetCol: number;
  actualCol: number;
  rateCol: number;
  /** Multiplier from 万元 into the 完成 column's unit (1/10000 for 亿元), from its header. */
  actualScale: number;
}

/** Where a target-tracking table's header and columns are. */
export interface TrackingLayout {
  /** 0-based row of the (lowest) header row; data start below it. */
  headerRow: number;
  /** Column naming each row's unit (单位/乡镇…), when there is one. */
  unitCol: number | null;
  groups: TrackingGroup[];
}

// Checked in this order: "完成率" ends in neither 任务 nor 完成, but "目标完成" would
// otherwise read as a target.
const ROLES: ReadonlyArray<[TrackingRole, RegExp]> = [
  ["rate", /(完成率|完成比例|完成比率|完成百分比|完成比)$/],
  ["actual", /(实际完成数|实际完成|完成数|完成额|完成值|完成量|完成情况|已完成|完成|实际数|实际)$/],
  ["target", /(目标任务数|目标任务|任务数|任务额|任务|目标数|目标值|目标|计划数|计划)$/],
];
// Period words say when, not what: "年度签约资金任务" and "签约资金年度任务" track 签约资金.
const PERIOD = /\d{4}年度?|本年度|年度|全年|本年|当年|今年/g;
const UNIT_HEADER =
  /^(责任|所属|招商)?单位(名称)?$|^(乡镇|街道|园区|部门|地区|县区|乡镇街道|乡镇[(（]?街道[)）]?|乡镇园区|镇街|镇办)(名称)?$/;
const BRACKETED = /[(（[【][^)）\]】]*[)）\]】]/g;
const MAX_HEADER_ROW = 20;

/**
 * The text of a cell as the header reader sees it: normalised, the period ("1-9月", "三季度")
 * and brackets ("（万元）", "(%)") dropped, as the ledger reader matches headers.
 */
function headerText(cell: GridCell | null | undefined): string {
  const v = cell?.value;
  if (typeof v !== "string") return "";
  return extractPeriod(normalizeText(v))
    .rest.replace(BRACKETED, "")
    .replace(/[:：、,，.。/\\\-_—?？*＊]/g, "");
}

/** Scale from 万元 into the unit a header names: 亿元 → 1/10000, 元 → 10000, else 1. */
function headerScale(cell: GridCell | null | undefined): number {
  const v = cell?.value;
  const t = typeof v === "string" ? normalizeText(v) : "";
  if (/亿元|[(（[【]亿[)）\]】]/.test(t)) return 1 / 10000;
  if (/[(（[【]元[)）\]】]|(?<![万亿美])元$/.test(t)) return 10000;
  return 1;
}

/** Splits "年度签约资金任务" into its role and indicator name ("签约资金"). */
export function parseTrackingHeader(label: string): { role: TrackingRole; name: string } | null {
  for (const [role, re] of ROLES) {
    const m = re.exec(label);
    if (m) {
      const name = label.slice(0, m.index).replace(PERIOD, "").replace(/的$/, "");
      return { role, name };
    }
  }
  return null;
}

/** Reads header cells through merges: a cell inside a merge shows the merge's top-left cell. */
function makeLookup(
  sheet: GridSheet,
): (
  row: number,
  col: number,
) => { cell: GridCell | null | undefined; top: number; left: number; right: number } {
  return (row, col) => {
    for (const m of sheet.merges) {
      if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right)
        return { cell: sheet.rows[m.top]?.[m.left], top: m.top, left: m.left, right: m.right };
    }
    return { cell: sheet.rows[row]?.[col], top: row, left: col, right: col };
  };
}

interface Candidate {
  headerRow: number;
  unitCol: number | null;
  groups: TrackingGroup[];
}

function readHeaderRow(sheet: GridSheet, row: number, width: number): Candidate {
  const at = makeLookup(sheet);
  const found = new Map<string, Partial<Record<TrackingRole, number>>>();
  const scales = new Map<string, number>();
  let unitCol: number | null = null;
  let lastName = "";
  for (let col = 0; col < width; col++) {
    const own = at(row, col);
    const ownText = headerText(own.cell);
    // A parent is a cell spanning several columns in the row above ("签约资金" over 任务/完成/完成率).
    const above = row > 0 ? at(row - 1, col) : null;
    const parent =
      above && above.top < own.top && above.right > above.left ? headerText(above.cell) : "";
    const label = parent !== "" && parent !== ownText ? parent + ownText : ownText;
    if (label === "") continue;
    if (unitCol === null && UNIT_HEADER.test(ownText)) {
      unitCol = col;
      continue;
    }
    const parsed = parseTrackingHeader(label);
    if (!parsed) continue;
    // A bare "完成率" right after "签约资金任务 | 签约资金完成" belongs to 签约资金.
    if (parsed.name === "" && lastName !== "" && found.get(lastName)?.[parsed.role] === undefined)
      parsed.name = lastName;
    lastName = parsed.name;
    const roles = found.get(parsed.name) ?? {};
    // The first column of a role wins: "本月完成" beside "累计完成" is a different figure.
    if (roles[parsed.role] === undefined) roles[parsed.role] = col;
    found.set(parsed.name, roles);
    if (parsed.role === "actual" && !scales.has(parsed.name)) {
      // "完成（亿元）", or "签约资金（亿元）" over a plain "完成".
      const ownScale = headerScale(own.cell);
      scales.set(parsed.name, ownScale !== 1 || !above ? ownScale : headerScale(above.cell));
    }
  }
  const groups: TrackingGroup[] = [];
  for (const [name, r] of found) {
    if (r.target === undefined || r.actual === undefined || r.rate === undefined) continue;
    groups.push({
      name,
      targetCol: r.target,
      actualCol: r.actual,
      rateCol: r.rate,
      actualScale: scales.get(name) ?? 1,
    });
  }
  groups.sort((a, b) => a.rateCol - b.rateCol);
  return { headerRow: row, unitCol, groups };
}

/**
 * Finds the header of a target-tracking table: the row (within the first 20) with the most
 * complete 任务/完成/完成率 groups, reading two-row headers through merged parents.
 * @example findTrackingColumns(sheet)?.groups[0] → { name: "签约资金", targetCol: 1, actualCol: 2, rateCol: 3, actualScale: 1 }
 */
export function findTrackingColumns(sheet: GridSheet): TrackingLayout | null {
  const width = Math.max(0, ...sheet.rows.slice(0, MAX_HEADER_ROW + 1).map((r) => r.length));
  let best: Candidate | null = null;
  for (let row = 0; row < Math.min(sheet.rows.length, MAX_HEADER_ROW); row++) {
    const c = readHeaderRow(sheet, row, width);
    if (c.groups.length > 0 && (best === null || c.groups.length > best.groups.length)) best = c;
  }
  if (best === null) return null;
  if (best.unitCol === null) best.unitCol = findUnitAbove(sheet, best.headerRow, width);
  return best;
}

// The unit column's header may sit one row up, merged down over a two-row header.
function findUnitAbove(sheet: GridSheet, headerRow: number, width: number): number | null {
  if (headerRow === 0) return null;
  const at = makeLookup(sheet);
  for (let col = 0; col < width; col++) {
    if (UNIT_HEADER.test(headerText(at(headerRow - 1, col).cell))) return col;
  }
  return null;
}
