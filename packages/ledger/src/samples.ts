// Entry @zsyz/ledger/samples: realistic, messy township ledgers as plain grids — the bundled
// sample data of the demo, the CLI's `zsyz sample`, the add-in preview and the tests — and
// makeSheet, for tests that build a grid by hand. Every kind of mess DOMAIN.md lists appears
// somewhere, at a known cell. Kept out of the package's main entry: it is data, not the reader.
import { isoToSerial } from "./parseDate.js";
import type { CellValue, GridCell, GridWorkbook } from "./grid.js";
import { makeSheet } from "./makeSheet.js";

export { makeSheet };
export type { MakeSheetOptions } from "./makeSheet.js";

type Row = ReadonlyArray<CellValue | GridCell | undefined>;

/** Deterministic generator so samples (and tests on them) never change between runs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  "智能装备制造",
  "农产品冷链物流",
  "新能源电池材料",
  "中药材精深加工",
  "文旅康养综合体",
  "分布式光伏发电",
  "食品加工产业园",
  "电商物流园",
  "肉牛养殖",
  "光伏组件",
  "纺织服装",
  "新型建材",
  "商贸综合体",
  "乡村旅游",
  "果蔬保鲜库",
  "汽车零部件",
  "生物医药",
  "预制菜加工",
  "数据中心",
  "环保再生资源",
];
const COMPANIES = [
  "西安秦川新材料有限公司",
  "深圳华创科技有限公司",
  "浙江永康五金集团",
  "江苏恒力新能源有限公司",
  "河南中原食品股份公司",
  "四川蜀道物流有限公司",
  "陕西丝路文旅集团",
  "广东粤海制造有限公司",
  "山东鲁信农业发展公司",
  "上海浦江投资有限公司",
  "宁夏塞上牧业公司",
  "甘肃陇原建材公司",
  "北京中科数智公司",
  "湖北楚天医药公司",
  "香港华晖投资有限公司",
];
const ORIGINS: Record<string, string> = {
  西安: "市内",
  深圳: "省外",
  浙江: "省外",
  江苏: "省外",
  河南: "省外",
  四川: "省外",
  陕西: "省内市外",
  广东: "省外",
  山东: "省外",
  上海: "省外",
  宁夏: "省外",
  甘肃: "省外",
  北京: "省外",
  湖北: "省外",
  香港: "境外",
};

interface Project {
  name: string;
  investor: string;
  origin: string;
  source: string;
  industry: string;
  signType: string;
  signDate: string;
  total: number;
  signed: number;
  arrived: number;
  cum: number;
  status: string;
  start?: string;
  op?: string;
  land: string;
}

const SUFFIXES = ["", "二期", "扩建", "一期"];

/** Projects of one township; `offset` picks names no other township uses. */
function makeProjects(seed: number, count: number, year: number, offset: number): Project[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: Project[] = [];
  for (let i = 0; i < count; i += 1) {
    const investor = pick(COMPANIES);
    const carried = rnd() < 0.3;
    const y = carried ? year - 1 : year;
    const month = carried ? 1 + Math.floor(rnd() * 12) : 1 + Math.floor(rnd() * 8);
    const day = 1 + Math.floor(rnd() * 27);
    const signed = Math.round(500 + rnd() * 30000);
    const status = carried
      ? pick(["在建", "竣工", "投产", "在建"])
      : pick(["签约", "注册", "开工", "在建", "签约"]);
    const started = ["开工", "在建", "竣工", "投产"].includes(status);
    const arrived = started
      ? Math.round(signed * (0.2 + rnd() * 0.5))
      : Math.round(signed * rnd() * 0.2);
    const iso = (yy: number, mm: number, dd: number): string =>
      `${yy}-${String(mm).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
    const startMonth = Math.min(9, month + 1);
    const p: Project = {
      name: `${SUBJECTS[(offset + i) % SUBJECTS.length]}${SUFFIXES[Math.floor((offset + i) / SUBJECTS.length) % SUFFIXES.length]}项目`,
      investor,
      origin: investor.slice(0, 2),
      source: ORIGINS[investor.slice(0, 2)] ?? "省外",
      industry: pick(["工业", "工业", "农业", "服务业"]),
      signType: pick(["合同", "合同", "协议"]),
      signDate: iso(y, month, day),
      total: Math.round(signed * (1 + rnd())),
      signed,
      arrived,
      cum: arrived + (carried ? Math.round(signed * 0.2) : 0),
      status,
      land: started ? pick(["已供地", "已流转", "已供地"]) : pick(["报批中", "无", "已供地"]),
    };
    if (started)
      p.start = carried
        ? iso(year - 1, Math.min(12, month + 1), day)
        : iso(year, startMonth, Math.min(day, 28));
    if (status === "投产") p.op = iso(year, 6, 30);
    if (p.start && p.start > `${year}-09-30`) p.start = `${year}-09-15`;
    out.push(p);
  }
  return out;
}

const serial = (iso: string): GridCell => ({ value: isoToSerial(iso), numFmt: "yyyy-mm-dd" });
const footer = (unit: string): Row[] => [
  [],
  [
    `填报人：王${unit.slice(0, 1)}`,
    undefined,
    undefined,
    "审核人：李主任",
    undefined,
    undefined,
    "填报日期：2024年10月8日",
  ],
];

/** 城关镇: tidy one-row header, title and unit rows, dates as real dates, a correct 合计 row. */
function chengguan(year: number): GridWorkbook {
  const ps = makeProjects(11, 16, year, 0);
  ps[2] = {
    ...ps[2]!,
    name: "智能装备制造产业园项目",
    investor: "深圳华创科技有限公司",
    signed: 26000,
  };
  // Planted: 2.6亿 typed as 2.6 into the 万元 column (row 9).
  ps[5] = { ...ps[5]!, signed: 2.6 };
  const header = [
    "序号",
    "项目名称",
    "投资方",
    "投资方所在地",
    "资金来源",
    "产业类别",
    "签约类型",
    "签约时间",
    "总投资（万元）",
    "签约资金（万元）",
    "本年到位资金（万元）",
    "累计到位资金（万元）",
    "项目状态",
    "开工时间",
    "投产时间",
    "土地手续",
    "包抓领导",
    "形象进度",
  ];
  const rows: Row[] = ps.map((p, i) => [
    i + 1,
    p.name,
    p.investor,
    p.origin,
    p.source,
    p.industry,
    p.signType,
    serial(p.signDate),
    p.total,
    p.signed,
    p.arrived,
    p.cum,
    p.status,
    p.start ? serial(p.start) : undefined,
    p.op ? serial(p.op) : undefined,
    p.land,
    "张副县长",
    "按计划推进",
  ]);
  const sum = (k: "total" | "signed" | "arrived" | "cum"): number =>
    ps.reduce((n, p) => n + p[k], 0);
  const values: Row[] = [
    [`城关镇${year}年招商引资项目台账`],
    [
      "单位：万元",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      "截至9月30日",
    ],
    header,
    ...rows,
    [
      "合计",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      sum("total"),
      sum("signed"),
      sum("arrived"),
      sum("cum"),
    ],
    ...footer("城关镇"),
  ];
  return {
    file: "城关镇招商引资项目台账.xlsx",
    sheets: [makeSheet("项目台账", values, { merges: ["A1:R1"] })],
  };
}

/**
 * 河西乡: two-row merged header (到位资金 over 本年/累计), full-width brackets, text
 * numbers, section headings with 小计 rows, and a 合计 that does not add up.
 */
function hexi(year: number): GridWorkbook {
  const ps = makeProjects(23, 12, year, 16);
  const top = [
    "序号",
    "项目名称",
    "签约企业",
    "产业",
    "签约形式",
    "签约日期",
    "签约资金（万元）",
    undefined,
    "到位资金（万元）",
    undefined,
    "进展阶段",
    "开工日期",
    "用地情况",
    "备注",
  ];
  const sub = [
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    "合计",
    "其中：省外",
    "本年",
    "累计",
    undefined,
    undefined,
    undefined,
    undefined,
  ];
  // Rows 2 and 3 carry text numbers ("1,200", full-width "１２００") for 12000 万元.
  const parsedSigned = (p: Project, i: number): number => (i === 1 || i === 2 ? 12000 : p.signed);
  const shown = (p: Project, i: number): CellValue =>
    i === 1 ? "12,000" : i === 2 ? "１２０００" : String(p.signed);
  const row = (p: Project, i: number): Row => [
    i + 1,
    p.name,
    p.investor,
    p.industry,
    p.signType,
    p.signDate.replace(/-0?/g, "."),
    shown(p, i),
    p.source === "省外" ? parsedSigned(p, i) : 0,
    Math.min(p.arrived, parsedSigned(p, i)),
    Math.max(p.cum, Math.min(p.arrived, parsedSigned(p, i))),
    p.status,
    p.start?.replace(/-/g, "/"),
    p.land,
    undefined,
  ];
  const fresh = ps.filter((p) => p.signDate >= `${year}-01-01`);
  const carried = ps.filter((p) => p.signDate < `${year}-01-01`);
  const freshRows = fresh.map((p, i) => row(p, i));
  const carriedRows = carried.map((p, i) => row(p, fresh.length + i));
  const sub1 = fresh.reduce((n, p, i) => n + parsedSigned(p, i), 0);
  const sub2 = carried.reduce((n, p) => n + p.signed, 0);
  const values: Row[] = [
    [`河西乡${year}年1-9月招商引资项目进展情况台账`],
    top,
    sub,
    ["一、新签约项目"],
    ...freshRows,
    ["小计", undefined, undefined, undefined, undefined, undefined, sub1],
    ["二、续建项目"],
    ...carriedRows,
    ["小计", undefined, undefined, undefined, undefined, undefined, sub2],
    // Planted: the 合计 row is 1000 万元 short of its rows.
    ["合计", undefined, undefined, undefined, undefined, undefined, sub1 + sub2 - 1000],
    ...footer("河西乡"),
  ];
  const merges = [
    "A1:N1",
    "A2:A3",
    "B2:B3",
    "C2:C3",
    "D2:D3",
    "E2:E3",
    "F2:F3",
    "G2:H2",
    "I2:J2",
    "K2:K3",
    "L2:L3",
    "M2:M3",
    "N2:N3",
    `A4:N4`,
    `A${5 + freshRows.length + 1}:N${5 + freshRows.length + 1}`,
  ];
  return { file: "河西乡台账（9月）.xlsx", sheets: [makeSheet("Sheet1", values, { merges })] };
}

/**
 * 东城街道: amounts in 亿元, dates in every form, approximate and placeholder amounts,
 * a 元 typed into the 亿元 column, audit risks (开工 without land, start before sign).
 */
function dongcheng(year: number): GridWorkbook {
  const ps = makeProjects(37, 10, year, 28);
  const header = [
    "序号",
    "项目名称",
    "投资方",
    "资金来源",
    "签约类型",
    "签约时间",
    "总投资[亿元]",
    "签约资金（亿元）",
    "本年到位资金(亿元)",
    "项目状态",
    "开工时间",
    "土地手续",
    "备注",
  ];
  const yi = (w: number): number => w / 10000;
  const dateForms = (iso: string, i: number): CellValue => {
    const [y, m, d] = iso.split("-").map(Number);
    const forms: CellValue[] = [
      iso,
      `${y}.${m}.${d}`,
      `${y}/${m}/${d}`,
      `${y}年${m}月${d}日`,
      `${y}${String(m).padStart(2, "0")}`,
      `${y}.${String(m).padStart(2, "0")}`,
      isoToSerial(iso),
    ];
    return forms[i % forms.length] ?? iso;
  };
  const rows: Row[] = ps.map((p, i) => [
    i + 1,
    p.name,
    p.investor,
    p.source,
    p.signType,
    dateForms(p.signDate, i),
    yi(p.total),
    yi(p.signed),
    yi(p.arrived),
    p.status,
    p.start,
    p.land,
    undefined,
  ]);
  // Planted mess, row numbers are Excel rows (header on row 3, data from row 4).
  rows[0] = [
    1,
    "锂电池隔膜项目",
    "江苏恒力新能源有限公司",
    "省外",
    "合同",
    `${year}-03-18`,
    12,
    "约1.5",
    0.8,
    "在建",
    `${year}-05-20`,
    "报批中",
    "已开工，土地手续报批中",
  ];
  rows[1] = [
    2,
    "算力中心项目",
    "北京中科数智公司",
    "省外",
    "协议",
    `${year}年6月8日`,
    5,
    "400多万元",
    "—",
    "签约",
    undefined,
    "无",
    undefined,
  ];
  rows[2] = [
    3,
    "速冻食品加工项目",
    "河南中原食品股份公司",
    "省外",
    "合同",
    "9月",
    3,
    2.2,
    "/",
    "开工",
    `${year}-02-01`,
    "已供地",
    "开工早于签约",
  ];
  rows[3] = [
    4,
    "医疗器械产业园项目",
    "湖北楚天医药公司",
    "省外",
    "合同",
    `${year}.4.2`,
    8,
    3.5,
    0.5,
    "开工",
    `${year}.5.6`,
    "已供地",
    undefined,
  ];
  rows[4] = [
    5,
    "城市商业综合体项目",
    "上海浦江投资有限公司",
    "境外（港资）",
    "口头约定",
    `${year}-07-01`,
    10,
    6,
    "待定",
    "洽谈中",
    undefined,
    undefined,
    undefined,
  ];
  const values: Row[] = [
    [`东城街道${year}年招商引资项目台账`],
    ["金额单位：亿元"],
    header,
    ...rows,
    ...footer("东城街道"),
  ];
  return { file: "东城街道.xlsx", sheets: [makeSheet("9月台账", values)] };
}

/**
 * 经济开发区: a 填表说明 sheet first, synonym headers, a 责任单位 column where one row
 * names another unit, a project also reported by 城关镇, a hidden row.
 */
function park(year: number): GridWorkbook {
  const ps = makeProjects(41, 14, year, 38);
  const guide = makeSheet("填表说明", [
    ["填表说明"],
    ["1. 金额单位为万元。"],
    ["2. 签约时间请填写完整日期。"],
    ["3. 每月5日前报送。"],
  ]);
  const header = [
    "编号",
    "项目",
    "招商单位",
    "外来投资方",
    "客商来源",
    "行业",
    "签约方式",
    "签约时间",
    "计划总投资\n（万元）",
    "合同引资额\n（万元）",
    "其中省外签约资金",
    "当年到位资金",
    "其中省外到位资金",
    "开累到位",
    "项目进展阶段",
    "动工时间",
    "用地手续",
    "包联领导",
    "进展情况",
  ];
  const rows: Row[] = ps.map((p, i) => [
    i + 1,
    p.name,
    "经济开发区",
    p.investor,
    p.origin,
    p.industry,
    p.signType,
    p.signDate,
    p.total,
    p.signed,
    p.source === "省外" ? p.signed : 0,
    p.arrived,
    p.source === "省外" ? p.arrived : 0,
    p.cum,
    p.status,
    p.start,
    p.land,
    "刘主任",
    "正常推进",
  ]);
  // Planted: the same project as 城关镇's row 6, another unit's row, an 省外 part larger than the whole.
  rows[3] = [
    4,
    "智能装备制造产业园 项目",
    "经济开发区",
    "深圳华创科技有限公司",
    "深圳",
    "工业",
    "合同",
    `${year}-04-12`,
    52000,
    26000,
    26000,
    9000,
    9000,
    9000,
    "在建",
    `${year}-06-01`,
    "已供地",
    "刘主任",
    "主体施工",
  ];
  rows[6] = [
    7,
    "蔬菜净菜加工项目",
    "城关镇",
    "山东鲁信农业发展公司",
    "山东",
    "农业",
    "合同",
    `${year}-05-09`,
    3000,
    1800,
    1800,
    600,
    600,
    600,
    "开工",
    `${year}-07-01`,
    "已流转",
    "刘主任",
    "城关镇项目误填入本表",
  ];
  rows[8] = [
    9,
    "新能源汽车配件项目",
    "经济开发区",
    "广东粤海制造有限公司",
    "广东",
    "工业",
    "合同",
    `${year}-02-20`,
    20000,
    15000,
    18000,
    4000,
    4000,
    3000,
    "在建",
    `${year}-03-15`,
    "已供地",
    "刘主任",
    "省外大于总数；累计小于本年",
  ];
  const values: Row[] = [
    [`经济开发区${year}年招商引资项目台账`],
    header,
    ...rows,
    [
      "总计",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      ps.reduce((n, p, i) => n + ((rows[i]?.[9] as number | undefined) ?? p.signed), 0),
    ],
    ...footer("开发区"),
  ];
  return {
    file: "经济开发区项目台账.xlsx",
    sheets: [guide, makeSheet("台账", values, { hiddenRows: [14] })],
  };
}

/**
 * 北山镇: no project signed this year (零签约), a stalled project, a started project with
 * no money, formula cells with and without cached values, an error cell.
 */
function beishan(year: number): GridWorkbook {
  const header = [
    "序号",
    "项目名称",
    "投资方",
    "签约类型",
    "签约时间",
    "签约资金",
    "本年到位资金",
    "累计到位资金",
    "项目状态",
    "开工时间",
    "投产时间",
    "土地手续",
    "新签/续建",
  ];
  const rows: Row[] = [
    [
      1,
      "奶山羊养殖扩建项目",
      "宁夏塞上牧业公司",
      "合同",
      `${year - 1}-05-10`,
      8000,
      2000,
      6000,
      "在建",
      `${year - 1}-08-01`,
      undefined,
      "已流转",
      "续建",
    ],
    [
      2,
      "田园综合体一期项目",
      "陕西丝路文旅集团",
      "协议",
      `${year - 2}-06-01`,
      3000,
      0,
      0,
      "签约",
      undefined,
      undefined,
      "报批中",
      "续建",
    ],
    [
      3,
      "设施农业大棚项目",
      "山东鲁信农业发展公司",
      "合同",
      `${year - 1}-03-01`,
      5000,
      0,
      1500,
      "在建",
      `${year - 1}-04-01`,
      undefined,
      "已流转",
      "续建",
    ],
    [
      4,
      "连翘提取物加工项目",
      "甘肃陇原建材公司",
      "合同",
      `${year - 1}-11-20`,
      4000,
      { value: 1200, formula: "F8*0.3" },
      { value: null, formula: "G8+800" },
      "投产",
      `${year - 1}-12-01`,
      `${year}-06-30`,
      "已供地",
      "续建",
    ],
    [
      5,
      "粮食仓储物流项目",
      "四川蜀道物流有限公司",
      "意向",
      undefined,
      6000,
      { value: null, error: "#DIV/0!" },
      undefined,
      "在谈",
      undefined,
      undefined,
      "无",
      undefined,
    ],
  ];
  const values: Row[] = [
    [`北山镇${year}年招商引资项目台账`],
    ["单位：万元"],
    header,
    ...rows,
    ...footer("北山镇"),
  ];
  return { file: "北山镇.xlsx", sheets: [makeSheet("北山镇", values)] };
}

/** 南湖镇: header on row 5, no 投资方 column, an unknown column, nameless and text-formula rows. */
function nanhu(year: number): GridWorkbook {
  const ps = makeProjects(53, 8, year, 52);
  const header = [
    "序号",
    "项目名称",
    "联系人电话",
    "签约类型",
    "签约时间",
    "签约额（万元）",
    "本年到位（万元）",
    "项目状态",
    "开工时间",
    "备注",
  ];
  const rows: Row[] = ps.map((p, i) => [
    i + 1,
    p.name,
    `1380000${String(1000 + i)}`,
    p.signType,
    p.signDate,
    p.signed,
    p.arrived,
    p.status,
    p.start,
    undefined,
  ]);
  rows[5] = [
    6,
    '=HYPERLINK("http://example.com","点我")',
    undefined,
    "合同",
    `${year}-03-03`,
    900,
    100,
    "签约",
    undefined,
    "项目名称像公式，应原样保留",
  ];
  rows[6] = [
    7,
    undefined,
    undefined,
    "合同",
    `${year}-04-04`,
    700,
    50,
    "签约",
    undefined,
    "缺项目名称",
  ];
  const values: Row[] = [
    ["附件2"],
    [`南湖镇${year}年招商引资项目统计表`],
    [],
    [
      "单位：万元",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      "填报日期：2024年10月5日",
    ],
    header,
    ...rows,
    ...footer("南湖镇"),
  ];
  return {
    file: "05-南湖镇-9月.xlsx",
    sheets: [makeSheet("统计表", values, { merges: ["A2:J2"] })],
  };
}

/**
 * The bundled sample township ledgers for a report year: six workbooks whose mess
 * covers every case of DOMAIN.md. Deterministic.
 * @example sampleLedgers(2024).map((w) => w.file)
 */
export function sampleLedgers(year = 2024): GridWorkbook[] {
  return [chengguan(year), hexi(year), dongcheng(year), park(year), beishan(year), nanhu(year)];
}

/** The matching target table (指标任务分解表) in 亿元, with a 合计 row and dispatch targets. */
export function sampleTargets(): GridWorkbook {
  const units: Array<[string, number, number, number, number, number]> = [
    ["城关镇", 15, 10, 12, 8, 10],
    ["河西乡", 8, 5, 10, 4, 6],
    ["东城街道", 10, 6, 8, 5, 7],
    ["经济开发区", 20, 12, 15, 10, 15],
    ["北山镇", 5, 3, 5, 2.5, 3.5],
    ["南湖镇", 6, 4, 6, 3, 4.5],
    ["西岭镇", 4, 2, 4, 1.5, 3],
  ];
  const header = [
    "序号",
    "单位",
    "年度签约资金任务（亿元）",
    "年度到位资金任务（亿元）",
    "年度签约项目数任务（个）",
    "到位资金调度目标（亿元）",
    "签约资金调度目标（亿元）",
  ];
  const rows: Row[] = units.map(([u, s, a, n, da, ds], i) => [i + 1, u, s, a, n, da, ds]);
  const total = units.reduce(
    (acc, [, s, a, n, da, ds]) => acc.map((v, i) => v + [s, a, n, da, ds][i]!),
    [0, 0, 0, 0, 0],
  );
  const values: Row[] = [
    ["2024年全县招商引资目标任务分解表"],
    header,
    ...rows,
    [undefined, "合计", ...total.map((v) => Math.round(v * 100) / 100)],
  ];
  return {
    file: "任务分解表.xlsx",
    sheets: [makeSheet("任务分解", values, { merges: ["A1:G1"] })],
  };
}
