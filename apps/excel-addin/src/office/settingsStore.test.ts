import { DEFAULT_SETTINGS } from "@zsyz/indicators";
import { describe, expect, it } from "vitest";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { toAddinError } from "./AddinError.js";
import {
  insertTextAtSelection,
  readWorkbookSettings,
  SETTINGS_KEY,
  writeWorkbookSettings,
} from "./settingsStore.js";

describe("workbook settings", () => {
  it("reads the defaults from a workbook without settings", async () => {
    expect(await readWorkbookSettings(new FakeExcel())).toEqual({
      settings: DEFAULT_SETTINGS,
      errors: [],
    });
  });

  it("keeps settings in the workbook's document settings and reads them back", async () => {
    const fake = new FakeExcel();
    const mine = { ...DEFAULT_SETTINGS, displayUnit: "万元" as const, countyName: "全区" };
    await writeWorkbookSettings(fake, mine);
    expect(typeof fake.state.settings.get(SETTINGS_KEY)).toBe("string");
    expect((await readWorkbookSettings(fake)).settings).toEqual(mine);
  });

  it("falls back to the defaults with Chinese errors when the stored settings are damaged", async () => {
    const fake = new FakeExcel();
    fake.state.settings.set(SETTINGS_KEY, '{"version":1,"displayUnit":"元"}');
    const read = await readWorkbookSettings(fake);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.errors.map((e) => e.message)).toEqual(["「金额显示单位」应为“万元”或“亿元”。"]);
  });
});

describe("insertTextAtSelection()", () => {
  it("writes the paragraph as text into the selected cell", async () => {
    const fake = new FakeExcel();
    fake.state.selection = { sheet: "Sheet1", address: "C3:D4" };
    const address = await insertTextAtSelection(fake, "=截至9月底，全县…");
    expect(address).toBe("Sheet1!C3");
    expect(fake.cell("Sheet1", "C3")).toEqual({ value: "=截至9月底，全县…", numberFormat: "@" });
  });

  it("asks for one cell, in Chinese, when the selection is several areas", async () => {
    const fake = new FakeExcel();
    fake.state.selection = { sheet: "Sheet1", address: "A1:B2,D4" };
    const thrown = await insertTextAtSelection(fake, "全县签约资金").catch((e: unknown) => e);
    expect(toAddinError(thrown)).toMatchObject({
      code: "no_cell_selected",
      title: "没有选中可写入的单元格",
      action:
        "请在工作表中只点一下要写入的那个单元格（不要选中多块区域、图表或图片），再点一次按钮。",
    });
    expect(fake.cell("Sheet1", "A1")).toBeUndefined();
  });
});
