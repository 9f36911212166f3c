import type { Clipboards } from "@zsyz/settings-ui";
import { describe, expect, it } from "vitest";
import { copyText } from "./copyText.js";

describe("copyText()", () => {
  it("copies the text when the program allows it", async () => {
    const copied: string[] = [];
    const via: Clipboards = { execCopy: (text) => copied.push(text) > 0 };
    await copyText("全县签约项目12个", { program: "WPS 表格", via });
    expect(copied).toEqual(["全县签约项目12个"]);
  });

  it("says in Chinese to select the text and press Ctrl+C when the program refuses", async () => {
    const blocked = Object.assign(new Error("The Clipboard API has been blocked"), {
      name: "NotAllowedError",
    });
    const via: Clipboards = { writeText: () => Promise.reject(blocked), execCopy: () => false };
    const error = await copyText("报告", { program: "Excel", via }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "clipboard_blocked",
      title: "无法复制到剪贴板",
      message: "无法复制到剪贴板",
      action: "Excel 不允许窗格写入剪贴板。请在窗格中选中这段文字，按 Ctrl+C 复制。",
    });
    expect((error as Error).cause).toBe(blocked);
  });
});
