import { describe, expect, it } from "vitest";
import { copyToClipboard, type Clipboards } from "./copyToClipboard.js";

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

describe("copyToClipboard()", () => {
  it("copies through the Clipboard API when the page may use it", async () => {
    const { via, copied } = clipboards();
    expect(await copyToClipboard("全县签约项目12个", via)).toEqual({ ok: true });
    expect(copied).toEqual(["api:全县签约项目12个"]);
  });

  it("falls back to the textarea copy when the Clipboard API is refused or missing", async () => {
    const refused = clipboards({ api: true });
    expect(await copyToClipboard("报告", refused.via)).toEqual({ ok: true });
    expect(refused.copied).toEqual(["exec:报告"]);
    const missing = clipboards({ noApi: true });
    expect(await copyToClipboard("报告", missing.via)).toEqual({ ok: true });
    expect(missing.copied).toEqual(["exec:报告"]);
  });

  it("gives back the first refusal when both ways are refused, copying nothing", async () => {
    for (const exec of ["false", "throw"] as const) {
      const { via, copied } = clipboards({ api: true, exec });
      const result = await copyToClipboard("报告", via);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.refusal).toMatchObject({ name: "NotAllowedError" });
      expect(copied).toEqual([]);
    }
    const { via } = clipboards({ noApi: true, exec: "throw" });
    const result = await copyToClipboard("报告", via);
    expect(!result.ok && result.refusal).toMatchObject({ message: "execCommand is not allowed" });
  });
});
