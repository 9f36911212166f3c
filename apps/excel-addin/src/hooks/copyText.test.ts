import { describe, expect, it } from "vitest";
import { copyText, type Clipboards } from "./copyText.js";

/** Clipboards that record what reached them; `refuse` names the ways that fail. */
function clipboards(refuse: { api?: boolean; exec?: "false" | "throw"; noApi?: boolean } = {}) {
  const copied: string[] = [];
  const via: Clipboards = {
    ...(refuse.noApi
      ? {}
      : {
          writeText: (text: string) => {
            if (refuse.api)
              return Promise.reject(
                Object.assign(new Error("The Clipboard API has been blocked"), {
                  name: "NotAllowedError",
                }),
              );
            copied.push(`api:${text}`);
            return Promise.resolve();
          },
        }),
    execCopy: (text) => {
      if (refuse.exec === "throw") throw new Error("execCommand is not allowed");
      if (refuse.exec === "false") return false;
      copied.push(`exec:${text}`);
      return true;
    },
  };
  return { via, copied };
}

describe("copyText()", () => {
  it("copies through the Clipboard API when the program allows it", async () => {
    const { via, copied } = clipboards();
    await copyText("全县签约项目12个", { program: "Excel", via });
    expect(copied).toEqual(["api:全县签约项目12个"]);
  });

  it("falls back to the textarea copy when the Clipboard API is refused or missing", async () => {
    const refused = clipboards({ api: true });
    await copyText("报告", { program: "Excel", via: refused.via });
    expect(refused.copied).toEqual(["exec:报告"]);
    const missing = clipboards({ noApi: true });
    await copyText("报告", { program: "WPS 表格", via: missing.via });
    expect(missing.copied).toEqual(["exec:报告"]);
  });

  it("says in Chinese to select the text and press Ctrl+C when both are refused", async () => {
    for (const exec of ["false", "throw"] as const) {
      const { via } = clipboards({ api: true, exec });
      const error = await copyText("报告", { program: "Excel", via }).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: "clipboard_blocked",
        title: "无法复制到剪贴板",
        message: "无法复制到剪贴板",
        action: "Excel 不允许窗格写入剪贴板。请在窗格中选中这段文字，按 Ctrl+C 复制。",
      });
      expect((error as Error).cause).toMatchObject({ name: "NotAllowedError" });
    }
  });
});
