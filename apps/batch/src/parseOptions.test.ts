import { describe, expect, it } from "vitest";
import { parseAsOf, parseOptions } from "./parseOptions.js";
import { UsageError } from "./UsageError.js";

describe("parseAsOf()", () => {
  it.each([
    ["2024-09-30", "2024-09-30"],
    ["2024/9/30", "2024-09-30"],
    ["2024.9.30", "2024-09-30"],
    ["2024年9月30日", "2024-09-30"],
    ["20240930", "2024-09-30"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseAsOf(text)).toBe(iso);
  });

  it.each(["2024-09", "9月30日", "2024-02-30", "明天", ""])(
    "refuses %j with a Chinese message",
    (text) => {
      expect(() => parseAsOf(text)).toThrowError(UsageError);
      expect(() => parseAsOf(text)).toThrowError(/无法识别截至日期/);
    },
  );

  it("defaults to the last day of the month before today", () => {
    const now = new Date();
    const end = new Date(now.getFullYear(), now.getMonth(), 0);
    const pad = (n: number): string => String(n).padStart(2, "0");
    expect(parseAsOf(undefined)).toBe(
      `${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}`,
    );
  });
});

describe("parseOptions()", () => {
  it("turns an unknown option into a Chinese usage error", () => {
    expect(() => parseOptions(["--colour"], {}, "check")).toThrowError(
      "不认识的选项 --colour。运行 zsyz check --help 查看用法。",
    );
  });

  it("reports an option missing its value", () => {
    expect(() => parseOptions(["--json"], { json: { type: "string" } }, "check")).toThrowError(
      /--json 的用法不对/,
    );
  });
});
