import { describe, expect, it } from "vitest";
import { findSheetUnit, findUnitName } from "./findUnitName.js";
import { brief, projectRows, readRows, CLEAN } from "./testkit.js";

describe("findUnitName()", () => {
  it.each([
    ["城关镇2024年招商引资项目台账", "城关镇"],
    ["附件2 城关镇2024年招商引资项目台账", "城关镇"],
    ["附件2：河西乡招商项目台账", "河西乡"],
    ["××县城关镇2024年项目台账", "城关镇"],
    ["2024年城关镇招商引资项目台账", "城关镇"],
    ["2024年1-9月东城街道招商引资项目台账", "东城街道"],
    ["经济开发区2024年招商引资项目台账", "经济开发区"],
    ["河西乡2024年1-9月招商引资项目进展情况台账", "河西乡"],
  ])("finds the unit in the title %j", (title, unit) => {
    expect(findUnitName(title)).toBe(unit);
  });

  it.each([
    ["05-南湖镇-9月.xlsx", "南湖镇"],
    ["东城街道.xlsx", "东城街道"],
    ["河西乡台账（9月）.xlsx", "河西乡"],
    ["D:\\台账\\03-河西乡-9月台账.xlsx", "河西乡"],
    ["/home/zsj/9月/北山镇.xlsx", "北山镇"],
  ])("finds the unit in the file name %j", (file, unit) => {
    expect(findUnitName(file)).toBe(unit);
  });

  it.each(["项目台账.xlsx", "台账", "Sheet1", "招商引资项目统计表"])(
    "finds no unit in %j",
    (text) => {
      expect(findUnitName(text)).toBeUndefined();
    },
  );
});

describe("findSheetUnit()", () => {
  it.each([
    ["单位：万元", 1],
    ["单位:亿元", 10000],
    ["金额单位：亿元", 10000],
    ["单位：元", 0.0001],
  ])("reads %j", (text, scale) => {
    expect(findSheetUnit(text)).toBe(scale);
  });

  it("finds nothing in a title", () => {
    expect(findSheetUnit("城关镇2024年招商引资项目台账")).toBeUndefined();
  });
});

describe("the unit of every row", () => {
  const header = [
    "序号",
    "项目名称",
    "责任单位",
    "投资方",
    "签约类型",
    "签约时间",
    "签约资金",
    "本年到位资金",
    "项目状态",
    "开工时间",
  ];
  const row = (unit: string | undefined): Array<string | number | undefined> => [
    1,
    "光伏项目",
    unit,
    "恒力公司",
    "合同",
    "2024-03-01",
    5000,
    1000,
    "在建",
    "2024-05-01",
  ];

  it("takes the unit from the 责任单位 column first", () => {
    const read = readRows([["城关镇项目台账"], header, row("城关镇")]);
    expect(read.records[0]).toMatchObject({ unit: "城关镇", unitSource: "column" });
  });

  it("takes the unit from the title when there is no unit column", () => {
    const read = readRows(projectRows([CLEAN]), { file: "05-南湖镇-9月.xlsx" });
    expect(read.records[0]).toMatchObject({ unit: "城关镇", unitSource: "title" });
  });

  it("takes the unit from the file name when the title names none", () => {
    const read = readRows([["招商引资项目台账"], ...projectRows([CLEAN]).slice(1)], {
      file: "05-南湖镇-9月.xlsx",
    });
    expect(read.records[0]).toMatchObject({ unit: "南湖镇", unitSource: "file" });
    expect(read.issues).toEqual([]);
  });

  it("falls back to the title when a row's unit cell is empty", () => {
    const read = readRows([["城关镇项目台账"], header, row(undefined)]);
    expect(read.records[0]).toMatchObject({ unit: "城关镇", unitSource: "title" });
  });

  it("reports an empty unit cell when neither title nor file name names the unit", () => {
    const read = readRows([header, row("城关镇"), row(undefined)], { file: "项目台账.xlsx" });
    expect(brief(read.issues)).toMatchInlineSnapshot(`
      [
        "error C3 required_empty",
      ]
    `);
  });

  it("gives a unit cell merged down over several projects to each of them", () => {
    const read = readRows([header, row("城关镇"), row(undefined), row(undefined), row("河西乡")], {
      file: "项目台账.xlsx",
      merges: ["C2:C4"],
    });
    expect(read.records.map((r) => r.unit)).toEqual(["城关镇", "城关镇", "城关镇", "河西乡"]);
    expect(read.issues).toEqual([]);
  });

  it("does not spread a unit merged across columns into the next column", () => {
    const read = readRows(
      [
        header,
        [
          1,
          "光伏项目",
          "城关镇",
          undefined,
          "合同",
          "2024-03-01",
          5000,
          1000,
          "在建",
          "2024-05-01",
        ],
      ],
      { file: "项目台账.xlsx", merges: ["C2:D2"] },
    );
    expect(read.records[0]?.fields.investor).toBeUndefined();
    expect(brief(read.issues)).toEqual(["error D2 required_empty"]);
  });

  it("reports a row whose unit differs from the title's (unit_mixed)", () => {
    const read = readRows([
      ["经济开发区项目台账"],
      header,
      row("经济开发区"),
      row("经济开发区"),
      row("城关镇"),
    ]);
    expect(brief(read.issues)).toMatchInlineSnapshot(`
      [
        "warning C5 unit_mixed",
      ]
    `);
    expect(read.issues[0]?.raw).toBe("城关镇");
  });

  it("takes 城关 and 城关镇 for the same unit", () => {
    const read = readRows([["城关镇项目台账"], header, row("城关")]);
    expect(read.issues).toEqual([]);
  });
});
