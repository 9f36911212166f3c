import { describe, expect, it } from "vitest";
import { decideBaseUrl } from "./productionBaseUrl.js";

describe("decideBaseUrl()", () => {
  it("refuses the placeholder host of the default configuration", () => {
    expect(decideBaseUrl("https://zsyz.example.gov.cn/excel-addin/")).toMatchObject({
      kind: "refuse",
      message: expect.stringContaining("示例地址"),
    });
  });

  it("refuses an http:// address, which Excel will not load", () => {
    expect(decideBaseUrl("http://10.0.0.5/excel-addin/").kind).toBe("refuse");
  });

  it("writes no manifest when no address is given, and says how to get one", () => {
    expect(decideBaseUrl(undefined)).toMatchObject({
      kind: "none",
      notice: expect.stringContaining("ZSYZ_ADDIN_BASE_URL"),
    });
  });

  it("takes an intranet HTTPS address, adding the final slash", () => {
    expect(decideBaseUrl("https://zsyz.lintong.gov.cn/excel-addin")).toEqual({
      kind: "manifest",
      baseUrl: "https://zsyz.lintong.gov.cn/excel-addin/",
    });
  });
});
