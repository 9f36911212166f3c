import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { DEFAULT_SETTINGS, type Settings } from "@zsyz/indicators";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SettingsEditor } from "./SettingsEditor.js";

afterEach(cleanup);

const HOW = "请写 1 到 6 个互不相同的整数金额（万元），用顿号分隔，如“1000、10000、100000”。";

function renderEditor(settings: Settings = DEFAULT_SETTINGS) {
  const onSave = vi.fn<(s: Settings) => void>();
  render(
    <FluentProvider theme={webLightTheme}>
      <SettingsEditor
        settings={settings}
        loadErrors={[]}
        disabled={false}
        onSave={onSave}
        storageHint="保存在本工作簿中。"
        savedNotice={null}
        sheetNotice={() => null}
      />
    </FluentProvider>,
  );
  const save = screen.getByRole("button", { name: "保存设置" });
  return { onSave, save };
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

// The Fluent field around an input, where its message is shown.
const fieldOf = (label: string): HTMLElement => {
  const field = screen.getByLabelText(label).closest<HTMLElement>(".fui-Field");
  if (!field) throw new Error(`no field around ${label}`);
  return field;
};

describe("SettingsEditor: 签约金额分档", () => {
  it("says under the field what parseSettings would say of a word that is no amount, and does not save", () => {
    const { onSave, save } = renderEditor();
    type("签约金额分档（万元）", "5000、一亿");
    within(fieldOf("签约金额分档（万元）")).getByText(
      `「签约金额分档」中的“一亿”不是 1 到 100000000 之间的整数。${HOW}`,
    );
    expect(save).toHaveProperty("disabled", true);
    fireEvent.click(save);
    expect(onSave).not.toHaveBeenCalled();
  });

  it("refuses a band written twice and a seventh band, before saving", () => {
    const { onSave, save } = renderEditor();
    type("签约金额分档（万元）", "5000，5000");
    within(fieldOf("签约金额分档（万元）")).getByText(
      `「签约金额分档」中的“5000”写了不止一次。${HOW}`,
    );
    type("签约金额分档（万元）", "1 2 3 4 5 6 7");
    within(fieldOf("签约金额分档（万元）")).getByText(`「签约金额分档」有 7 档，最多 6 档。${HOW}`);
    fireEvent.click(save);
    expect(onSave).not.toHaveBeenCalled();
  });

  it("saves the bands once they are right, ascending", () => {
    const { onSave, save } = renderEditor();
    type("签约金额分档（万元）", "10000、5000");
    expect(within(fieldOf("签约金额分档（万元）")).queryByText(/「签约金额分档」/)).toBeNull();
    fireEvent.click(save);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0].sizeBands).toEqual([5000, 10000]);
  });
});

describe("SettingsEditor: other fields in parseSettings' words", () => {
  it("refuses an empty 本县称谓 and 7 decimals, each under its field", () => {
    const { onSave, save } = renderEditor();
    type("本县称谓", " ");
    type("百分比小数位", "7");
    within(fieldOf("本县称谓")).getByText("「本县称谓」不能为空，如“全县”。");
    within(fieldOf("百分比小数位")).getByText("「百分比小数位」应为 0 到 6 之间的整数，如“2”。");
    // Said once, under the field, not listed again under the forms.
    expect(screen.getAllByText("「本县称谓」不能为空，如“全县”。")).toHaveLength(1);
    fireEvent.click(save);
    expect(onSave).not.toHaveBeenCalled();
  });

  it("refuses an emptied 百分比小数位 or 亿元小数位 rather than saving 0", () => {
    const { onSave, save } = renderEditor();
    type("百分比小数位", "");
    within(fieldOf("百分比小数位")).getByText("「百分比小数位」应为 0 到 6 之间的整数，如“2”。");
    expect(save).toHaveProperty("disabled", true);
    fireEvent.click(save);
    type("百分比小数位", "1");
    type("亿元小数位", " ");
    within(fieldOf("亿元小数位")).getByText("「亿元小数位」应为 0 到 6 之间的整数，如“2”。");
    fireEvent.click(save);
    expect(onSave).not.toHaveBeenCalled();
    type("亿元小数位", "3");
    fireEvent.click(save);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0].rounding).toMatchObject({ percentDecimals: 1, yiDecimals: 3 });
  });

  it("refuses a negative 起点 of 统计口径 and no sign type at all", () => {
    const { onSave, save } = renderEditor();
    type("新签项目签约资金起点（万元）", "-1");
    within(fieldOf("新签项目签约资金起点（万元）")).getByText(
      "「统计口径」的「新签项目签约资金起点」应为不小于 0 的数（万元），如“500”；不设起点请留空。",
    );
    type("新签项目签约资金起点（万元）", "");
    const policy = within(screen.getByRole("group", { name: "统计口径" }));
    fireEvent.click(policy.getByLabelText("合同"));
    fireEvent.click(policy.getByLabelText("协议"));
    screen.getByText("「统计口径」的「计为签约的签约类型」至少要选一种，如“合同”。");
    fireEvent.click(save);
    expect(onSave).not.toHaveBeenCalled();
  });

  it("refuses a 达标线 that is no number, naming the row", () => {
    const { onSave, save } = renderEditor();
    fireEvent.click(screen.getByRole("button", { name: "添加达标要求" }));
    type("第1条达标要求的达标线", "一半");
    screen.getByText("「达标要求」第1条的「达标线」应为数字（比率写百分数，50 即 50%），如“50”。");
    fireEvent.click(save);
    expect(onSave).not.toHaveBeenCalled();
  });

  it("checks a custom indicator's formula against the bands as typed", () => {
    const { onSave, save } = renderEditor({
      ...DEFAULT_SETTINGS,
      customIndicators: [
        { key: "custom_1", name: "五千万项目", expression: "5000万元以上项目数 * 1" },
      ],
    });
    const formula = "自定义指标1的公式";
    within(fieldOf(formula)).getByText(/^「自定义指标」「五千万项目」的「公式」：/);
    fireEvent.click(save);
    expect(onSave).not.toHaveBeenCalled();
    type("签约金额分档（万元）", "5000");
    within(fieldOf(formula)).getByText("公式可以使用。");
    fireEvent.click(save);
    expect(onSave.mock.calls[0]?.[0].customIndicators[0]?.name).toBe("五千万项目");
  });
});
