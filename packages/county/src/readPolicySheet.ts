import {
  type CountingPolicy,
  DEFAULT_COUNTING_POLICY,
  ENUMS,
  type FundSource,
  type GridWorkbook,
  type LedgerIssue,
  makeIssue,
  normalizeText,
  type SignType,
  toA1,
} from "@zsyz/ledger";

/** Name of the target workbook's sheet of the counting policy (统计口径). */
export const POLICY_SHEET = "统计口径";

/**
 * Reads the 统计口径 sheet of the target workbook: rows of 口径 | 设置, e.g.
 * "计入的资金来源 | 境外、省外、省内市外、市内", "计为签约的签约类型 | 合同、协议",
 * "新签项目签约资金起点（万元） | 500". A row it cannot use is reported at its cell and the
 * default of that rule applies; null when the workbook has no such sheet or it is empty.
 * @example readPolicySheet(workbook)?.policy → { origins: ["境外", "省外"], signTypes: ["合同", "协议"], minSigned: 500 }
 */
export function readPolicySheet(
  workbook: GridWorkbook,
): { sheet: string; policy: CountingPolicy; issues: LedgerIssue[] } | null {
  const sheet = workbook.sheets.find((s) => normalizeText(s.name) === POLICY_SHEET);
  if (!sheet) return null;
  const issues: LedgerIssue[] = [];
  const policy: CountingPolicy = { ...DEFAULT_COUNTING_POLICY };
  let found = false;
  sheet.rows.forEach((row, r) => {
    const label = normalizeText(String(row?.[0]?.value ?? ""));
    const cell = row?.[1]?.value;
    const raw = cell === null || cell === undefined ? "" : String(cell);
    if (label === "" || raw.trim() === "") return;
    const bad = (detail: string): void => {
      issues.push(
        makeIssue(
          "settings_invalid",
          { file: workbook.file, sheet: sheet.name, cell: toA1(r, 1), raw, row: r + 1 },
          { label: `${POLICY_SHEET}·${label}`, detail },
        ),
      );
    };
    const items = normalizeText(raw)
      .split(/[、,，;；/]+/)
      .filter((x) => x !== "");
    if (/资金来源/.test(label)) {
      found = true;
      const unknown = items.filter((x) => !ENUMS.fund_source.includes(x as FundSource));
      if (unknown.length > 0)
        return bad(`资金来源应为${ENUMS.fund_source.join("、")}中的几项，用顿号分隔`);
      policy.origins = items as FundSource[];
    } else if (/签约类型/.test(label)) {
      found = true;
      const unknown = items.filter((x) => !ENUMS.sign_type.includes(x as SignType));
      if (unknown.length > 0 || items.length === 0)
        return bad(`签约类型应为${ENUMS.sign_type.join("、")}中的几项，用顿号分隔`);
      policy.signTypes = items as SignType[];
    } else if (/起点|最低|下限/.test(label)) {
      found = true;
      const n = typeof cell === "number" ? cell : Number(normalizeText(raw).replace(/万元?$/, ""));
      if (!Number.isFinite(n) || n < 0) return bad("起点应为不小于 0 的金额（万元）");
      policy.minSigned = n;
    }
  });
  return found || issues.length > 0 ? { sheet: sheet.name, policy, issues } : null;
}
