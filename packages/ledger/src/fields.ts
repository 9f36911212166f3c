/** The value type of a ledger column, which decides how its cells are parsed. */
export type FieldType = "text" | "money" | "money_usd" | "date" | "enum";

/** Canonical enum values of DOMAIN.md, in the order staff list them. */
export const ENUMS = {
  fund_source: ["省外", "省内市外", "市内", "境外", "县内"],
  industry: ["农业", "工业", "服务业"],
  sign_type: ["合同", "协议", "框架协议", "意向"],
  is_new: ["新签", "续建"],
  status: ["在谈", "签约", "注册", "开工", "在建", "竣工", "投产", "停建", "终止", "退回"],
  land_status: ["已供地", "已流转", "报批中", "无"],
} as const;

export type EnumKey = keyof typeof ENUMS;
export type FundSource = (typeof ENUMS.fund_source)[number];
export type Industry = (typeof ENUMS.industry)[number];
export type SignType = (typeof ENUMS.sign_type)[number];
export type NewOrCarried = (typeof ENUMS.is_new)[number];
export type ProjectStatus = (typeof ENUMS.status)[number];
export type LandStatus = (typeof ENUMS.land_status)[number];

/** Which ledger columns must be filled; "if_signed"/"if_started"/"if_operating" depend on the row. */
export type Requirement = "yes" | "no" | "if_signed" | "if_started" | "if_operating";

/** One canonical ledger column: key, standard header, synonyms, type and whether it is required. */
export interface FieldSpec {
  key: string;
  header: string;
  synonyms: readonly string[];
  type: FieldType;
  required: Requirement;
}

/** The ledger columns of DOMAIN.md, in the order a new ledger lays them out. */
export const LEDGER_FIELDS = [
  { key: "seq", header: "序号", synonyms: ["编号"], type: "text", required: "no" },
  { key: "name", header: "项目名称", synonyms: ["项目", "项目名"], type: "text", required: "yes" },
  {
    key: "unit",
    header: "责任单位",
    synonyms: [
      "乡镇",
      "所属乡镇",
      "招商单位",
      "单位",
      "乡镇街道",
      "乡镇(街道)",
      "所属单位",
      "责任乡镇",
    ],
    type: "text",
    required: "yes",
  },
  {
    key: "investor",
    header: "投资方",
    synonyms: ["签约企业", "投资主体", "客商", "外来投资方", "投资方名称", "投资企业"],
    type: "text",
    required: "yes",
  },
  {
    key: "investor_origin",
    header: "投资方所在地",
    synonyms: ["来源地", "客商来源", "投资方来源地", "客商来源地"],
    type: "text",
    required: "no",
  },
  {
    key: "fund_source",
    header: "资金来源",
    synonyms: ["资金来源地"],
    type: "enum",
    required: "no",
  },
  {
    key: "industry",
    header: "产业类别",
    synonyms: ["行业", "产业", "产业链", "行业类别", "所属产业"],
    type: "enum",
    required: "no",
  },
  {
    key: "sign_type",
    header: "签约类型",
    synonyms: ["签约形式", "签约方式"],
    type: "enum",
    required: "yes",
  },
  {
    key: "sign_date",
    header: "签约时间",
    synonyms: ["签约日期"],
    type: "date",
    required: "if_signed",
  },
  {
    key: "is_new",
    header: "新签/续建",
    synonyms: ["项目性质", "是否当年新签", "新签或续建", "新签续建"],
    type: "enum",
    required: "no",
  },
  {
    key: "total_invest",
    header: "总投资",
    synonyms: ["计划总投资", "投资总额", "项目总投资"],
    type: "money",
    required: "no",
  },
  {
    key: "amt_signed",
    header: "签约资金",
    synonyms: ["签约金额", "合同引资额", "签约额", "协议引资额", "签约引资额"],
    type: "money",
    required: "yes",
  },
  {
    key: "amt_signed_outprov",
    header: "其中省外签约资金",
    synonyms: ["省外签约资金", "其中省外"],
    type: "money",
    required: "no",
  },
  {
    key: "amt_arrived",
    header: "本年到位资金",
    synonyms: ["当年到位资金", "到位资金", "本年度到位资金", "本年到位"],
    type: "money",
    required: "yes",
  },
  {
    key: "amt_arrived_outprov",
    header: "其中省外到位资金",
    synonyms: ["省外到位资金"],
    type: "money",
    required: "no",
  },
  {
    key: "amt_arrived_cum",
    header: "累计到位资金",
    synonyms: ["开累到位", "累计到位", "开累到位资金"],
    type: "money",
    required: "no",
  },
  {
    key: "fdi",
    header: "外资",
    synonyms: ["实际利用外资", "到位外资", "利用外资"],
    type: "money_usd",
    required: "no",
  },
  {
    key: "status",
    header: "项目状态",
    synonyms: ["进展阶段", "进展情况(阶段)", "项目进展阶段", "所处阶段", "项目阶段"],
    type: "enum",
    required: "yes",
  },
  {
    key: "start_date",
    header: "开工时间",
    synonyms: ["开工日期", "动工时间", "动工日期"],
    type: "date",
    required: "if_started",
  },
  {
    key: "op_date",
    header: "投产时间",
    synonyms: ["投产日期", "建成投产时间"],
    type: "date",
    required: "if_operating",
  },
  {
    key: "land_status",
    header: "土地手续",
    synonyms: ["用地情况", "用地手续", "土地情况"],
    type: "enum",
    required: "no",
  },
  {
    key: "leader",
    header: "包抓领导",
    synonyms: ["包联领导", "包抓县级领导", "联系领导"],
    type: "text",
    required: "no",
  },
  {
    key: "progress",
    header: "形象进度",
    synonyms: ["进展情况", "存在问题", "项目进展情况", "进展情况及存在问题"],
    type: "text",
    required: "no",
  },
  { key: "note", header: "备注", synonyms: [], type: "text", required: "no" },
] as const satisfies readonly FieldSpec[];

/** Key of a canonical ledger column ("amt_signed", "status", …). */
export type FieldKey = (typeof LEDGER_FIELDS)[number]["key"];

/** The columns of the target table (指标任务分解表). Amounts in 万元, fdi in 万美元. */
export const TARGET_FIELDS = [
  {
    key: "unit",
    header: "单位",
    synonyms: ["责任单位", "乡镇", "乡镇(街道)", "乡镇街道", "单位名称", "所属乡镇"],
    type: "text",
    required: "yes",
  },
  {
    key: "target_amt_signed",
    header: "年度签约资金任务",
    synonyms: ["签约资金任务", "签约资金年度任务", "年度签约任务", "签约资金目标任务"],
    type: "money",
    required: "no",
  },
  {
    key: "target_amt_arrived",
    header: "年度到位资金任务",
    synonyms: ["到位资金任务", "到位资金年度任务", "年度到位任务", "到位资金目标任务"],
    type: "money",
    required: "no",
  },
  {
    key: "target_n_signed",
    header: "年度签约项目数任务",
    synonyms: ["签约项目数任务", "签约项目任务", "年度签约项目任务"],
    type: "money",
    required: "no",
  },
  {
    key: "target_amt_signed_outprov",
    header: "年度省外签约资金任务",
    synonyms: ["省外签约资金任务"],
    type: "money",
    required: "no",
  },
  {
    key: "target_amt_arrived_outprov",
    header: "年度省外到位资金任务",
    synonyms: ["省外到位资金任务"],
    type: "money",
    required: "no",
  },
  {
    key: "target_fdi",
    header: "年度外资任务",
    synonyms: ["外资任务", "利用外资任务", "实际利用外资任务"],
    type: "money_usd",
    required: "no",
  },
  {
    key: "dispatch_amt_signed",
    header: "签约资金调度目标",
    synonyms: ["签约调度目标", "本期签约资金调度目标", "签约资金调度任务"],
    type: "money",
    required: "no",
  },
  {
    key: "dispatch_amt_arrived",
    header: "到位资金调度目标",
    synonyms: ["到位调度目标", "本期到位资金调度目标", "到位资金调度任务"],
    type: "money",
    required: "no",
  },
  {
    key: "dispatch_amt_signed_outprov",
    header: "省外签约资金调度目标",
    synonyms: ["省外签约调度目标", "签约省外资金调度目标"],
    type: "money",
    required: "no",
  },
  {
    key: "dispatch_amt_arrived_outprov",
    header: "省外到位资金调度目标",
    synonyms: ["省外到位调度目标", "到位省外资金调度目标"],
    type: "money",
    required: "no",
  },
] as const satisfies readonly FieldSpec[];

/** Key of a target-table column. */
export type TargetKey = Exclude<(typeof TARGET_FIELDS)[number]["key"], "unit">;

/** Statuses at or past 开工: the project has started (DOMAIN.md "started"). */
export const STARTED_STATUSES: readonly ProjectStatus[] = ["开工", "在建", "竣工", "投产"];
