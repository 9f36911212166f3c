import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBlankCell } from "./cellText.js";
import { LEDGER_FIELDS } from "./fields.js";
import { findDuplicates } from "./findDuplicates.js";
import type { CellValue, GridCell, GridSheet, GridWorkbook } from "./grid.js";
import { ISSUE_SEVERITY } from "./issues.js";
import { makeSheet } from "./makeSheet.js";
import { readLedger } from "./readLedger.js";
import type { LedgerRead } from "./result.js";
import { AS_OF, briefWithSheet, CLEAN, projectRows } from "./testkit.js";

const ledgerSheet = (name: string, options: { hidden?: boolean } = {}): GridSheet =>
  makeSheet(name, projectRows([CLEAN]), options);

describe("readLedger()", () => {
  it("skips a cover or 说明 sheet and reads the ledger sheet after it", () => {
    const guide = makeSheet("填表说明", [["填表说明"], ["1. 金额单位为万元。"]]);
    const read = readLedger(
      { file: "城关镇.xlsx", sheets: [guide, ledgerSheet("台账")] },
      { asOf: AS_OF },
    );
    expect(read.sheets.map((s) => s.sheet)).toEqual(["台账"]);
    expect(read.issues).toEqual([]);
  });

  it("reads every visible ledger sheet of a workbook", () => {
    const read = readLedger(
      { file: "城关镇.xlsx", sheets: [ledgerSheet("1-6月"), ledgerSheet("7-9月")] },
      { asOf: AS_OF },
    );
    expect(read.rows).toEqual({ read: 2, records: 2, rejected: 0, skipped: 0 });
  });

  it("leaves a hidden ledger sheet out beside a visible one, and says so", () => {
    const read = readLedger(
      {
        file: "城关镇.xlsx",
        sheets: [ledgerSheet("台账"), ledgerSheet("旧台账", { hidden: true })],
      },
      { asOf: AS_OF },
    );
    expect(read.rows.records).toBe(1);
    expect(briefWithSheet(read.issues)).toMatchInlineSnapshot(`
      [
        "warning 旧台账! hidden_sheet",
      ]
    `);
    expect(read.issues[0]?.message).toContain("1 个项目");
  });

  it("reads a hidden ledger sheet when it is the only ledger", () => {
    const read = readLedger(
      {
        file: "城关镇.xlsx",
        sheets: [makeSheet("封面", [["城关镇"]]), ledgerSheet("台账", { hidden: true })],
      },
      { asOf: AS_OF },
    );
    expect(read.rows.records).toBe(1);
    expect(read.issues).toEqual([]);
  });

  it("reports a workbook without sheets", () => {
    const read = readLedger({ file: "空.xlsx", sheets: [] }, { asOf: AS_OF });
    expect(read.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["no_ledger_sheet", "error", ""],
    ]);
    expect(read.issues[0]?.message).toContain("工作簿中没有工作表");
  });

  it("names the sheets it looked at when none is a ledger", () => {
    const read = readLedger(
      {
        file: "通知.xlsx",
        sheets: [makeSheet("通知", [["关于报送台账的通知"]]), makeSheet("Sheet2", [])],
      },
      { asOf: AS_OF },
    );
    expect(read.issues[0]?.message).toContain("“通知”、“Sheet2”");
  });
});

describe("readLedger() on arbitrary grids", () => {
  const headerWords = LEDGER_FIELDS.flatMap((f) => [f.header, ...f.synonyms]);
  const text = fc.oneof(
    fc.constantFrom(...headerWords),
    fc.constantFrom(...headerWords).map((h) => `${h}（亿元）`),
    fc.constantFrom(
      "合计",
      "小计",
      "总计",
      "填报人：王五",
      "审核人：",
      "一、续建项目",
      "（二）新签约项目",
      "单位：万元",
      "城关镇2024年招商引资项目台账",
      "到位资金",
      "本年",
      "累计",
      "其中：省外",
    ),
    fc.constantFrom(
      "约500",
      "400多万元",
      "1.2亿",
      "—",
      "/",
      "无",
      "待定",
      "9月",
      "2023.9.6",
      "202309",
      "境外（港资）",
      "在建",
      "合同",
      "报批中",
    ),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: "grapheme", maxLength: 6 }),
  );
  const value: fc.Arbitrary<CellValue> = fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 3, arbitrary: fc.double({ noNaN: false }) },
    { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
    { weight: 1, arbitrary: fc.date() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 3, arbitrary: fc.constant(null) },
  );
  const cell: fc.Arbitrary<GridCell | null | undefined> = fc.oneof(
    { weight: 10, arbitrary: value.map((v): GridCell => ({ value: v })) },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("#DIV/0!", "#REF!", "#N/A", "#VALUE!")
        .map((e): GridCell => ({ value: null, error: e })),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        value: fc.oneof(fc.constant(null), fc.integer()),
        formula: fc.constant("SUM(F3:F9)"),
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 18264, max: 73415 })
        .map((n): GridCell => ({ value: n, numFmt: "yyyy-mm-dd" })),
    },
  );
  // Mostly a header with 项目名称 somewhere, so most grids are read as ledgers.
  const header = fc
    .tuple(
      fc.shuffledSubarray(
        [
          "序号",
          "责任单位",
          "投资方",
          "签约类型",
          "签约时间",
          "签约资金（万元）",
          "本年到位资金",
          "累计到位资金",
          "项目状态",
          "开工时间",
          "土地手续",
          "新签/续建",
          "外资",
        ],
        { minLength: 2 },
      ),
      fc.nat(),
      fc.nat({ max: 5 }),
    )
    .map(([others, at, withName]) =>
      withName > 0 ? others.toSpliced(at % (others.length + 1), 0, "项目名称") : others,
    );
  const sheet: fc.Arbitrary<GridSheet> = fc
    .record({
      name: fc.constantFrom("台账", "Sheet1", "说明", "9月"),
      header: fc.option(header, { nil: undefined, freq: 6 }),
      headerAt: fc.nat({ max: 4 }),
      rows: fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 18 }),
      merges: fc.array(
        fc.record({
          top: fc.nat({ max: 20 }),
          left: fc.nat({ max: 16 }),
          height: fc.nat({ max: 3 }),
          width: fc.nat({ max: 5 }),
        }),
        { maxLength: 5 },
      ),
      hidden: fc.boolean(),
      hiddenRows: fc.array(fc.nat({ max: 25 }), { maxLength: 3 }),
    })
    .map(({ name, header: h, headerAt, rows, merges, hidden, hiddenRows }) => {
      const all = [...rows];
      if (h)
        all.splice(
          Math.min(headerAt, all.length),
          0,
          h.map((t): GridCell => ({ value: t })),
        );
      const out: GridSheet = {
        name,
        rows: all,
        merges: merges.map((m) => ({
          top: m.top,
          left: m.left,
          bottom: m.top + m.height,
          right: m.left + m.width,
        })),
        hiddenRows,
      };
      if (hidden) out.hidden = true;
      return out;
    });
  const workbook: fc.Arbitrary<GridWorkbook> = fc.record({
    file: fc.constantFrom(
      "城关镇.xlsx",
      "05-南湖镇-9月.xlsx",
      "台账.xlsx",
      "D:\\报表\\河西乡台账（9月）.xlsx",
    ),
    sheets: fc.oneof(
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: 9, arbitrary: fc.array(sheet, { minLength: 1, maxLength: 3 }) },
    ),
  });

  /** Every non-blank row below a sheet's header is a record, a rejected row or a skipped one. */
  const nonBlankBelowHeader = (wb: GridWorkbook, read: LedgerRead): number =>
    read.sheets.reduce((n, s) => {
      const rows = wb.sheets.find((g) => g.name === s.sheet)?.rows ?? [];
      return (
        n +
        rows.slice(s.headerRows[1]).filter((row) => (row ?? []).some((c) => !isBlankCell(c))).length
      );
    }, 0);

  it("reads a ledger from most generated workbooks, so the properties below are not vacuous", () => {
    const reads = fc
      .sample(workbook, { numRuns: 300, seed: 42 })
      .map((wb) => readLedger(wb, { asOf: AS_OF }));
    expect(reads.filter((r) => r.rows.records > 0).length).toBeGreaterThan(100);
    expect(reads.filter((r) => r.rows.rejected > 0).length).toBeGreaterThan(20);
    expect(reads.filter((r) => r.rows.skipped > 0).length).toBeGreaterThan(20);
  });

  it("never throws, and read = records + rejected, always", () => {
    fc.assert(
      fc.property(workbook, (wb) => {
        const read = readLedger(wb, { asOf: AS_OF });
        expect(read.rows.read).toBe(read.rows.records + read.rows.rejected);
        expect(read.rows.records).toBe(read.records.length);
        for (const s of read.sheets) expect(s.rows.read).toBe(s.rows.records + s.rows.rejected);
      }),
      { numRuns: 200 },
    );
  });

  it("accounts for every non-blank row below the header: record, rejected with an issue, or skipped", () => {
    fc.assert(
      fc.property(
        workbook.filter((wb) => new Set(wb.sheets.map((s) => s.name)).size === wb.sheets.length),
        (wb) => {
          const read = readLedger(wb, { asOf: AS_OF });
          expect(read.rows.records + read.rows.rejected + read.rows.skipped).toBe(
            nonBlankBelowHeader(wb, read),
          );
          expect(read.issues.filter((i) => i.code === "row_without_name")).toHaveLength(
            read.rows.rejected,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("writes every issue with a known code and its severity, a Chinese message, and an A1 cell or '' for the file", () => {
    fc.assert(
      fc.property(workbook, (wb) => {
        for (const issue of readLedger(wb, { asOf: AS_OF }).issues) {
          expect(ISSUE_SEVERITY[issue.code]).toBe(issue.severity);
          expect(issue.message).toMatch(/\p{Script=Han}/u);
          expect(issue.message).not.toMatch(/undefined|NaN|\[object/);
          expect(issue.cell).toMatch(/^([A-Z]{1,3}[1-9]\d*)?$/);
          expect(issue.file).toBe(wb.file);
          if (issue.row !== undefined)
            expect(issue.cell.replace(/^[A-Z]+/, "")).toBe(String(issue.row));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every parsed amount finite and every parsed date a real ISO date", () => {
    fc.assert(
      fc.property(workbook, (wb) => {
        for (const r of readLedger(wb, { asOf: AS_OF }).records) {
          for (const [key, v] of Object.entries(r.fields)) {
            if (typeof v === "number") expect([key, Number.isFinite(v)]).toEqual([key, true]);
            if (key.endsWith("_date") && v !== undefined) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never makes findDuplicates throw, and holds back only records it was given", () => {
    fc.assert(
      fc.property(fc.array(workbook, { maxLength: 3 }), (wbs) => {
        const records = wbs.flatMap((wb) => readLedger(wb, { asOf: AS_OF }).records);
        const check = findDuplicates(records);
        const ids = new Set(records.map((r) => r.id));
        for (const id of check.heldBack) expect(ids.has(id)).toBe(true);
        expect(check.issues.length).toBeGreaterThanOrEqual(check.heldBack.length);
      }),
      { numRuns: 100 },
    );
  });
});
