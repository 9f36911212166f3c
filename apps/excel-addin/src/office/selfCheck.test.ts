import { describe, expect, it } from "vitest";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { detectCapabilities } from "./capabilities.js";
import { formatSelfCheck, runSelfCheck } from "./selfCheck.js";

describe("runSelfCheck()", () => {
  it("tries every capability on a current Excel and leaves the workbook as it was", async () => {
    const fake = new FakeExcel({ platform: "windows" });
    const report = await runSelfCheck(fake, detectCapabilities(fake));
    expect(report.items.map((i) => i.outcome)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    expect(report).toMatchObject({ platform: "PC", excelApi: "1.18" });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fake.state.activeSheet).toBe("Sheet1");
    expect(fake.state.calculationStale).toBe(false);
  });

  it("says which capabilities Excel 2019 (ExcelApi 1.7) lacks instead of trying them", async () => {
    const fake = new FakeExcel({ apiMinor: 7 });
    const report = await runSelfCheck(fake, detectCapabilities(fake));
    expect(report.excelApi).toBe("1.7");
    expect(report.items.map((i) => [i.version, i.outcome])).toEqual([
      ["1.7", "ok"],
      ["1.8", "missing"],
      ["1.9", "missing"],
      ["1.13", "missing"],
      ["1.18", "missing"],
    ]);
  });

  it("reports a capability Excel refuses, and still removes the scratch sheet", async () => {
    const fake = new FakeExcel();
    // Syncs: 1 names, 2 add scratch, 3–4 the base probe, 5 the dropdown probe.
    fake.failSyncNumber = 5;
    const report = await runSelfCheck(fake, detectCapabilities(fake));
    expect(report.items[1]).toMatchObject({
      outcome: "failed",
      detail: expect.stringContaining("GeneralException"),
    });
    expect(report.items.filter((i) => i.outcome === "ok")).toHaveLength(4);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("formatSelfCheck()", () => {
  it("writes one line for the Excel and one per capability", () => {
    const text = formatSelfCheck(
      {
        program: "Excel",
        platform: "OfficeOnline",
        version: "16.0.1",
        excelApi: "1.8",
        items: [
          { label: "读写单元格", version: "1.7", outcome: "ok" },
          { label: "单元格批注", version: "1.18", outcome: "missing" },
          { label: "下拉列表", version: "1.8", outcome: "failed", detail: "工作表受保护" },
        ],
      },
      "2024-10-08 09:30",
    );
    expect(text).toBe(
      [
        "招商台账 自检报告（2024-10-08 09:30）",
        "Excel：网页版，版本 16.0.1，支持 ExcelApi 1.1–1.8",
        "✓ 读写单元格：正常",
        "✗ 单元格批注：当前 Excel 不支持（需要 ExcelApi 1.18）",
        "✗ 下拉列表：出错：工作表受保护",
      ].join("\n"),
    );
  });
});
