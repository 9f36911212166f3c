import {
  type CompiledIndicator,
  DEFAULT_SETTINGS,
  type ScoringItem,
  type ScoringScheme,
  type Settings,
  settingsCatalogue,
} from "@zsyz/indicators";
import {
  type CellValue,
  DEFAULT_COUNTING_POLICY,
  ENUMS,
  requirementTemplate,
  type SheetTemplate,
  type TemplateColumn,
} from "@zsyz/ledger";
import { POLICY_ROWS, POLICY_SHEET } from "./readPolicySheet.js";
import { issueKindTitles, SCHEME_HEADERS, SCHEME_SHEET, SCHEME_WORDS } from "./readSchemeSheet.js";

// Excel keeps a dropdown's choices written into the rule as at most 255 characters.
const LIST_LIMIT = 255;

// Issue kinds a scheme usually deducts for, offered first in the dropdown.
const USUAL_DEDUCTIONS = [
  "duplicate_project",
  "started_without_land",
  "stalled_not_started",
  "started_without_funds",
] as const;

/** The choices that fit in one dropdown, in order; the column still takes any other name. */
function fitList(choices: readonly string[]): string[] {
  const out: string[] = [];
  let length = -1;
  for (const c of new Set(choices)) {
    if (length + 1 + c.length > LIST_LIMIT) break;
    out.push(c);
    length += 1 + c.length;
  }
  return out;
}

const percent = (x: number): string => `${Number((x * 100).toFixed(6))}%`;

function column(
  key: string,
  header: string,
  width: number,
  list?: { choices: readonly string[]; strict: boolean },
): TemplateColumn {
  const c: TemplateColumn = { key, header, type: list ? "enum" : "text", numFmt: "@", width };
  if (list) {
    c.list = list.choices;
    c.strictList = list.strict;
  }
  return c;
}

/** Rates a scheme or a requirement is usually set on, custom percentages included. */
function rateNames(catalogue: readonly CompiledIndicator[]): string[] {
  return catalogue
    .filter(
      (c) =>
        c.def.format === "percent" &&
        c.def.key !== "time_progress" &&
        !c.def.key.startsWith("share_"),
    )
    .map((c) => c.def.name);
}

/**
 * The 考评办法 sheet as staff read it, filled with `scheme`: a 办法名称 row, a row per 考评项目
 * (指标, 分值, 按比例 with 封顶 or 分档 "100%以上得满分；80%以上得满分的75%…") and one per 扣分项
 * (问题类型, 每项扣分, 最多扣分), each with a 说明 in words; dropdowns for 类别, 指标或问题 and
 * 计分方式. readSchemeSheet reads it back to the same scheme.
 * @example schemeSheetTemplate(DEFAULT_SCORING_SCHEME, catalogue).rows?.[1] → ["考评项目", "签约资金完成率", 35, "按比例", "120%", null, "得分＝35×签约资金完成率，最多按120%计"]
 */
export function schemeSheetTemplate(
  scheme: ScoringScheme,
  catalogue: readonly CompiledIndicator[],
): SheetTemplate {
  const titles = issueKindTitles();
  const byKey = new Map(catalogue.map((c) => [c.def.key, c]));
  const nameOf = (key: string): string => byKey.get(key)?.def.name ?? key;
  const asRate = (key: string, x: number): string =>
    byKey.get(key)?.def.format === "percent" ? percent(x) : String(x);
  const itemRow = (item: ScoringItem): CellValue[] => {
    const name = nameOf(item.indicator);
    if (item.method === "tiers") {
      const tiers = [...(item.tiers ?? [])].sort((a, b) => b.atLeast - a.atLeast);
      const lowest = tiers[tiers.length - 1];
      const text = [
        ...tiers.map(
          (t) =>
            `${asRate(item.indicator, t.atLeast)}以上得${t.share === 1 ? "满分" : `满分的${percent(t.share)}`}`,
        ),
        ...(lowest ? [`低于${asRate(item.indicator, lowest.atLeast)}不得分`] : []),
      ].join("；");
      return [
        SCHEME_WORDS.item,
        name,
        item.weight,
        SCHEME_WORDS.tiers,
        null,
        text,
        `${name}达到哪一档，得${item.weight}分中相应的比例`,
      ];
    }
    const cap = item.cap === undefined ? null : asRate(item.indicator, item.cap);
    return [
      SCHEME_WORDS.item,
      name,
      item.weight,
      SCHEME_WORDS.linear,
      cap,
      null,
      `得分＝${item.weight}×${name}${cap === null ? "" : `，最多按${cap}计`}`,
    ];
  };
  const rows: CellValue[][] = [
    [SCHEME_WORDS.name, scheme.name, null, null, null, null, "考评得分表的标题使用此名称"],
    ...scheme.items.map(itemRow),
    ...scheme.deductions.map((d): CellValue[] => {
      const title = titles.get(d.code) ?? d.code;
      return [
        SCHEME_WORDS.deduction,
        title,
        d.points,
        SCHEME_WORDS.perIssue,
        d.max === undefined ? null : String(d.max),
        null,
        `问题清单中每有一条“${title}”扣${d.points}分${d.max === undefined ? "" : `，最多扣${d.max}分`}`,
      ];
    }),
  ];
  const subjects = fitList([
    ...rateNames(catalogue),
    ...USUAL_DEDUCTIONS.map((c) => titles.get(c) ?? c),
  ]);
  const columns: TemplateColumn[] = [
    column("kind", SCHEME_HEADERS.kind, 10, {
      choices: [SCHEME_WORDS.name, SCHEME_WORDS.item, SCHEME_WORDS.deduction],
      strict: true,
    }),
    column("subject", SCHEME_HEADERS.subject, 24, { choices: subjects, strict: false }),
    { key: "points", header: SCHEME_HEADERS.points, type: "text", numFmt: "General", width: 8 },
    column("method", SCHEME_HEADERS.method, 11, {
      choices: [SCHEME_WORDS.linear, SCHEME_WORDS.tiers, SCHEME_WORDS.perIssue],
      strict: true,
    }),
    column("cap", SCHEME_HEADERS.cap, 8),
    column("tiers", SCHEME_HEADERS.tiers, 44),
    column("note", SCHEME_HEADERS.note, 40),
  ];
  return {
    sheetName: SCHEME_SHEET,
    tableName: "考评办法",
    columns,
    example: rows[0] ?? [],
    bodyRows: 30,
    rows,
  };
}

/**
 * The 达标要求 sheet filled with the settings' requirements (empty by default), the indicator
 * chosen from a dropdown of the usual rates (any other indicator name may be typed).
 * @example requirementSheetTemplate([{ indicator: "arrival_rate_new", atLeast: 0.5 }], catalogue).rows → [["资金到位率", "50%以上", null]]
 */
export function requirementSheetTemplate(
  requirements: Settings["requirements"],
  catalogue: readonly CompiledIndicator[],
): SheetTemplate {
  const base = requirementTemplate(fitList(rateNames(catalogue)));
  const byKey = new Map(catalogue.map((c) => [c.def.key, c]));
  const rows = (requirements ?? []).map((req): CellValue[] => {
    const of = byKey.get(req.indicator);
    const line = of?.def.format === "percent" ? `${percent(req.atLeast)}以上` : String(req.atLeast);
    return [of?.def.name ?? req.indicator, line, null];
  });
  return {
    ...base,
    columns: base.columns.map((c) => (c.list ? { ...c, strictList: false } : c)),
    ...(rows.length > 0 ? { rows } : {}),
  };
}

/**
 * The 统计口径 sheet filled with the settings' counting policy (口径 | 设置 | 说明): the origins
 * counted, the sign types that count as signed, the minimum 签约资金 (empty: none), each row
 * named by POLICY_ROWS, as 设置 labels the rule and readPolicySheet finds it.
 * @example policySheetTemplate(DEFAULT_COUNTING_POLICY).rows?.[0] → ["计入的资金来源", "境外、省外、省内市外、市内", "…"]
 */
export function policySheetTemplate(policy = DEFAULT_COUNTING_POLICY): SheetTemplate {
  const rows: CellValue[][] = [
    [
      POLICY_ROWS.origins,
      policy.origins.join("、"),
      `可填：${ENUMS.fund_source.join("、")}，用顿号分隔；未列出的来源不计入`,
    ],
    [
      POLICY_ROWS.signTypes,
      policy.signTypes.join("、"),
      `可填：${ENUMS.sign_type.join("、")}；框架协议和意向始终另行统计`,
    ],
    [
      POLICY_ROWS.minSigned,
      policy.minSigned === undefined ? null : policy.minSigned,
      "低于起点的新签项目不计入；留空表示不设起点",
    ],
  ];
  // The usual choices, as counties write them; any other list may be typed.
  const combos = (lists: readonly (readonly string[])[]): string[] =>
    fitList(lists.map((l) => l.join("、")));
  const cellLists = [
    {
      row: 0,
      col: 1,
      choices: combos([
        policy.origins,
        DEFAULT_COUNTING_POLICY.origins,
        ["境外", "省外", "省内市外"],
        ["境外", "省外"],
        [...DEFAULT_COUNTING_POLICY.origins, "县内"],
      ]),
    },
    {
      row: 1,
      col: 1,
      choices: combos([policy.signTypes, ["合同", "协议"], ["合同"], ["合同", "协议", "框架协议"]]),
    },
  ];
  return {
    sheetName: POLICY_SHEET,
    tableName: "统计口径",
    cellLists,
    columns: [column("rule", "口径", 28), column("value", "设置", 30), column("note", "说明", 50)],
    example: rows[0] ?? [],
    bodyRows: 10,
    rows,
  };
}

/**
 * The county's rules as sheets of the target workbook, filled from the settings (the
 * defaults when none): 考评办法, 达标要求, 统计口径. 新建台账 writes them beside 任务分解 and
 * 重复项目归属; readCountyRules reads them back to the same settings.
 * @example ruleTemplates().map((t) => t.sheetName) → ["考评办法", "达标要求", "统计口径"]
 */
export function ruleTemplates(settings: Settings = DEFAULT_SETTINGS): SheetTemplate[] {
  const catalogue = settingsCatalogue({ ...settings, requirements: [] });
  return [
    schemeSheetTemplate(settings.scoring, catalogue),
    requirementSheetTemplate(settings.requirements, catalogue),
    policySheetTemplate(settings.countingPolicy),
  ];
}
