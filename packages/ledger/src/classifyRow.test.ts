import { describe, expect, it } from "vitest";
import { classifyRow, namesMoreThanLabel, type RowLayout } from "./classifyRow.js";
import type { CellValue, GridCell } from "./grid.js";
import { brief, CLEAN, readProjects, readRows, projectRows, type Project } from "./testkit.js";

// Columns of projectRows([CLEAN]): A 序号, B 项目名称, … F 签约资金, G 本年到位资金, …
const layout: RowLayout = {
  nameCol: 1,
  seqCol: 0,
  valueCols: new Set([4, 5, 6, 8]),
  countHeaderWords: () => 0,
};
const cells = (values: ReadonlyArray<CellValue | undefined>): GridCell[] =>
  values.map((v) => ({ value: v ?? null }));
const second: Project = {
  ...CLEAN,
  序号: 2,
  项目名称: "农产品冷链物流项目",
  签约资金: 3000,
  本年到位资金: 500,
};

describe("namesMoreThanLabel()", () => {
  it.each([["总计算中心项目"], ["小计量器具厂扩建"], ["审核中心改扩建"], ["合计量仪表厂（二期）"]])(
    "finds a name after the label word in %j",
    (name) => expect(namesMoreThanLabel(name)).toBe(true),
  );
  it.each([
    ["合计"],
    ["全县合计（12个）"],
    ["小计：新签约项目"],
    ["合计 12个项目"],
    ["总计："],
    ["注：本表金额单位为万元"],
    ["新建项目"],
  ])("reads %j as a label, or no label at all", (name) => {
    expect(namesMoreThanLabel(name)).toBe(name.startsWith("注：本表"));
  });
});

describe("classifyRow()", () => {
  it.each([["合计"], ["总计"], ["全镇合计"], ["合 计"]])(
    "reads a row starting %j as a totals row",
    (label) => {
      expect(
        classifyRow(
          cells([label, undefined, undefined, undefined, undefined, 8000]),
          layout,
          false,
        ),
      ).toBe("totals");
    },
  );

  it("reads 合计 in the name column as a totals row", () => {
    expect(
      classifyRow(cells([undefined, "合计", undefined, undefined, undefined, 8000]), layout, false),
    ).toBe("totals");
  });

  it("reads 小计 as a subtotal row", () => {
    expect(
      classifyRow(cells(["小计", undefined, undefined, undefined, undefined, 8000]), layout, false),
    ).toBe("subtotal");
  });

  it.each([["填报人：王五"], ["审核人：李主任"], ["填报日期：2024年10月8日"], ["填表人:张三"]])(
    "reads %j as a footer row",
    (text) => {
      expect(classifyRow(cells([text]), layout, false)).toBe("footer");
    },
  );

  it("reads a footer spread over several cells, none in the name column", () => {
    expect(
      classifyRow(
        cells([
          "填报人：王城",
          undefined,
          undefined,
          "审核人：李主任",
          undefined,
          undefined,
          "填报日期：2024年10月8日",
        ]),
        layout,
        false,
      ),
    ).toBe("footer");
  });

  it("reads an empty row, or one of empty strings and spaces, as blank", () => {
    expect(classifyRow([], layout, false)).toBe("blank");
    expect(classifyRow(cells(["", " ", undefined]), layout, false)).toBe("blank");
  });

  it.each([
    ["一、续建项目"],
    ["二、新签约项目"],
    ["（二）新签约项目"],
    ["(三)在谈项目"],
    ["续建项目"],
  ])("reads %j as a section heading", (text) => {
    expect(classifyRow(cells([text]), layout, false)).toBe("heading");
  });

  it("reads the header repeated below (a page break's copy) as a heading", () => {
    const words = new Set(["序号", "项目名称", "投资方", "签约类型", "签约时间", "签约资金(万元)"]);
    const withHeader: RowLayout = {
      ...layout,
      countHeaderWords: (texts) => texts.filter((t) => words.has(t)).length,
    };
    const header = ["序号", "项目名称", "投资方", "签约类型", "签约时间", "签约资金（万元）"];
    expect(classifyRow(cells(header), withHeader, false)).toBe("heading");
    // The same words over an amount are a row of data, never dropped as a heading.
    const data = ["序号", "项目名称", "投资方", "签约类型", "签约时间", 500];
    expect(classifyRow(cells(data), withHeader, false)).toBe("project");
  });

  it("reads a column-numbering row 1, 2, 3 … as a heading, not a project", () => {
    expect(classifyRow(cells([1, 2, 3, 4, 5, 6, 7]), layout, false)).toBe("heading");
  });

  it("reads a row with a name as a project", () => {
    expect(
      classifyRow(cells([1, "光伏项目", "恒力公司", "合同", "2024-03-01", 5000]), layout, false),
    ).toBe("project");
  });

  it("reads a row with data but no name as nameless", () => {
    expect(
      classifyRow(cells([7, undefined, "恒力公司", "合同", "2024-04-04", 700]), layout, false),
    ).toBe("nameless");
  });

  it("reads a row that holds only an error cell as nameless, not blank", () => {
    expect(
      classifyRow([null, null, null, null, null, { value: null, error: "#REF!" }], layout, false),
    ).toBe("nameless");
  });

  it("does not take a project named after a section for a heading when it has amounts", () => {
    expect(
      classifyRow(cells([1, "一、续建项目", undefined, undefined, undefined, 5000]), layout, false),
    ).toBe("project");
  });
});

describe("classifyRow() on projects named like totals and footer rows (issue 15, class 5)", () => {
  // Each starts with a totals, subtotal or footer word and carries project data.
  const named = [
    "总计算中心建设项目",
    "小计量器具产业园",
    "审核中心改扩建项目",
    "联系人才公寓项目",
    "注：塑新材料项目",
    "合计量仪表厂",
    "负责人力资源产业园",
  ];

  it.each(named)("reads %j with an investor, a type and a date as a project", (name) => {
    expect(
      classifyRow(cells([3, name, "恒力公司", "合同", "2024-03-01", 5000]), layout, false),
    ).toBe("project");
  });

  it.each(named)("reads %j as a project from its 序号 alone", (name) => {
    expect(
      classifyRow(cells([3, name, undefined, undefined, undefined, 5000]), layout, false),
    ).toBe("project");
  });

  it("reads a project whose investor starts with 总计 as a project", () => {
    expect(
      classifyRow(
        cells([4, "光伏项目", "总计算科技公司", "合同", "2024-03-01", 5000]),
        layout,
        false,
      ),
    ).toBe("project");
  });

  it.each([
    [["合计", undefined, undefined, undefined, undefined, 8000], "totals"],
    [[undefined, "全县合计（12个）", "共12个", undefined, undefined, 8000], "totals"],
    [[undefined, "总计：", "—", "/", undefined, "1.2亿"], "totals"],
    [["小计（续建项目）", undefined, undefined, undefined, undefined, 3000], "subtotal"],
    [["审核人：李四", undefined, "填报日期：2024年10月8日"], "footer"],
    [["联系人：张三", undefined, "联系电话：13800000000"], "footer"],
    [["注：金额单位为万元，本表由招商局汇总"], "footer"],
    [
      ["填报单位：甲镇人民政府", undefined, undefined, "填报日期：", new Date("2024-10-08")],
      "footer",
    ],
    [["审核人：李四", undefined, "王五"], "footer"],
    [[undefined, "总计划新签项目", "共8个", undefined, new Date("2024-09-30"), 8000], "totals"],
  ] as const)("still skips the pure totals or footer row %j as %s", (row, kind) => {
    expect(classifyRow(cells(row), layout, false)).toBe(kind);
  });
});

describe("row accounting", () => {
  it("keeps the six projects named like totals or footers among real totals and footers", () => {
    const project = (seq: number, name: string): Project => ({
      ...second,
      序号: seq,
      项目名称: name,
    });
    const read = readProjects(
      [
        { ...CLEAN, 项目名称: "总计算中心建设项目" },
        project(2, "小计量器具产业园"),
        project(3, "审核中心改扩建项目"),
        project(4, "联系人才公寓项目"),
        project(5, "注：塑新材料项目"),
        project(6, "合计量仪表厂"),
      ],
      [
        ["合计", undefined, undefined, undefined, undefined, 20000, 3500],
        ["填报人：王城", undefined, undefined, "审核人：李主任"],
      ],
    );
    expect(read.records.map((r) => r.fields.name)).toEqual([
      "总计算中心建设项目",
      "小计量器具产业园",
      "审核中心改扩建项目",
      "联系人才公寓项目",
      "注：塑新材料项目",
      "合计量仪表厂",
    ]);
    expect(read.rows).toEqual({ read: 6, records: 6, rejected: 0, skipped: 2 });
  });

  it("warns about a row named like a project but skipped as a total because it holds only amounts", () => {
    const read = readProjects(
      [CLEAN, second],
      [
        [undefined, "总计算中心建设项目", undefined, undefined, undefined, 2600, 300],
        [undefined, "小计：新签约项目", undefined, undefined, undefined, 8000, 1500],
        [undefined, "全县合计（2个）", undefined, undefined, undefined, 8000, 1500],
        [undefined, "注：本表金额单位为万元"],
      ],
    );
    expect(read.rows).toEqual({ read: 2, records: 2, rejected: 0, skipped: 4 });
    const skipped = read.issues.filter((i) => i.code === "label_row_skipped");
    expect(brief(skipped)).toEqual(["warning B5 label_row_skipped"]);
    expect(skipped[0]?.message).toContain("“总计算中心建设项目”");
  });

  it("does not count a 合计 row as a project", () => {
    const read = readProjects(
      [CLEAN, second],
      [["合计", undefined, undefined, undefined, undefined, 8000, 1500]],
    );
    expect(read.rows).toEqual({ read: 2, records: 2, rejected: 0, skipped: 1 });
    expect(read.issues).toEqual([]);
  });

  it("does not count footer rows or the blank row above them", () => {
    const read = readProjects(
      [CLEAN],
      [
        [],
        [
          "填报人：王城",
          undefined,
          undefined,
          "审核人：李主任",
          undefined,
          undefined,
          "填报日期：2024年10月8日",
        ],
      ],
    );
    expect(read.rows).toEqual({ read: 1, records: 1, rejected: 0, skipped: 1 });
  });

  it("does not count section headings, merged across the sheet or not", () => {
    const [title, header] = projectRows([CLEAN]);
    const rows = [
      title!,
      header!,
      ["一、新签约项目"],
      projectRows([CLEAN])[2]!,
      ["（二）续建项目"],
      projectRows([second])[2]!,
    ];
    const read = readRows(rows, { merges: ["A3:J3"] });
    expect(read.rows).toEqual({ read: 2, records: 2, rejected: 0, skipped: 2 });
    expect(read.records.map((r) => r.row)).toEqual([4, 6]);
  });

  it("does not count a column-numbering row under the header", () => {
    const [title, header, project] = projectRows([CLEAN]);
    const read = readRows([title!, header!, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], project!]);
    expect(read.rows).toEqual({ read: 1, records: 1, rejected: 0, skipped: 1 });
    expect(read.issues).toEqual([]);
  });

  it("does not count an unused template row that holds only its 序号", () => {
    const read = readProjects([CLEAN], [[2], [3]]);
    expect(read.rows).toEqual({ read: 1, records: 1, rejected: 0, skipped: 2 });
  });

  it("rejects a row with data but no name, and reports it at the name cell", () => {
    const read = readProjects([CLEAN, { ...second, 项目名称: undefined }]);
    expect(read.rows).toEqual({ read: 2, records: 1, rejected: 1, skipped: 0 });
    expect(brief(read.issues)).toMatchInlineSnapshot(`
      [
        "error B4 row_without_name",
      ]
    `);
  });

  it.each([["/"], ["—"], ["无"]])("rejects a row whose name is the placeholder %j", (name) => {
    const read = readProjects([CLEAN, { ...second, 项目名称: name }]);
    expect(read.rows).toEqual({ read: 2, records: 1, rejected: 1, skipped: 0 });
    expect(brief(read.issues)).toEqual(["error B4 row_without_name"]);
  });

  it("keeps a project name that looks like a formula as text", () => {
    const read = readProjects([{ ...CLEAN, 项目名称: '=HYPERLINK("http://example.com","点我")' }]);
    expect(read.records[0]?.fields.name).toBe('=HYPERLINK("http://example.com","点我")');
    expect(read.issues).toEqual([]);
  });

  it("keeps read = records + rejected across a messy sheet", () => {
    const read = readProjects(
      [CLEAN, { ...second, 项目名称: undefined }, { ...second, 序号: 3 }],
      [
        ["小计", undefined, undefined, undefined, undefined, 13000],
        [],
        ["合计"],
        ["填报人：王城"],
        [undefined, undefined, "恒力公司"],
      ],
    );
    expect(read.rows).toEqual({ read: 4, records: 2, rejected: 2, skipped: 3 });
    expect(read.rows.read).toBe(read.rows.records + read.rows.rejected);
  });
});

describe("footer rows below the table", () => {
  it.each([
    ["联系电话：13812345678", 13812345678],
    ["填报人：张三  审核人：李四", 2024],
    ["备注：本表金额单位为万元", 500],
    ["单位（盖章）：", 1],
    ["单位（盖章）：", undefined],
  ])("skips %j (a number %j in 签约资金) silently, never as a project", (text, amount) => {
    const read = readProjects(
      [CLEAN],
      [[undefined, text, undefined, undefined, undefined, amount]],
    );
    expect(read.rows).toEqual({ read: 1, records: 1, rejected: 0, skipped: 1 });
    expect(brief(read.issues)).toEqual([]);
  });

  it("still warns about a project named like a note and holding only amounts", () => {
    const read = readProjects(
      [CLEAN],
      [[undefined, "注：塑新材料项目", undefined, undefined, undefined, 500]],
    );
    expect(brief(read.issues)).toEqual(["warning B4 label_row_skipped"]);
  });
});
