import { describe, expect, it } from "vitest";
import { detectHeader } from "./detectHeader.js";
import { LEDGER_INDEX } from "./ledgerIndex.js";
import { makeSheet } from "./makeSheet.js";
import type { SheetRead } from "./result.js";
import { brief, readRows, type Row } from "./testkit.js";

const keys = (sheet: SheetRead | undefined): Array<string | undefined> =>
  sheet?.columns.map((c) => c.key) ?? [];
const project: Row = [
  1,
  "分布式光伏发电项目",
  "江苏恒力新能源有限公司",
  "合同",
  "2024-03-01",
  5000,
  1000,
  "在建",
  "2024-05-01",
];
const KEYS = [
  "seq",
  "name",
  "investor",
  "sign_type",
  "sign_date",
  "amt_signed",
  "amt_arrived",
  "status",
  "start_date",
];

describe("detectHeader()", () => {
  it("finds a one-row header in the first row", () => {
    const sheet = makeSheet("台账", [["序号", "项目名称", "投资方", "签约资金"], project]);
    expect(detectHeader(sheet, { index: LEDGER_INDEX, anchor: "name", minKeys: 3 })).toMatchObject({
      top: 0,
      bottom: 0,
    });
  });

  it("finds nothing on a sheet of notes", () => {
    const sheet = makeSheet("填表说明", [
      ["填表说明"],
      ["1. 金额单位为万元。"],
      ["2. 项目名称写全称。"],
    ]);
    expect(
      detectHeader(sheet, { index: LEDGER_INDEX, anchor: "name", minKeys: 3 }),
    ).toBeUndefined();
  });

  it("needs the anchor column: a header without 项目名称 is not a ledger header", () => {
    const sheet = makeSheet("台账", [["投资方", "签约资金", "本年到位资金", "项目状态"]]);
    expect(
      detectHeader(sheet, { index: LEDGER_INDEX, anchor: "name", minKeys: 3 }),
    ).toBeUndefined();
  });
});

describe("reading the header of a ledger", () => {
  it("reads full-width and half-width brackets, spaces and line breaks alike", () => {
    const read = readRows([
      ["城关镇项目台账"],
      [
        "序 号",
        "项目\n名称",
        "投资方 ",
        "签约类型",
        "签约\r\n时间",
        "签约资金（万元）",
        "本年到位资金(万元)",
        "项目　状态",
        "开工时间",
      ],
      project,
    ]);
    expect(keys(read.sheets[0])).toEqual(KEYS);
    expect(read.issues).toEqual([]);
  });

  it("writes a header with a line break as one line", () => {
    const read = readRows([
      ["城关镇项目台账"],
      [
        "序号",
        "项目\n名称",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金\n（万元）",
        "本年到位资金",
        "项目状态",
        "开工时间",
      ],
      project,
    ]);
    expect(read.sheets[0]?.columns[5]?.header).toBe("签约资金（万元）");
  });

  it("reads synonyms of DOMAIN.md", () => {
    const read = readRows([
      ["城关镇项目台账"],
      [
        "编号",
        "项目",
        "签约企业",
        "签约形式",
        "签约日期",
        "合同引资额",
        "当年到位资金",
        "进展阶段",
        "动工时间",
      ],
      project,
    ]);
    expect(keys(read.sheets[0])).toEqual(KEYS);
  });

  it("takes 亿元 from a header in square brackets: 1.2 there is 12000 万元", () => {
    const read = readRows([
      ["城关镇项目台账"],
      [
        "序号",
        "项目名称",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金[亿元]",
        "本年到位资金[亿元]",
        "项目状态",
        "开工时间",
      ],
      [1, "光伏项目", "恒力公司", "合同", "2024-03-01", 1.2, 0.35, "在建", "2024-05-01"],
    ]);
    expect(read.records[0]?.fields).toMatchObject({ amt_signed: 12000, amt_arrived: 3500 });
  });

  it("takes the unit from a header without brackets: 签约资金万元", () => {
    const read = readRows([
      ["城关镇项目台账"],
      [
        "序号",
        "项目名称",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金万元",
        "本年到位资金元",
        "项目状态",
        "开工时间",
      ],
      [1, "光伏项目", "恒力公司", "合同", "2024-03-01", 1200, 3000000, "在建", "2024-05-01"],
    ]);
    expect(read.records[0]?.fields).toMatchObject({ amt_signed: 1200, amt_arrived: 300 });
    expect(read.sheets[0]?.columns.map((c) => c.scale).slice(5, 7)).toEqual([1, 0.0001]);
  });

  it("applies a 单位：亿元 row above the header to money columns without their own unit", () => {
    const read = readRows([
      ["城关镇项目台账"],
      ["单位：亿元"],
      [
        "序号",
        "项目名称",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金",
        "本年到位资金（万元）",
        "项目状态",
        "开工时间",
      ],
      [1, "光伏项目", "恒力公司", "合同", "2024-03-01", 1.2, 500, "在建", "2024-05-01"],
    ]);
    expect(read.records[0]?.fields).toMatchObject({ amt_signed: 12000, amt_arrived: 500 });
  });

  it("does not let a 单位：亿元 row scale a text column such as 序号", () => {
    const read = readRows([
      ["城关镇项目台账"],
      ["单位：亿元"],
      [
        "序号",
        "项目名称",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金",
        "本年到位资金",
        "项目状态",
        "开工时间",
      ],
      [7, "光伏项目", "恒力公司", "合同", "2024-03-01", 1, 0.5, "在建", "2024-05-01"],
    ]);
    expect(read.records[0]?.fields.seq).toBe("7");
  });

  it("skips a title row and a 单位：万元 row and finds the header on row 3", () => {
    const read = readRows([
      ["城关镇2024年招商引资项目台账"],
      [
        "单位：万元",
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        "截至9月30日",
      ],
      [
        "序号",
        "项目名称",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金",
        "本年到位资金",
        "项目状态",
        "开工时间",
      ],
      project,
    ]);
    expect(read.sheets[0]?.headerRows).toEqual([3, 3]);
    expect(read.records.map((r) => r.row)).toEqual([4]);
  });

  it("finds a header on row 5 under a 附件 line, a title, a blank row and a unit row", () => {
    const read = readRows([
      ["附件2"],
      ["南湖镇2024年招商引资项目统计表"],
      [],
      ["单位：万元", undefined, undefined, undefined, "填报日期：2024年10月5日"],
      [
        "序号",
        "项目名称",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金",
        "本年到位资金",
        "项目状态",
        "开工时间",
      ],
      project,
    ]);
    expect(read.sheets[0]?.headerRows).toEqual([5, 5]);
    expect(read.sheets[0]?.unit).toBe("南湖镇");
    expect(read.issues).toEqual([]);
  });

  it("reads a two-row header: 到位资金 over 本年 and 累计", () => {
    const read = readRows(
      [
        [
          "序号",
          "项目名称",
          "投资方",
          "签约类型",
          "签约时间",
          "签约资金",
          "到位资金",
          undefined,
          "项目状态",
          "开工时间",
        ],
        [undefined, undefined, undefined, undefined, undefined, undefined, "本年", "累计"],
        [1, "光伏项目", "恒力公司", "合同", "2024-03-01", 5000, 1000, 1500, "在建", "2024-05-01"],
      ],
      {
        merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:H1", "I1:I2", "J1:J2"],
        file: "城关镇.xlsx",
      },
    );
    const sheet = read.sheets[0];
    expect(sheet?.headerRows).toEqual([1, 2]);
    expect(sheet?.columns.slice(6, 8).map((c) => [c.header, c.key])).toEqual([
      ["到位资金/本年", "amt_arrived"],
      ["到位资金/累计", "amt_arrived_cum"],
    ]);
    expect(read.records[0]?.fields).toMatchObject({ amt_arrived: 1000, amt_arrived_cum: 1500 });
    expect(read.issues).toEqual([]);
  });

  it("reads a two-row header: 签约资金（亿元） over 合计 and 其中：省外, with the parent's unit", () => {
    const read = readRows(
      [
        ["城关镇项目台账"],
        [
          "序号",
          "项目名称",
          "投资方",
          "签约类型",
          "签约时间",
          "签约资金（亿元）",
          undefined,
          "本年到位资金",
          "项目状态",
          "开工时间",
        ],
        [undefined, undefined, undefined, undefined, undefined, "合计", "其中：省外"],
        [1, "光伏项目", "恒力公司", "合同", "2024-03-01", 1.2, 0.8, 1000, "在建", "2024-05-01"],
      ],
      {
        merges: [
          "A1:J1",
          "A2:A3",
          "B2:B3",
          "C2:C3",
          "D2:D3",
          "E2:E3",
          "F2:G2",
          "H2:H3",
          "I2:I3",
          "J2:J3",
        ],
      },
    );
    expect(read.sheets[0]?.headerRows).toEqual([2, 3]);
    expect(read.records[0]?.fields).toMatchObject({
      amt_signed: 12000,
      amt_signed_outprov: 8000,
      amt_arrived: 1000,
    });
    expect(read.issues).toEqual([]);
  });

  it("reads a two-row header whose upper cells are not merged but left blank", () => {
    const read = readRows(
      [
        ["城关镇项目台账"],
        [
          "序号",
          "项目名称",
          "投资方",
          "签约类型",
          "签约时间",
          "签约资金",
          "到位资金",
          "",
          "项目状态",
          "开工时间",
        ],
        ["", "", "", "", "", "", "本年", "累计", "", ""],
        [1, "光伏项目", "恒力公司", "合同", "2024-03-01", 5000, 1000, 1500, "在建", "2024-05-01"],
      ],
      { merges: ["G2:H2"] },
    );
    expect(keys(read.sheets[0])).toEqual([
      "seq",
      "name",
      "investor",
      "sign_type",
      "sign_date",
      "amt_signed",
      "amt_arrived",
      "amt_arrived_cum",
      "status",
      "start_date",
    ]);
    expect(read.rows).toMatchObject({ records: 1, rejected: 0 });
  });

  it.each([["（亿元）"], ["亿元"], ["单位：亿元"]])(
    "reads a units row %j under the header as part of it, not as a nameless project",
    (unit) => {
      const read = readRows([
        ["城关镇项目台账"],
        [
          "序号",
          "项目名称",
          "投资方",
          "签约类型",
          "签约时间",
          "签约资金",
          "本年到位资金",
          "项目状态",
          "开工时间",
        ],
        [undefined, undefined, undefined, undefined, undefined, unit, unit],
        [1, "光伏项目", "恒力公司", "合同", "2024-03-01", 1.2, 0.3, "在建", "2024-05-01"],
      ]);
      expect(read.sheets[0]?.headerRows).toEqual([2, 3]);
      expect(read.records[0]?.fields).toMatchObject({ amt_signed: 12000, amt_arrived: 3000 });
      expect(read.rows).toEqual({ read: 1, records: 1, rejected: 0, skipped: 0 });
      expect(read.issues).toEqual([]);
    },
  );

  it("does not take a first project row written all in text for a second header row", () => {
    const read = readRows([
      ["城关镇项目台账"],
      [
        "序号",
        "项目名称",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金",
        "本年到位资金",
        "项目状态",
        "开工时间",
      ],
      [
        "1",
        "光伏项目",
        "恒力公司",
        "合同",
        "2024年3月1日",
        "约1200",
        "300万",
        "在建",
        "2024年5月1日",
      ],
    ]);
    expect(read.sheets[0]?.headerRows).toEqual([2, 2]);
    expect(read.records.map((r) => r.fields.name)).toEqual(["光伏项目"]);
  });

  it("keeps an unknown column in extra and reports it once, at its header cell", () => {
    const read = readRows([
      ["城关镇项目台账"],
      [
        "序号",
        "项目名称",
        "联系人电话",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金",
        "本年到位资金",
        "项目状态",
        "开工时间",
      ],
      [
        1,
        "光伏项目",
        "13800001234",
        "恒力公司",
        "合同",
        "2024-03-01",
        5000,
        1000,
        "在建",
        "2024-05-01",
      ],
    ]);
    expect(read.records[0]?.extra).toEqual({ 联系人电话: "13800001234" });
    expect(brief(read.issues)).toMatchInlineSnapshot(`
      [
        "warning C2 header_unknown_column",
      ]
    `);
    expect(read.issues[0]?.raw).toBe("联系人电话");
  });

  it("suggests the standard name for an unknown header that contains one", () => {
    const read = readRows([
      ["城关镇项目台账"],
      [
        "序号",
        "项目名称",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金",
        "本年到位资金",
        "项目状态",
        "开工时间",
        "备注说明",
      ],
      [...project, "无"],
    ]);
    expect(read.issues[0]?.message).toContain("可能是“备注”");
  });

  it("reports a duplicate column, reads the first and keeps the second in extra", () => {
    const read = readRows([
      ["城关镇项目台账"],
      [
        "序号",
        "项目名称",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金",
        "签约金额",
        "本年到位资金",
        "项目状态",
        "开工时间",
      ],
      [1, "光伏项目", "恒力公司", "合同", "2024-03-01", 5000, 6000, 1000, "在建", "2024-05-01"],
    ]);
    expect(brief(read.issues)).toMatchInlineSnapshot(`
      [
        "warning G2 header_duplicate_column",
      ]
    `);
    expect(read.records[0]?.fields.amt_signed).toBe(5000);
    expect(read.records[0]?.extra).toEqual({ 签约金额: "6000" });
  });

  it("reports each missing required column at the header row", () => {
    const read = readRows([
      ["城关镇项目台账"],
      ["序号", "项目名称", "签约时间", "签约资金"],
      [1, "光伏项目", "2024-03-01", 5000],
    ]);
    expect(brief(read.issues)).toMatchInlineSnapshot(`
      [
        "error A2 header_missing_column",
        "error A2 header_missing_column",
        "error A2 header_missing_column",
        "error A2 header_missing_column",
      ]
    `);
    expect(read.issues.map((i) => i.message.match(/“(.+?)”/)?.[1])).toEqual([
      "投资方",
      "签约类型",
      "本年到位资金",
      "项目状态",
    ]);
  });

  it("does not require a 责任单位 column when the title names the unit", () => {
    const read = readRows([
      ["城关镇项目台账"],
      [
        "序号",
        "项目名称",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金",
        "本年到位资金",
        "项目状态",
        "开工时间",
      ],
      project,
    ]);
    expect(read.issues.filter((i) => i.code === "header_missing_column")).toEqual([]);
  });

  it("requires a 责任单位 column when neither title nor file name names the unit", () => {
    const read = readRows(
      [
        [
          "序号",
          "项目名称",
          "投资方",
          "签约类型",
          "签约时间",
          "签约资金",
          "本年到位资金",
          "项目状态",
          "开工时间",
        ],
        project,
      ],
      { file: "项目台账.xlsx" },
    );
    expect(brief(read.issues)).toMatchInlineSnapshot(`
      [
        "error A1 header_missing_column",
        "error A1 unit_unknown",
      ]
    `);
    expect(read.issues[0]?.message).toContain("责任单位");
  });

  it("reports a workbook without any ledger header as a file-level error", () => {
    const read = readRows([["这是一份通知"], ["请各乡镇于每月5日前报送。"]]);
    expect(read.records).toEqual([]);
    expect(read.issues.map((i) => [i.code, i.cell])).toEqual([["no_ledger_sheet", ""]]);
  });
});
