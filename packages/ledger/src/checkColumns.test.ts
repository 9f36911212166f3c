import { describe, expect, it } from "vitest";
import {
  brief,
  CLEAN,
  projectRows,
  readProjects,
  readRows,
  type Project,
  type Row,
} from "./testkit.js";

// CLEAN's columns: F 签约资金, G 本年到位资金. Projects from row 3.
// Signed but not started, so an amount of 0 arrived raises nothing of its own.
const p = (n: number, signed: number, arrived: number): Project => ({
  ...CLEAN,
  序号: n,
  项目名称: `项目${"甲乙丙丁戊己庚辛"[n - 1] ?? n}`,
  投资方: `投资方${n}`,
  签约资金: signed,
  本年到位资金: arrived,
  项目状态: "签约",
  开工时间: undefined,
});
const totals = (
  label: string,
  signed: number | string | undefined,
  arrived?: number | string,
): Row => [label, undefined, undefined, undefined, undefined, signed, arrived];

describe("checkColumns(): totals rows", () => {
  it("raises nothing on a 合计 row that adds up", () => {
    expect(
      readProjects([p(1, 5000, 1000), p(2, 3000, 500)], [totals("合计", 8000, 1500)]).issues,
    ).toEqual([]);
  });

  it("warns at each cell of a 合计 row that does not add up", () => {
    const read = readProjects([p(1, 5000, 1000), p(2, 3000, 500)], [totals("合计", 9000, 1600)]);
    expect(brief(read.issues)).toMatchInlineSnapshot(`
      [
        "warning F5 totals_mismatch",
        "warning G5 totals_mismatch",
      ]
    `);
    expect(read.issues[0]?.message).toContain("合计行 9000 万元，明细之和 8000 万元");
    expect(read.issues[0]?.raw).toBe("9000");
  });

  it("adds decimals exactly: 0.1 + 0.2 is a 合计 of 0.3", () => {
    expect(readProjects([p(1, 0.1, 0), p(2, 0.2, 0)], [totals("合计", 0.3)]).issues).toEqual([]);
  });

  it("reads the 合计 row in the column's unit: 1.2 亿元 over 0.5 + 0.7 亿元", () => {
    const rows = projectRows([p(1, 0.5, 0.1), p(2, 0.7, 0.2)], [totals("总计", 1.2, 0.3)]);
    const header = rows[1]!.map((h) =>
      h === "签约资金" || h === "本年到位资金" ? `${String(h)}（亿元）` : h,
    );
    expect(readRows([rows[0]!, header, ...rows.slice(2)]).issues).toEqual([]);
  });

  it("forgives a 合计 rounded for display (under 0.01 万元)", () => {
    expect(
      readProjects([p(1, 1000.004, 0), p(2, 2000.003, 0)], [totals("合计", 3000.01)]).issues,
    ).toEqual([]);
  });

  it("ignores an empty 合计 cell", () => {
    expect(readProjects([p(1, 5000, 1000)], [totals("合计", undefined, 1000)]).issues).toEqual([]);
  });

  it("checks each 小计 against its own section, and 合计 against all rows", () => {
    const read = readRows([
      ...projectRows([p(1, 5000, 1000)]).slice(0, 2),
      ["一、新签约项目"],
      ...projectRows([p(1, 5000, 1000), p(2, 3000, 500)]).slice(2),
      totals("小计", 8000, 1500),
      ["二、续建项目"],
      ...projectRows([p(3, 2000, 400)]).slice(2),
      totals("小计", 2500, 400),
      totals("合计", 10000, 1900),
    ]);
    expect(brief(read.issues)).toMatchInlineSnapshot(`
      [
        "warning F9 totals_mismatch",
      ]
    `);
    expect(read.issues[0]?.message).toContain("明细之和 2000 万元");
  });

  it("checks a 小计 placed at the top of its section against the rows below it", () => {
    const read = readRows([
      ...projectRows([p(1, 5000, 1000)]).slice(0, 2),
      ["一、新签约项目"],
      totals("小计", 8000, 1500),
      ...projectRows([p(1, 5000, 1000), p(2, 3000, 500)]).slice(2),
      ["二、续建项目"],
      totals("小计", 2500, 400),
      ...projectRows([p(3, 2000, 400)]).slice(2),
      totals("合计", 10000, 1900),
    ]);
    expect(brief(read.issues)).toEqual(["warning F8 totals_mismatch"]);
  });

  it("counts an amount merged down over two projects once, not once per row", () => {
    const read = readRows(
      projectRows(
        [p(1, 5000, 1000), { ...p(2, 0, 500), 签约资金: undefined }],
        [totals("合计", 5000, 1500)],
      ),
      { merges: ["F3:F4"] },
    );
    expect(read.records.map((r) => r.fields.amt_signed)).toEqual([5000, undefined]);
    expect(read.issues.filter((i) => i.code === "totals_mismatch")).toEqual([]);
  });

  it("leaves rejected (nameless) rows out of the sum", () => {
    const read = readProjects(
      [p(1, 5000, 1000), { ...p(2, 3000, 500), 项目名称: undefined }],
      [totals("合计", 5000, 1000)],
    );
    expect(brief(read.issues)).toEqual(["error B4 row_without_name"]);
  });

  it("raises nothing on a correct 合计 row placed above the projects, as many ledgers do", () => {
    const [title, header, ...projects] = projectRows([p(1, 5000, 1000), p(2, 3000, 500)]);
    expect(readRows([title!, header!, totals("合计", 8000, 1500), ...projects]).issues).toEqual([]);
  });

  it("warns about a wrong 合计 row placed above the projects", () => {
    const [title, header, ...projects] = projectRows([p(1, 5000, 1000), p(2, 3000, 500)]);
    expect(
      brief(readRows([title!, header!, totals("合计", 8000, 1000), ...projects]).issues),
    ).toEqual(["warning G3 totals_mismatch"]);
  });
});

describe("checkColumns(): magnitudes", () => {
  it("warns about 12.5 among amounts near 125000 万元: 元 and 万元 mixed up", () => {
    const read = readProjects([p(1, 125000, 0), p(2, 130000, 0), p(3, 12.5, 0), p(4, 120000, 0)]);
    expect(brief(read.issues)).toMatchInlineSnapshot(`
      [
        "warning F5 money_magnitude",
      ]
    `);
    expect(read.issues[0]?.message).toContain("元/万元/亿元");
  });

  it("warns about a single project over 100 亿元 even in a short ledger", () => {
    const read = readProjects([{ ...p(1, 35000000, 1000) }]);
    expect(brief(read.issues)).toEqual(["warning F3 money_magnitude"]);
  });

  it("does not warn about ordinary spread (300 beside 30000)", () => {
    expect(
      readProjects([p(1, 300, 100), p(2, 30000, 100), p(3, 5000, 100), p(4, 8000, 100)]).issues,
    ).toEqual([]);
  });

  it("does not judge magnitudes in a column of fewer than four amounts", () => {
    expect(readProjects([p(1, 12.5, 1), p(2, 125000, 1000), p(3, 130000, 1000)]).issues).toEqual(
      [],
    );
  });
});
