import { describe, expect, it } from "vitest";
import { FakeEtError } from "../../testing/wpsFake/FakeEt.js";
import { AddinError } from "../office/AddinError.js";
import { toWpsError } from "./toWpsError.js";

describe("toWpsError()", () => {
  it.each([
    [new FakeEtError(9, "下标越界"), "item_not_found", "找不到要操作的工作表或单元格"],
    [
      new FakeEtError(1004, "您试图更改的单元格或图表在受保护的工作表中"),
      "sheet_protected",
      "工作表受保护，无法修改",
    ],
    [new FakeEtError(1004, "工作表受保护"), "sheet_protected", "工作表受保护，无法修改"],
    [new FakeEtError(438, "对象不支持该属性或方法"), "not_in_wps", "WPS 版暂不支持这项功能"],
    [new FakeEtError(-2147418111, "被呼叫方拒绝接收呼叫。"), "edit_mode", "WPS 表格正在编辑单元格"],
    [new Error("单元格处于编辑状态"), "edit_mode", "WPS 表格正在编辑单元格"],
    [
      new FakeEtError(1004, "Range 类的 Select 方法无效"),
      "invalid_operation",
      "WPS 表格拒绝了这项操作",
    ],
    [new FakeEtError(13, "类型不匹配"), "invalid_argument", "WPS 表格不接受写入的内容"],
  ])("reads %s as %s, titled as the pane shows it", (thrown, code, title) => {
    const error = toWpsError(thrown);
    expect(error).toMatchObject({ code, title });
    expect(error.cause).toBe(thrown);
  });

  it("names WPS 表格, not Excel, in what the user should do, and keeps the WPS number in the details", () => {
    const error = toWpsError(new FakeEtError(1004, "无法设置 Range 类的 Merge 属性"));
    expect(error.action).toBe(
      "请关闭 WPS 表格中打开的对话框，取消筛选，检查是否与合并单元格或其他表格重叠，然后重试。",
    );
    expect(error.officeCode).toBe("WPS 错误 1004");
    expect(error.message).toBe("无法设置 Range 类的 Merge 属性");
  });

  it("keeps a number it does not know as unknown, and a plain JS error as ours (internal)", () => {
    expect(toWpsError(new FakeEtError(91, "对象变量未设置")).code).toBe("unknown");
    expect(toWpsError(new TypeError("x is not a function")).code).toBe("internal");
    // A bug's message is not read as WPS's words.
    expect(
      toWpsError(new TypeError("Cannot read properties of undefined (reading 'Protected')")).code,
    ).toBe("internal");
  });

  it("passes the add-in's own errors through unchanged", () => {
    const own = new AddinError("sheet_protected", { detail: "工作表“台账”受保护" });
    expect(toWpsError(own)).toBe(own);
  });
});
