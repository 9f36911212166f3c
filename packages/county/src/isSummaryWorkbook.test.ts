import type { CellValue, GridSheet, GridWorkbook } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { isSummaryWorkbook } from "./isSummaryWorkbook.js";
import { readLedgerSource } from "./readLedgerSource.js";

const sheet = (name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>> = []): GridSheet => ({
  name,
  rows: rows.map((r) => r.map((value) => ({ value }))),
  merges: [],
});

// A township workbook that happens to name its sheets like ours: a ledger in 项目明细.
const LEDGER_ROWS = [
  ["甲镇2024年招商引资项目台账"],
  ["序号", "项目名称", "投资方", "签约类型", "签约时间", "签约资金（万元）", "项目状态"],
  [1, "光伏项目", "恒力公司", "合同", "2024-03-01", 5000, "在建"],
  [2, "冷链项目", "鲜达公司", "协议", "2024-04-01", 3000, "签约"],
];
const lookalike = (application?: string): GridWorkbook => ({
  file: "甲镇.xlsx",
  sheets: [sheet("指标汇总", [["说明：本镇自用"]]), sheet("项目明细", LEDGER_ROWS)],
  ...(application === undefined ? {} : { application }),
});

// Our summary's four sheets; 项目明细 ends with the provenance columns.
const ourSheets = (): GridSheet[] => [
  sheet("指标汇总", [["单位"]]),
  sheet("项目明细", [["项目名称", "签约资金（万元）", "来源文件", "工作表", "行"]]),
  sheet("问题清单", [["严重程度"]]),
  sheet("报告摘要", [["截至9月底……"]]),
];

describe("isSummaryWorkbook()", () => {
  it.each([["Microsoft Excel"], ["WPS 表格"], ["LibreOffice/7.4"]])(
    "reads a ledger with sheets named 指标汇总 and 项目明细, saved by %s, as a ledger",
    (application) => {
      expect(isSummaryWorkbook(lookalike(application))).toBe(false);
      const read = readLedgerSource(
        { file: "甲镇.xlsx", workbook: lookalike(application) },
        "2024-09-30",
      );
      expect("ledger" in read && read.ledger.records.map((r) => r.fields.name)).toEqual([
        "光伏项目",
        "冷链项目",
      ]);
    },
  );

  it("skips our summary: its docProps/app.xml names this tool", () => {
    const ours = { file: "县汇总.xlsx", sheets: ourSheets(), application: "招商台账助手 zsyz" };
    expect(isSummaryWorkbook(ours)).toBe(true);
    expect(readLedgerSource({ file: ours.file, workbook: ours }, "2024-09-30")).toEqual({
      file: "县汇总.xlsx",
      summaryWorkbook: true,
    });
  });

  it("takes a workbook of unknown origin (no docProps/app.xml) with 指标汇总 and 项目明细 for ours, as before", () => {
    expect(isSummaryWorkbook(lookalike())).toBe(true);
  });

  it("skips our summary saved again by Excel: four sheets and the provenance columns", () => {
    const resaved = { file: "县汇总.xlsx", sheets: ourSheets(), application: "Microsoft Excel" };
    expect(isSummaryWorkbook(resaved)).toBe(true);
  });

  it("does not take four sheets named like ours, without the provenance columns, for ours", () => {
    const sheets = ourSheets().map((s) =>
      s.name === "项目明细" ? sheet("项目明细", LEDGER_ROWS) : s,
    );
    expect(isSummaryWorkbook({ file: "甲镇.xlsx", sheets, application: "Microsoft Excel" })).toBe(
      false,
    );
  });

  it("reads a ledger our own writer made (zsyz sample) as a ledger: the application alone is not enough", () => {
    const sample = {
      file: "城关镇.xlsx",
      sheets: [sheet("台账", LEDGER_ROWS)],
      application: "招商台账助手 zsyz",
    };
    expect(isSummaryWorkbook(sample)).toBe(false);
  });
});
