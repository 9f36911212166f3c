import { describe, expect, it } from "vitest";
import { classifyProject } from "./classifyProject.js";
import { findDuplicates } from "./findDuplicates.js";
import type { LedgerIssue } from "./issues.js";
import { readLedger } from "./readLedger.js";
import type { LedgerRead } from "./result.js";
import { sampleLedgers } from "./samples.js";
import { briefWithSheet } from "./testkit.js";

const AS_OF = "2024-09-30";
const reads = new Map<string, LedgerRead>(
  sampleLedgers(2024).map((wb) => [wb.file, readLedger(wb, { asOf: AS_OF })]),
);
const read = (file: string): LedgerRead => {
  const r = reads.get(file);
  if (!r) throw new Error(`no sample ${file}`);
  return r;
};
const at = (issues: readonly LedgerIssue[], cell: string, code: string): LedgerIssue | undefined =>
  issues.find((i) => i.cell === cell && i.code === code);

describe("sampleLedgers()", () => {
  it("is deterministic", () => {
    expect(sampleLedgers(2024)).toEqual(sampleLedgers(2024));
  });

  it("gives six workbooks whose rows all balance", () => {
    expect(reads.size).toBe(6);
    for (const r of reads.values()) expect(r.rows.read).toBe(r.rows.records + r.rows.rejected);
  });

  describe("城关镇: tidy one-row header, a correct 合计 row, one amount in the wrong unit", () => {
    const r = read("城关镇招商引资项目台账.xlsx");

    it("reads 16 projects under the header on row 3, unit from the title", () => {
      expect(r.sheets[0]?.headerRows).toEqual([3, 3]);
      expect(r.rows).toEqual({ read: 16, records: 16, rejected: 0, skipped: 2 });
      expect(new Set(r.records.map((x) => `${x.unit}/${x.unitSource}`))).toEqual(
        new Set(["城关镇/title"]),
      );
    });

    it("reads its serial dates as dates", () => {
      expect(r.records.every((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.fields.sign_date ?? ""))).toBe(
        true,
      );
    });

    it("flags 2.6 among amounts in the tens of thousands of 万元 (2.6亿 typed as 万元), and what follows from it", () => {
      expect(at(r.issues, "J9", "money_magnitude")?.raw).toBe("2.6");
      expect(briefWithSheet(r.issues)).toMatchInlineSnapshot(`
        [
          "warning 项目台账!K9 arrived_exceeds_signed",
          "warning 项目台账!J9 money_magnitude",
        ]
      `);
    });
  });

  describe("河西乡: two-row merged header, text numbers, sections with 小计, a 合计 short by 1000", () => {
    const r = read("河西乡台账（9月）.xlsx");

    it("joins the two header rows", () => {
      expect(r.sheets[0]?.headerRows).toEqual([2, 3]);
      expect(r.sheets[0]?.columns.slice(6, 10).map((c) => c.key)).toEqual([
        "amt_signed",
        "amt_signed_outprov",
        "amt_arrived",
        "amt_arrived_cum",
      ]);
    });

    it("reads 12,000 and full-width １２０００ as 12000 万元", () => {
      expect(
        r.records
          .filter((x) => x.raw.amt_signed === "12,000" || x.raw.amt_signed === "１２０００")
          .map((x) => x.fields.amt_signed),
      ).toEqual([12000, 12000]);
    });

    it("skips its two headings, two 小计, the 合计 and the footer", () => {
      expect(r.rows).toEqual({ read: 12, records: 12, rejected: 0, skipped: 6 });
    });

    it("flags the 合计 row 1000 万元 short, and only it", () => {
      expect(at(r.issues, "G20", "totals_mismatch")?.message).toContain(
        "合计行 136624 万元，明细之和 137624 万元",
      );
      expect(briefWithSheet(r.issues)).toMatchInlineSnapshot(`
        [
          "warning Sheet1!M10 started_without_land",
          "warning Sheet1!G20 totals_mismatch",
        ]
      `);
    });
  });

  describe("东城街道: 亿元, dates in every form, approximate amounts, mixed units, audit risks", () => {
    const r = read("东城街道.xlsx");

    it("reads amounts in 亿元 into 万元", () => {
      expect(r.records[0]?.fields).toMatchObject({
        total_invest: 120000,
        amt_signed: 15000,
        amt_arrived: 8000,
      });
    });

    it("reads every date form to an ISO date", () => {
      expect(
        r.records
          .map((x) => x.fields.sign_date)
          .every((d) => d !== undefined && /^20\d\d-\d\d-\d\d$/.test(d)),
      ).toBe(true);
    });

    it("flags 约1.5 and 400多万元 as approximate, at 15000 and 400 万元", () => {
      expect(at(r.issues, "H4", "money_approximate")?.message).toContain("15000 万元");
      expect(at(r.issues, "H5", "money_approximate")?.message).toContain("400 万元");
    });

    it("flags 9月 as year assumed, a start before signing, and 开工 with '/' money", () => {
      expect(at(r.issues, "F6", "date_year_assumed")).toBeDefined();
      expect(at(r.issues, "K6", "start_before_sign")).toBeDefined();
      expect(at(r.issues, "I6", "started_without_funds")).toBeDefined();
    });

    it("flags 在建 with land 报批中", () => {
      expect(at(r.issues, "L4", "started_without_land")).toBeDefined();
    });

    it("understands 境外（港资） and 洽谈中, and rejects 口头约定", () => {
      expect(r.records[4]?.fields).toMatchObject({ fund_source: "境外", status: "在谈" });
      expect(at(r.issues, "E8", "enum_unparsed")?.raw).toBe("口头约定");
    });

    it("reads 待定 and — as empty money, never 0", () => {
      expect(r.records[4]?.fields.amt_arrived).toBeUndefined();
      expect(r.records[1]?.fields.amt_arrived).toBeUndefined();
    });

    it("raises exactly the planted issues", () => {
      expect(briefWithSheet(r.issues)).toMatchInlineSnapshot(`
        [
          "warning 9月台账!H4 money_approximate",
          "warning 9月台账!L4 started_without_land",
          "warning 9月台账!H5 money_approximate",
          "warning 9月台账!F6 date_year_assumed",
          "warning 9月台账!K6 start_before_sign",
          "warning 9月台账!I6 started_without_funds",
          "error 9月台账!E8 enum_unparsed",
        ]
      `);
    });
  });

  describe("经济开发区: a 填表说明 sheet, synonyms, another unit's row, a hidden row", () => {
    const r = read("经济开发区项目台账.xlsx");

    it("skips the 填表说明 sheet and reads the 台账 sheet", () => {
      expect(r.sheets.map((s) => s.sheet)).toEqual(["台账"]);
      expect(r.rows).toEqual({ read: 14, records: 14, rejected: 0, skipped: 2 });
    });

    it("maps every synonym header to a known column", () => {
      expect(r.sheets[0]?.columns.every((c) => c.key !== undefined)).toBe(true);
    });

    it("flags the 城关镇 row, the 省外 part over the whole, 累计 below 本年 and the hidden row", () => {
      expect(at(r.issues, "C9", "unit_mixed")?.raw).toBe("城关镇");
      expect(at(r.issues, "K11", "outprov_exceeds_total")).toBeDefined();
      expect(at(r.issues, "N11", "cumulative_below_year")).toBeDefined();
      expect(at(r.issues, "B14", "hidden_row")).toBeDefined();
    });

    it("raises exactly the planted issues (its 总计 adds up)", () => {
      expect(briefWithSheet(r.issues)).toMatchInlineSnapshot(`
        [
          "error 台账!K11 outprov_exceeds_total",
          "error 台账!N11 cumulative_below_year",
          "warning 台账!B14 hidden_row",
          "warning 台账!C9 unit_mixed",
        ]
      `);
    });
  });

  describe("北山镇: stalled, unfunded, formulas and an error cell", () => {
    const r = read("北山镇.xlsx");

    it("has no project signed this year (零签约): every project is carried over or not signed", () => {
      expect(r.records.map((x) => classifyProject(x.fields, AS_OF))).toEqual([
        "carried",
        "carried",
        "carried",
        "carried",
        "none",
      ]);
    });

    it("reads the formula with a cached value and flags the one without", () => {
      expect(r.records[3]?.fields.amt_arrived).toBe(1200);
      expect(at(r.issues, "H7", "formula_without_value")?.raw).toBe("=G8+800");
    });

    it("raises exactly the planted issues", () => {
      expect(briefWithSheet(r.issues)).toMatchInlineSnapshot(`
        [
          "warning 北山镇!I5 stalled_not_started",
          "warning 北山镇!G6 started_without_funds",
          "warning 北山镇!H7 formula_without_value",
          "error 北山镇!G8 cell_error",
        ]
      `);
    });
  });

  describe("南湖镇: header on row 5, no 投资方 column, an unknown column, a nameless row", () => {
    const r = read("05-南湖镇-9月.xlsx");

    it("finds the header on row 5 and the unit in the title", () => {
      expect(r.sheets[0]?.headerRows).toEqual([5, 5]);
      expect(r.records[0]).toMatchObject({ unit: "南湖镇", unitSource: "title" });
    });

    it("keeps the phone column in extra and the formula-like name as text", () => {
      expect(r.records[0]?.extra).toEqual({ 联系人电话: "13800001000" });
      expect(r.records[5]?.fields.name).toBe('=HYPERLINK("http://example.com","点我")');
    });

    it("rejects the nameless row and counts it as read", () => {
      expect(r.rows).toEqual({ read: 8, records: 7, rejected: 1, skipped: 1 });
    });

    it("raises exactly the planted issues", () => {
      expect(briefWithSheet(r.issues)).toMatchInlineSnapshot(`
        [
          "warning 统计表!C5 header_unknown_column",
          "error 统计表!A5 header_missing_column",
          "error 统计表!B12 row_without_name",
        ]
      `);
    });
  });

  it("has exactly one duplicate across the samples: 智能装备制造产业园, 城关镇 row 6 and 经济开发区 row 6", () => {
    const check = findDuplicates([...reads.values()].flatMap((r) => r.records));
    expect(check.issues.map((i) => `${i.severity} ${i.file}!${i.cell} ${i.code} ${i.raw}`))
      .toMatchInlineSnapshot(`
      [
        "error 经济开发区项目台账.xlsx!B6 duplicate_project 智能装备制造产业园 项目",
        "error 城关镇招商引资项目台账.xlsx!B6 duplicate_project 智能装备制造产业园项目",
      ]
    `);
    expect(check.deducted).toEqual(["经济开发区项目台账.xlsx|台账|6"]);
  });
});
