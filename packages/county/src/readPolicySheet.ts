import {
  checkSettingNumber,
  SETTING_LABELS,
  settingChoicesRule,
  settingNumberRule,
} from "@zsyz/indicators";
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

const L = SETTING_LABELS;

/** Name of the target workbook's sheet of the counting policy (统计口径), as 设置 names it. */
export const POLICY_SHEET = L.countingPolicy;

/**
 * The 口径 of each 统计口径 row, as the template writes it: the 设置 form's label of the same
 * rule, so staff read one name for it in both. readPolicySheet finds a row by it.
 * @example POLICY_ROWS.minSigned === "新签项目签约资金起点（万元）"
 */
export const POLICY_ROWS = {
  origins: L["countingPolicy.origins"],
  signTypes: L["countingPolicy.signTypes"],
  minSigned: `${L["countingPolicy.minSigned"]}（万元）`,
} as const satisfies Record<keyof CountingPolicy, string>;

type PolicyRule = keyof typeof POLICY_ROWS;

// A 口径 staff wrote their own way is still found by its key word.
const KEY_WORDS: Readonly<Record<PolicyRule, RegExp>> = {
  origins: /资金来源/,
  signTypes: /签约类型/,
  minSigned: /起点|最低|下限/,
};

const RULES = Object.keys(POLICY_ROWS) as PolicyRule[];

function ruleOf(label: string): PolicyRule | undefined {
  return (
    RULES.find((rule) => normalizeText(POLICY_ROWS[rule]) === label) ??
    RULES.find((rule) => KEY_WORDS[rule].test(label))
  );
}

// What to write in a list cell, in the 设置 form's words for the same rule; null when it fits.
function choicesRule(
  field: "countingPolicy.origins" | "countingPolicy.signTypes",
  items: readonly string[],
  choices: readonly string[],
): string | null {
  const rule = settingChoicesRule(field, items, choices, true);
  return rule === null ? null : `${L[field]}${rule}`;
}

/**
 * Reads the 统计口径 sheet of the target workbook: rows of 口径 | 设置, e.g.
 * "计入的资金来源 | 境外、省外、省内市外、市内", "计为签约的签约类型 | 合同、协议",
 * "新签项目签约资金起点（万元） | 500". A row it cannot use is reported at its cell, in the
 * 设置 form's words for the same rule, and the default of that rule applies; null when the
 * workbook has no such sheet or it is empty.
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
    const written = String(row?.[0]?.value ?? "");
    const label = normalizeText(written);
    const cell = row?.[1]?.value;
    const raw = cell === null || cell === undefined ? "" : String(cell);
    if (label === "" || raw.trim() === "") return;
    const rule = ruleOf(label);
    if (rule === undefined) return;
    found = true;
    const bad = (detail: string): void => {
      issues.push(
        makeIssue(
          "settings_invalid",
          { file: workbook.file, sheet: sheet.name, cell: toA1(r, 1), raw, row: r + 1 },
          // The 口径 as staff wrote it: normalised, （万元） would read (万元).
          { label: `${POLICY_SHEET}·${written.replace(/\s+/g, " ").trim()}`, detail },
        ),
      );
    };
    const items = normalizeText(raw)
      .split(/[、,，;；/]+/)
      .filter((x) => x !== "");
    if (rule === "origins") {
      const refused = choicesRule("countingPolicy.origins", items, ENUMS.fund_source);
      if (refused !== null) return bad(refused);
      policy.origins = items as FundSource[];
    } else if (rule === "signTypes") {
      const refused = choicesRule("countingPolicy.signTypes", items, ENUMS.sign_type);
      if (refused !== null) return bad(refused);
      policy.signTypes = items as SignType[];
    } else {
      const amount = normalizeText(raw).replace(/万元?$/, "");
      // "万元" alone is no amount (Number("") would read it as 0).
      const n = typeof cell === "number" ? cell : amount === "" ? Number.NaN : Number(amount);
      if (checkSettingNumber("countingPolicy.minSigned", n) !== null)
        return bad(
          `${L["countingPolicy.minSigned"]}${settingNumberRule("countingPolicy.minSigned")}`,
        );
      policy.minSigned = n;
    }
  });
  return found || issues.length > 0 ? { sheet: sheet.name, policy, issues } : null;
}
