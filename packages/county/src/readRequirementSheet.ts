import {
  type CompiledIndicator,
  type IndicatorRequirement,
  indicatorNames,
  SETTING_LABELS,
  settingNumberRule,
} from "@zsyz/indicators";
import {
  describeSheetUnused,
  type GridWorkbook,
  type LedgerIssue,
  makeIssue,
  normalizeText,
  toA1,
} from "@zsyz/ledger";

/** Name of the target workbook's sheet of requirements (达标线), as 设置 names it. */
export const REQUIREMENT_SHEET = SETTING_LABELS.requirements;

// The column of the lines, as the template heads it; a cell there is refused in the 设置
// form's words for a 达标线 ("应为数字（比率写百分数，50 即 50%），如“50”").
const LINE_HEADER = "达标值";

/**
 * Reads the 达标要求 sheet of the target workbook: one requirement per row, the indicator by its
 * Chinese name (资金到位率) or key, the line as a number or a percentage ("50%", "50%以上",
 * "不低于100%"). A row it cannot use is reported at its cell and left out; the others apply.
 * Returns null when the workbook has no such sheet, or an empty one (the settings' apply);
 * the requirements are null (the settings' apply) when the sheet has no header it knows, and
 * an issue says so.
 * @example readRequirementSheet(workbook, catalogue)?.requirements?.[0] → { indicator: "arrival_rate_new", atLeast: 0.5 }
 */
export function readRequirementSheet(
  workbook: GridWorkbook,
  catalogue: readonly CompiledIndicator[],
): { sheet: string; requirements: IndicatorRequirement[] | null; issues: LedgerIssue[] } | null {
  const sheet = workbook.sheets.find((s) => normalizeText(s.name) === REQUIREMENT_SHEET);
  if (!sheet) return null;
  const text = (r: number, c: number): string => {
    const v = sheet.rows[r]?.[c]?.value;
    return v === null || v === undefined
      ? ""
      : typeof v === "number"
        ? String(v)
        : normalizeText(String(v));
  };
  const requirements: IndicatorRequirement[] = [];
  const issues: LedgerIssue[] = [];
  let header = -1;
  let nameCol = -1;
  let lineCol = -1;
  for (let r = 0; r < Math.min(sheet.rows.length, 10) && header < 0; r += 1) {
    const width = sheet.rows[r]?.length ?? 0;
    for (let c = 0; c < width; c += 1) {
      const t = text(r, c);
      if (/^(指标|指标名称|考核指标)$/.test(t)) nameCol = c;
      else if (/^(达标值|要求|达标线|最低要求)$/.test(t)) lineCol = c;
    }
    if (nameCol >= 0 && lineCol >= 0) header = r;
    else [nameCol, lineCol] = [-1, -1];
  }
  if (header < 0) {
    const issue = describeSheetUnused(workbook.file, sheet, "settings_invalid", {
      label: REQUIREMENT_SHEET,
      detail: `前 10 行中没有找到含“${SETTING_LABELS["requirements[].indicator"]}”和“${LINE_HEADER}”两列的表头，整张表未采用`,
      other: `${REQUIREMENT_SHEET}按「设置」计算；要按本表判断达标，请按“新建台账”生成的表头填写`,
    });
    return issue ? { sheet: sheet.name, requirements: null, issues: [issue] } : null;
  }
  const { keyOf } = indicatorNames(catalogue);
  for (let r = header + 1; r < sheet.rows.length; r += 1) {
    const name = text(r, nameCol);
    const raw = text(r, lineCol);
    if (name === "" && raw === "") continue;
    const bad = (col: number, detail: string, value: string): void => {
      issues.push(
        makeIssue(
          "settings_invalid",
          { file: workbook.file, sheet: sheet.name, cell: toA1(r, col), raw: value, row: r + 1 },
          { label: `${REQUIREMENT_SHEET}·${name || "（未填指标）"}`, detail },
        ),
      );
    };
    const key = keyOf(name);
    const indicator = catalogue.find((c) => c.def.key === key);
    if (!indicator) {
      bad(
        nameCol,
        `不是已有的${SETTING_LABELS["requirements[].indicator"]}名称（如“资金到位率”“开工率”“签约资金完成率”）`,
        name,
      );
      continue;
    }
    const line = parseRuleLine(
      raw,
      sheet.rows[r]?.[lineCol]?.value,
      indicator.def.format === "percent",
    );
    if (line === null) {
      bad(lineCol, `${LINE_HEADER}${settingNumberRule("requirements[].atLeast")}`, raw);
      continue;
    }
    requirements.push({ indicator: indicator.def.key, atLeast: line });
  }
  // An empty sheet (as 新建台账 creates it) leaves the settings' requirements in force.
  return requirements.length === 0 && issues.length === 0
    ? null
    : { sheet: sheet.name, requirements, issues };
}

/**
 * A line, cap or threshold as staff write it: "50%", "50%以上", "不低于100%", 0.5 (a percent
 * cell's value), 50 for a rate (read as 50%); null when it is not one.
 * @example parseRuleLine("120%", "120%", true) === 1.2
 */
export function parseRuleLine(text: string, value: unknown, isRate: boolean): number | null {
  if (typeof value === "number" && Number.isFinite(value))
    return isRate && value > 1.5 ? value / 100 : value;
  const m = /^(?:不低于|不少于|达到|≥|>=)?(-?\d+(?:\.\d+)?)(%)?(?:以上|及以上)?$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] ? n / 100 : isRate && n > 1.5 ? n / 100 : n;
}
