import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_CELL_TEXT, nameKey } from "./readCell.js";
import { brief, CLEAN, projectRows, readProjects, readRows } from "./testkit.js";

// CLEAN's columns: B 项目名称, C 投资方, F 签约资金, G 本年到位资金; row 3. Extra columns from K.
describe("reading cells of a ledger row", () => {
  it("reports an error cell (#DIV/0!) and reads it as empty", () => {
    const read = readProjects([{ ...CLEAN, 本年到位资金: { value: null, error: "#DIV/0!" } }]);
    expect(brief(read.issues)).toMatchInlineSnapshot(`
      [
        "error G3 cell_error",
      ]
    `);
    expect(read.issues[0]?.raw).toBe("#DIV/0!");
    expect(read.records[0]?.fields.amt_arrived).toBeUndefined();
  });

  it("reads a formula cell by its cached value, without an issue", () => {
    const read = readProjects([{ ...CLEAN, 本年到位资金: { value: 1500, formula: "F3*0.3" } }]);
    expect(read.records[0]?.fields.amt_arrived).toBe(1500);
    expect(read.issues).toEqual([]);
  });

  it("warns about a formula cell without a cached value and shows the formula", () => {
    const read = readProjects([{ ...CLEAN, 累计到位资金: { value: null, formula: "G3+800" } }]);
    expect(brief(read.issues)).toEqual(["warning K3 formula_without_value"]);
    expect(read.issues[0]?.raw).toBe("=G3+800");
    expect(read.records[0]?.fields.amt_arrived_cum).toBeUndefined();
  });

  it("warns about a hidden project row at its name, and still counts it", () => {
    const read = readRows(
      projectRows([
        CLEAN,
        { ...CLEAN, 序号: 2, 项目名称: "农产品冷链物流项目", 投资方: "四川蜀道物流有限公司" },
      ]),
      { hiddenRows: [4] },
    );
    expect(brief(read.issues)).toEqual(["warning B4 hidden_row"]);
    expect(read.issues[0]?.raw).toBe("农产品冷链物流项目");
    expect(read.records.map((r) => r.hidden)).toEqual([false, true]);
    expect(read.rows.records).toBe(2);
  });

  it("keeps the raw text of every normalised cell beside its value", () => {
    const read = readProjects([
      { ...CLEAN, 签约资金: "１，２００万元", 签约时间: "2024年3月1日", 项目状态: "已开工 " },
    ]);
    expect(read.records[0]?.fields).toMatchObject({
      amt_signed: 1200,
      sign_date: "2024-03-01",
      status: "开工",
    });
    expect(read.records[0]?.raw).toMatchObject({
      amt_signed: "１，２００万元",
      sign_date: "2024年3月1日",
      status: "已开工 ",
    });
  });

  it("warns about text over Excel's 32767 characters and keeps the first 32767", () => {
    const read = readProjects([{ ...CLEAN, 形象进度: "进".repeat(MAX_CELL_TEXT + 5) }]);
    expect(brief(read.issues)).toEqual(["warning K3 text_too_long"]);
    expect(read.issues[0]?.message).toContain("32772");
    expect(read.records[0]?.fields.progress).toHaveLength(MAX_CELL_TEXT);
  });

  it("accepts text of exactly 32767 characters", () => {
    expect(readProjects([{ ...CLEAN, 形象进度: "进".repeat(MAX_CELL_TEXT) }]).issues).toEqual([]);
  });

  it("shortens a long raw value in the issue so messages stay readable", () => {
    const read = readProjects([{ ...CLEAN, 签约资金: "x".repeat(500) }]);
    expect(read.issues[0]?.raw.length).toBeLessThanOrEqual(201);
  });

  it("reads dollars in the 万美元 column of foreign capital, and refuses them in a 万元 column", () => {
    const read = readProjects([
      { ...CLEAN, "实际利用外资（万美元）": "100万美元" },
      { ...CLEAN, 项目名称: "美元写进人民币列", 签约资金: "100万美元" },
    ]);
    expect(read.records[0]?.fields.fdi).toBe(100);
    expect(read.records[1]?.fields.amt_signed).toBeUndefined();
    expect(brief(read.issues)).toEqual(["error F4 money_unparsed"]);
  });

  it("reads a boolean in a money column as not understood", () => {
    expect(brief(readProjects([{ ...CLEAN, 签约资金: true }]).issues)).toEqual([
      "error F3 money_unparsed",
    ]);
  });

  it("reads a Date in a money column as not understood, not as a number", () => {
    expect(
      brief(readProjects([{ ...CLEAN, 签约资金: new Date(Date.UTC(2024, 0, 1)) }]).issues),
    ).toEqual(["error F3 money_unparsed"]);
  });
});

describe("nameKey()", () => {
  it("folds width, spaces and punctuation so spellings of one name compare equal", () => {
    expect(nameKey("智能装备制造产业园（一期） 项目")).toBe(
      nameKey("智能装备制造产业园(一期)项目"),
    );
  });

  it("keeps different names apart", () => {
    expect(nameKey("城关镇")).not.toBe(nameKey("城南镇"));
  });

  it("gives exactly NFKC, white space and punctuation folded, on every kind of character", () => {
    const reference = (text: string): string =>
      text
        .normalize("NFKC")
        .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, "")
        .replace(/[()（）[\]【】"“”'‘’,，.。、:：;；\-—_·]/g, "");
    // Every character the one-pass path handles, and neighbours it must leave to NFKC.
    const char = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x4e00, max: 0x4e10 }),
      fc.integer({ min: 0x9ff0, max: 0xa010 }),
      fc.integer({ min: 0x2000, max: 0x2030 }),
      fc.integer({ min: 0x3000, max: 0x3020 }),
      fc.integer({ min: 0xff00, max: 0xff70 }),
      fc.constantFrom(0x00a0, 0x00b7, 0x0301, 0x1680, 0x200b, 0xfeff, 0x2460, 0x3231, 0xfa10),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }), (codes) => {
        const text = String.fromCharCode(...codes);
        expect(nameKey(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
