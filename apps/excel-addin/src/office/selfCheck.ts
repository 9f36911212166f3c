import { capabilityVersion, type Capabilities, type Capability } from "./capabilities.js";
import { toAddinError } from "./AddinError.js";
import type { XlRequestContext, XlWorksheet } from "./excelApi.js";
import type { ExcelHost } from "./host.js";
import { freeName } from "./writeNewSheets.js";

/** One capability tried by 自检. */
export interface SelfCheckItem {
  /** What the pane uses it for, in Chinese. */
  label: string;
  /** The ExcelApi version it needs ("1.8"). */
  version: string;
  /** "ok": it worked; "missing": this Excel lacks the version, so it was not tried; "failed": tried, Excel refused. */
  outcome: "ok" | "missing" | "failed";
  /** Why it failed (the Chinese title of the error, and Excel's code). */
  detail?: string;
}

/** What 自检 found: the Excel, its highest ExcelApi version, and each capability. */
export interface SelfCheckReport {
  /** "Excel" or "WPS 表格". */
  program: string;
  platform: string;
  version: string;
  /** Highest ExcelApi 1.x this Excel reports, "1.0" when none; "" for WPS. */
  excelApi: string;
  items: SelfCheckItem[];
}

/** Name of the scratch sheet 自检 adds and removes. */
export const SELF_CHECK_SHEET = "zsyz自检";

type Probe = (ws: XlWorksheet, context: XlRequestContext) => Promise<void>;

// Each probe does on the scratch sheet what the pane does for real, in its own Excel.run, so one
// failure does not hide the others.
const PROBES: { capability: Capability; label: string; probe: Probe }[] = [
  {
    capability: "base",
    label: "读写单元格、文档设置、冻结表头、图表（校验、一键计算、新建台账）",
    probe: async (ws, context) => {
      const range = ws.getRange("A1:B2");
      range.numberFormat = [
        ["@", "General"],
        ["@", "General"],
      ];
      context.workbook.application.suspendApiCalculationUntilNextSync();
      range.values = [
        ["2024-01-05", 1],
        ["-文本", 2],
      ];
      ws.getRange("C1").formulas = [["=SUM(B1:B2)"]];
      await context.sync();
      context.workbook.application.calculate("Full");
      ws.activate();
      ws.freezePanes.freezeRows(1);
      const chart = ws.charts.add("ColumnClustered", ws.getRange("B1:B2"), "Columns");
      chart.series.add("自检").setValues(ws.getRange("B1:B2"));
      context.workbook.load(["name"]);
      context.workbook.settings.getItemOrNullObject("zsyz.settings").load(["value"]);
      const back = range.load(["values"]);
      await context.sync();
      if (back.values[0]?.[0] !== "2024-01-05" || back.values[1]?.[0] !== "-文本")
        throw new Error("文本被 Excel 改成了日期或公式");
    },
  },
  {
    capability: "dataValidation",
    label: "下拉列表（新建台账）",
    probe: async (ws, context) => {
      const validation = ws.getRange("D1:D3").dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: "在谈,签约" } };
      await context.sync();
    },
  },
  {
    capability: "specialCells",
    label: "识别隐藏行和公式、打印设置（校验、一键计算）",
    probe: async (ws, context) => {
      ws.getRange("A1:C2").getSpecialCellsOrNullObject("Formulas").load(["address"]);
      ws.pageLayout.orientation = "Landscape";
      await context.sync();
    },
  },
  {
    capability: "mergedAreas",
    label: "读取合并单元格（两行表头）",
    probe: async (ws, context) => {
      ws.getRange("E1:F1").merge(false);
      const areas = ws.getRange("E1:F2").getMergedAreasOrNullObject().load(["address"]);
      await context.sync();
      if (areas.isNullObject) throw new Error("没有读到刚合并的单元格");
    },
  },
  {
    capability: "notes",
    label: "单元格批注（标记问题单元格）",
    probe: async (ws, context) => {
      ws.notes.add("A1", "自检");
      await context.sync();
    },
  },
];

/**
 * 自检: tries each capability the pane uses on a scratch sheet (added under a free name, removed
 * at the end, the user's sheet re-activated) and reports what worked, with the Excel's platform,
 * version and highest ExcelApi level, for a problem report.
 */
export async function runSelfCheck(
  host: ExcelHost,
  capabilities: Capabilities,
): Promise<SelfCheckReport> {
  const start = await host.run(async (context) => {
    const sheets = context.workbook.worksheets.load(["items/name"]);
    const active = context.workbook.worksheets.getActiveWorksheet().load(["name"]);
    await context.sync();
    const scratch = freeName(
      SELF_CHECK_SHEET,
      sheets.items.map((s) => s.name),
      (n) => `${n}`,
    );
    context.workbook.worksheets.add(scratch);
    await context.sync();
    return { scratch, active: active.name };
  });
  const items: SelfCheckItem[] = [];
  try {
    for (const { capability, label, probe } of PROBES) {
      const version = capabilityVersion(capability);
      if (!capabilities[capability]) {
        items.push({ label, version, outcome: "missing" });
        continue;
      }
      try {
        await host.run((context) =>
          probe(context.workbook.worksheets.getItem(start.scratch), context),
        );
        items.push({ label, version, outcome: "ok" });
      } catch (e) {
        const error = toAddinError(e);
        const code = error.officeCode ? `，${error.officeCode}` : "";
        items.push({ label, version, outcome: "failed", detail: `${error.message}${code}` });
      }
    }
  } finally {
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(start.active).activate();
      context.workbook.worksheets.getItem(start.scratch).delete();
      await context.sync();
    });
  }
  return {
    program: "Excel",
    platform: host.diagnostics.platform,
    version: host.diagnostics.version,
    excelApi: highestExcelApi(host),
    items,
  };
}

function highestExcelApi(host: ExcelHost): string {
  let minor = 0;
  while (minor < 40 && host.isSetSupported("ExcelApi", `1.${minor + 1}`)) minor++;
  return `1.${minor}`;
}

const PLATFORM_NAMES: Record<string, string> = {
  PC: "Windows 桌面版",
  Mac: "Mac 桌面版",
  OfficeOnline: "网页版",
  iOS: "iPad 版",
  Android: "Android 版",
  Universal: "Windows 通用版",
};

/**
 * The report as text to show and copy: one line each for the Excel and every capability.
 * `at` is when it ran (the caller reads the clock).
 * @example formatSelfCheck(report, "2024-10-08 09:30") starts "招商台账 自检报告（2024-10-08 09:30）"
 */
export function formatSelfCheck(report: SelfCheckReport, at: string): string {
  const platform = PLATFORM_NAMES[report.platform] ?? report.platform;
  const api = report.excelApi === "" ? "" : `，支持 ExcelApi 1.1–${report.excelApi}`;
  const lines = [
    `招商台账 自检报告（${at}）`,
    `${report.program}：${platform === "" ? "" : `${platform}，`}版本 ${report.version}${api}`,
  ];
  for (const item of report.items) {
    const mark = item.outcome === "ok" ? "✓" : "✗";
    const why =
      item.outcome === "ok"
        ? "正常"
        : item.outcome === "missing"
          ? item.version === ""
            ? "暂不支持"
            : `当前 Excel 不支持（需要 ExcelApi ${item.version}）`
          : `出错：${item.detail ?? ""}`;
    lines.push(`${mark} ${item.label}：${why}`);
  }
  return lines.join("\n");
}
