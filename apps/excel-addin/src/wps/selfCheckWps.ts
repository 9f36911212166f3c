import { freeName } from "../office/writeNewSheets.js";
import type { SelfCheckItem, SelfCheckReport } from "../office/selfCheck.js";
import { SELF_CHECK_SHEET } from "../office/selfCheck.js";
import { quoteSheetName } from "../office/address.js";
import { normaliseValues } from "./normaliseValues.js";
import { findOpenWorkbook } from "./workbookBinding.js";
import { addLists, addTable, tableNames } from "./writeWpsNewSheets.js";
import { addChart, addRules, setFilter, setUpPage } from "./writeWpsPlan.js";
import type { EtApplication, EtWorksheet } from "./wpsApi.js";

type Probe = { label: string; probe: (ws: EtWorksheet, app: EtApplication) => string | void };

// Each probe does on the scratch sheet what the WPS host does for real, through the writers' own
// functions; what it returns is a finding worth sending (how this build shapes Value2), an
// exception is a failure. The optional parts (rules, page setup, filter, chart, dropdowns, table) are the
// ones 一键计算 and 新建台账 leave out with a note when this WPS build refuses them.
const PROBES: Probe[] = [
  {
    label: "读写单元格（Value2、公式、文本格式）",
    probe: (ws) => {
      const range = ws.Range("A1:B2");
      range.NumberFormat = "@";
      range.Value2 = [
        ["2024-01-05", "-文本"],
        ["0012", "甲"],
      ];
      ws.Range("C1").NumberFormat = "General";
      ws.Range("C1").Formula = "=1+1";
      const back = normaliseValues(range.Value2, 2, 2);
      if (back[0]?.[0] !== "2024-01-05" || back[1]?.[0] !== "0012")
        throw new Error("文本被改成了日期或数字");
      const row = ws.Range("A1:B1").Value2;
      return `单行区域的 Value2 是${Array.isArray(row) && !Array.isArray(row[0]) ? "一维数组" : "二维数组"}`;
    },
  },
  {
    label: "单元格颜色和字体（汇总表样式）",
    probe: (ws) => {
      const cell = ws.Range("A3");
      cell.Interior.Color = 0x9cebff;
      cell.Font.Bold = true;
      if (cell.Interior.Color !== 0x9cebff) throw new Error("底纹颜色读回不一致");
    },
  },
  {
    label: "合并单元格和冻结表头",
    probe: (ws, app) => {
      ws.Range("D1:E1").Merge(false);
      if (ws.Range("D1").MergeCells !== true) throw new Error("没有读到刚合并的单元格");
      ws.Activate();
      const view = app.ActiveWindow;
      view.SplitRow = 1;
      view.SplitColumn = 0;
      view.FreezePanes = true;
    },
  },
  {
    label: "选中单元格（点问题定位）",
    probe: (ws) => {
      ws.Activate();
      ws.Range("B2").Select();
    },
  },
  {
    label: "条件格式（汇总表的红绿标色）",
    probe: (ws) => {
      addRules(ws, [
        { range: "A4:A6", formula: "A4<0", fill: "#FFC7CE", fontColor: "#9C0006", priority: 1 },
      ]);
      if (ws.Range("A4:A6").FormatConditions.Count < 1) throw new Error("没有读到刚加的条件格式");
    },
  },
  {
    label: "页面设置（A4 横向、按页宽缩放、打印标题）",
    probe: (ws) =>
      setUpPage(ws, {
        paperSize: "A4",
        orientation: "landscape",
        fitToWidth: 1,
        fitToHeight: 0,
        repeatRows: { first: 1, last: 1 },
      }),
  },
  {
    label: "筛选按钮（项目明细、问题清单）",
    probe: (ws) => {
      ws.Range("F1:G3").Value2 = [
        ["单位", "签约资金"],
        ["甲", 1],
        ["乙", 2],
      ];
      // Twice, as a second 一键计算 does: the buttons must stay on, not toggle off.
      setFilter(ws, "F1:G3");
      setFilter(ws, "F1:G3");
      if (!ws.AutoFilterMode) throw new Error("没有读到刚加的筛选按钮");
    },
  },
  {
    label: "图表（指标汇总的柱形图）",
    probe: (ws) => {
      ws.Range("A8:B9").Value2 = [
        ["甲", 0.5],
        ["乙", 0.8],
      ];
      const sheet = quoteSheetName(ws.Name);
      addChart(
        ws,
        {
          sheet: ws.Name,
          type: "clusteredColumn",
          title: "自检",
          categories: `${sheet}!$A$8:$A$9`,
          series: [{ name: "完成率", values: `${sheet}!$B$8:$B$9` }],
          anchor: { from: "D8", to: "H16" },
          valueAxisNumFmt: "0%",
        },
        new Map([[ws.Name, ws]]),
      );
    },
  },
  {
    label: "下拉列表（新建台账）",
    probe: (ws) =>
      addLists(ws, [
        {
          range: { top: 10, left: 0, bottom: 12, right: 0 },
          choices: ["在建", "投产"],
          strict: true,
          title: "自检",
          message: "请从下拉列表中选择",
        },
      ]),
  },
  {
    label: "表格（新建台账的筛选和自动扩展）",
    probe: (ws, app) => {
      ws.Range("C11:D12").Value2 = [
        ["项目名称", "签约资金"],
        ["自检项目", 1],
      ];
      addTable(ws, {
        range: { top: 10, left: 2, bottom: 11, right: 3 },
        name: freeName("招商台账自检", tableNames(app.ActiveWorkbook.Worksheets), (n) => `${n}`),
        style: "TableStyleMedium2",
      });
    },
  },
  {
    label: "一键计算时暂停重算（Application.Calculation）",
    probe: (_ws, app) => {
      const mode = app.Calculation;
      app.Calculation = -4135;
      app.Calculation = mode;
      app.Calculate();
      return mode === -4135 ? "本工作簿原为手动重算" : undefined;
    },
  },
  {
    label: "列出打开的工作簿、读取工作簿保护（另存为、保护工作簿时的提示）",
    probe: (_ws, app) => {
      if (findOpenWorkbook(app, app.ActiveWorkbook.FullName) === null)
        throw new Error("打开的工作簿中没有当前工作簿");
      if (typeof app.ActiveWorkbook.ProtectStructure !== "boolean")
        throw new Error("读不到工作簿是否受保护");
    },
  },
  {
    label: "在工作簿中保存设置（自定义文档属性）",
    probe: (_ws, app) => {
      const props = app.ActiveWorkbook.CustomDocumentProperties;
      const added = props.Add("zsyz.selfcheck", false, 4, "x".repeat(255));
      added.Delete();
    },
  },
];

/** 自检 in WPS: each probe on a scratch sheet (removed after), with the WPS version and findings. */
export function selfCheckWps(app: EtApplication): SelfCheckReport {
  const sheets = app.ActiveWorkbook.Worksheets;
  const names: string[] = [];
  for (let i = 1; i <= sheets.Count; i++) names.push(sheets.Item(i).Name);
  const active = app.ActiveSheet.Name;
  const scratch = sheets.Add(null, sheets.Item(sheets.Count));
  scratch.Name = freeName(SELF_CHECK_SHEET, names, (n) => `${n}`);
  const items: SelfCheckItem[] = [];
  try {
    for (const { label, probe } of PROBES) {
      try {
        const finding = probe(scratch, app);
        items.push({
          label: finding ? `${label}（${finding}）` : label,
          version: "",
          outcome: "ok",
        });
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        items.push({ label, version: "", outcome: "failed", detail });
      }
    }
  } finally {
    sheets.Item(active).Activate();
    scratch.Delete();
  }
  return { program: "WPS 表格", platform: "", version: app.Version, excelApi: "", items };
}
