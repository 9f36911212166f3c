import { freeName } from "../office/writeNewSheets.js";
import type { SelfCheckItem, SelfCheckReport } from "../office/selfCheck.js";
import { SELF_CHECK_SHEET } from "../office/selfCheck.js";
import { normaliseValues } from "./normaliseValues.js";
import type { EtApplication, EtWorksheet } from "./wpsApi.js";

type Probe = { label: string; probe: (ws: EtWorksheet, app: EtApplication) => string | void };

// Each probe does on the scratch sheet what the WPS host does for real; what it returns is a
// finding worth sending (how this build shapes Value2), an exception is a failure.
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
