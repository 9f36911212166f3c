/** The optional parts of a write that some WPS builds lack, and how the pane names each. */
const PART_TEXT = {
  rules: "没有设置条件格式（完成率等红绿标色）",
  page: "没有设置页面（A4 横向、按页宽缩放、打印标题）",
  chart: "没有插入图表",
  filter: "没有设置筛选按钮",
  oldRules: "的旧条件格式没有删除",
  oldCharts: "的旧图表没有删除",
  table: "没有做成表格（筛选按钮、自动扩展），数据照常可填",
  lists: "没有设置下拉列表，可直接输入",
} as const;

/** An optional part of a write. */
export type Part = keyof typeof PART_TEXT;

/**
 * Runs the optional parts of a write (conditional formats, page setup, a chart, filter buttons, a table,
 * dropdowns) that some WPS builds lack: when WPS refuses one, the rest of the write goes on and
 * the refusal is kept, to be told in the pane as one line per part naming every sheet it missed
 * («「指标汇总」「项目明细」没有设置页面（…）（WPS：对象不支持该属性或方法）») rather than failing
 * the whole button.
 */
export class PartNotes {
  private readonly missed = new Map<Part, { sheets: string[]; reason: string }>();

  /** Runs `part` for `sheet`; a throw is recorded against the part, not raised. */
  try(part: Part, sheet: string, run: () => void): void {
    try {
      run();
    } catch (e) {
      const entry = this.missed.get(part) ?? { sheets: [], reason: "" };
      if (!entry.sheets.includes(sheet)) entry.sheets.push(sheet);
      if (!entry.reason && e instanceof Error && e.message) entry.reason = e.message;
      this.missed.set(part, entry);
    }
  }

  /** One Chinese line per part that was refused, in the order they were met; empty if none. */
  lines(): string[] {
    return [...this.missed].map(
      ([part, { sheets, reason }]) =>
        `${sheets.map((s) => `「${s}」`).join("")}${PART_TEXT[part]}${reason ? `（WPS：${reason}）` : ""}`,
    );
  }
}
