// The bad-input corpus: one small workbook (or not-a-workbook) per kind of trouble a
// county office actually receives. Built fresh in a temp folder for each run, with our own
// writer (writeGrid), so the files are exactly what each case says and nothing else.
import type { CellRange, CellValue, GridCell, GridSheet } from "@zsyz/ledger";
import { parseA1 } from "@zsyz/ledger";
import { writeGrid } from "@zsyz/xlsx";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { HEADER } from "./corpusHeader.js";

export { HEADER };

/** A corpus cell: a plain value, a full GridCell (formulas, errors), or nothing. */
type Cell = CellValue | GridCell | undefined;

/** A plain valid project row; `i` keeps names unique across files. */
export function projectRow(i: number, prefix = "测试"): Cell[] {
  return [
    i,
    `${prefix}项目${i}`,
    `${prefix}投资公司${i}`,
    "合同",
    "2024-03-05",
    1000 + i,
    100,
    "在建",
    "2024-05-01",
    undefined,
  ];
}

const isGridCell = (v: Cell): v is GridCell =>
  typeof v === "object" && v !== null && !(v instanceof Date);

/** A worksheet from rows of corpus cells; `extra` adds merges, hidden rows or hides the sheet. */
function sheet(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  extra: Partial<Omit<GridSheet, "name" | "rows">> = {},
): GridSheet {
  return {
    name,
    rows: rows.map((r) =>
      r.map((v) => (v === undefined || v === null ? null : isGridCell(v) ? v : { value: v })),
    ),
    merges: [],
    ...extra,
  };
}

async function save(path: string, ...sheets: GridSheet[]): Promise<void> {
  await writeFile(path, writeGrid({ file: basename(path), sheets }));
}

/** A merged range from its corner addresses ("A1", "J1"). */
function merge(from: string, to: string): CellRange {
  const [f, t] = [parseA1(from)!, parseA1(to)!];
  return { top: f.row, left: f.col, bottom: t.row, right: t.col };
}

/** Builds every corpus file into a fresh folder and returns the folder. */
export async function buildCorpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "zsyz-corpus-"));
  const p = (name: string): string => join(dir, name);
  await writeFile(
    p("损坏.xlsx"),
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(500, 3)]),
  );
  await writeFile(p("文本改名.xlsx"), "序号,项目名称,签约资金\n1,甲,100\n");
  await writeFile(
    p("加密.xlsx"),
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(64),
      Buffer.from("EncryptionInfo", "utf16le"),
    ]),
  );
  // A password-protected .xls: BIFF8 BOF, then FILEPASS, in the workbook stream.
  await writeFile(
    p("加密.xls"),
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(2040),
      Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]),
      Buffer.alloc(12),
      Buffer.from([0x2f, 0x00, 0x36, 0x00]),
      Buffer.alloc(200),
    ]),
  );
  await writeFile(p("~$城关镇.xlsx"), "lock");
  await writeFile(p(".隐藏文件.xlsx"), "hidden");
  await save(p("空工作簿.xlsx"), sheet("Sheet1", []));
  await save(
    p("不是台账.xlsx"),
    sheet("人员", [
      ["姓名", "电话", "科室"],
      ["张三", "138", "招商科"],
    ]),
  );
  await save(p("只有表头.xlsx"), sheet("台账", [["A镇2024年招商引资项目台账"], HEADER]));
  await save(
    p("表头在第5行.xlsx"),
    sheet("台账", [
      ["附件1"],
      ["B镇2024年招商引资项目台账"],
      [],
      ["单位：万元"],
      HEADER,
      projectRow(1, "B"),
      projectRow(2, "B"),
    ]),
  );
  await save(
    p("两行合并表头.xlsx"),
    sheet(
      "台账",
      [
        ["C镇招商引资项目台账"],
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
        [
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          "本年",
          "累计",
          undefined,
          undefined,
        ],
        [1, "C项目1", "C公司", "合同", "2024-02-01", 500, 600, 300, "在建", "2024-03-01"],
      ],
      {
        merges: [
          merge("A1", "J1"),
          ...["A", "B", "C", "D", "E", "F", "I", "J"].map((c) => merge(`${c}2`, `${c}3`)),
          merge("G2", "H2"),
        ],
      },
    ),
  );
  await save(
    p("亿元.xlsx"),
    sheet("台账", [
      ["D镇招商引资项目台账"],
      [
        "序号",
        "项目名称",
        "投资方",
        "签约类型",
        "签约时间",
        "签约资金（亿元）",
        "本年到位资金（亿元）",
        "项目状态",
        "开工时间",
      ],
      [1, "D项目1", "D公司", "合同", "2024-04-01", "约1.5", 0.2, "在建", "2024-05-01"],
    ]),
  );
  await save(
    p("文本数字.xlsx"),
    sheet("台账", [
      ["E镇招商引资项目台账"],
      HEADER,
      [1, "E项目1", "E公司1", "合同", "2024-01-05", "1,200", "１２０", "在建", "2024-02-01"],
      [2, "E项目2", "E公司2", "合同", "2024-01-06", "1200万", "0.01亿", "在建", "2024-02-01"],
      [3, "E项目3", "E公司3", "合同", "2024-01-07", "一千二百", 10, "在建", "2024-02-01"],
    ]),
  );
  {
    const forms: Cell[] = [
      new Date(Date.UTC(2024, 2, 5)),
      45356,
      "2024-03-05",
      "2024.3.5",
      "2024/3/5",
      "2024年3月5日",
      "202403",
      "2024.03",
      "20240305",
      "3月",
      "去年秋天",
    ];
    await save(
      p("日期写法.xlsx"),
      sheet("台账", [
        ["F镇招商引资项目台账"],
        HEADER,
        ...forms.map((d, i) => [
          i + 1,
          `F项目${i + 1}`,
          `F公司${i + 1}`,
          "合同",
          d,
          100,
          10,
          "签约",
        ]),
      ]),
    );
  }
  await save(
    p("公式单元格.xlsx"),
    sheet("台账", [
      ["G镇招商引资项目台账"],
      HEADER,
      [
        1,
        "G项目1",
        "G公司",
        "合同",
        "2024-01-01",
        { formula: "500*2", value: 1000 },
        { formula: "F3*0.1", value: null },
        "签约",
      ],
    ]),
  );
  await save(
    p("错误值.xlsx"),
    sheet("台账", [
      ["H镇招商引资项目台账"],
      HEADER,
      [
        1,
        "H项目1",
        "H公司",
        "合同",
        "2024-01-01",
        { value: null, error: "#REF!" },
        { formula: "1/0", value: null, error: "#DIV/0!" },
        "签约",
      ],
    ]),
  );
  await save(
    p("隐藏行和隐藏表.xlsx"),
    sheet("台账", [["I镇招商引资项目台账"], HEADER, projectRow(1, "I"), projectRow(2, "I")], {
      hiddenRows: [3],
    }),
    sheet("旧台账", [HEADER, projectRow(9, "I旧")], { hidden: true }),
  );
  await save(
    p("超长文本.xlsx"),
    sheet("台账", [
      ["J镇招商引资项目台账"],
      HEADER,
      [...projectRow(1, "J").slice(0, 9), "很".repeat((10 * 1024 * 1024) / 3)],
    ]),
  );
  await save(
    p("像公式的文本.xlsx"),
    sheet("台账", [
      ["K镇招商引资项目台账"],
      HEADER,
      [1, "=1+1", "K公司", "合同", "2024-01-01", 100, 10, "签约"],
      [
        2,
        '=HYPERLINK("http://example.com","点我")',
        "K公司2",
        "合同",
        "2024-01-02",
        100,
        10,
        "签约",
      ],
    ]),
  );
  await save(
    p("重复A镇.xlsx"),
    sheet("台账", [
      ["L镇招商引资项目台账"],
      HEADER,
      [1, "光伏储能一体化项目", "M能源公司", "合同", "2024-01-01", 8000, 100, "签约"],
    ]),
  );
  await save(
    p("重复B镇.xlsx"),
    sheet("台账", [
      ["N镇招商引资项目台账"],
      HEADER,
      [1, "光伏储能 一体化项目", "M能源公司", "合同", "2024-02-01", 8000, 100, "签约"],
    ]),
  );
  await save(
    p("说明页在前.xlsx"),
    sheet("填表说明", [["填表说明"], ["1. 金额单位万元"]]),
    sheet("台账", [["O镇招商引资项目台账"], HEADER, projectRow(1, "O")]),
  );
  await save(
    p("合计不符.xlsx"),
    sheet("台账", [
      ["P镇招商引资项目台账"],
      HEADER,
      projectRow(1, "P"),
      projectRow(2, "P"),
      ["合计", undefined, undefined, undefined, undefined, 9999],
    ]),
  );
  await save(
    p("空行和表尾.xlsx"),
    sheet("台账", [
      ["Q镇招商引资项目台账"],
      HEADER,
      projectRow(1, "Q"),
      [],
      projectRow(2, "Q"),
      ["一、续建项目"],
      projectRow(3, "Q"),
      [],
      ["填报人：张三", undefined, "审核人：李四"],
    ]),
  );
  await save(
    p("五万行.xlsx"),
    sheet("台账", [
      ["R镇招商引资项目台账"],
      HEADER,
      ...Array.from({ length: 50_000 }, (_, i) => projectRow(i + 1, "R")),
    ]),
  );
  // Issue 15, class 5: six projects whose names open with a totals or footer word, between a
  // real 合计 row and a real footer. The projects count; the 合计 and the footer do not.
  await save(
    p("像合计的项目名.xlsx"),
    sheet("台账", [
      ["T镇招商引资项目台账"],
      HEADER,
      ...[
        "总计算中心项目",
        "小计量器具厂",
        "审核中心改建项目",
        "联系人才公寓项目",
        "注：塑新材料项目",
        "合计量仪表厂",
      ].map((name, i) => [
        i + 1,
        name,
        `T公司${i + 1}`,
        "合同",
        "2024-03-05",
        1000,
        100,
        "在建",
        "2024-05-01",
      ]),
      ["合计", undefined, undefined, undefined, undefined, 6000, 600],
      ["填报人：张三", undefined, undefined, "审核人：李四"],
    ]),
  );
  await makeLegacyXls(dir);
  return dir;
}

/** A real .xls made from a small ledger by LibreOffice, as an old township PC would send it. */
async function makeLegacyXls(dir: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), "zsyz-xls-"));
  const src = join(work, "旧格式.xlsx");
  await save(
    src,
    sheet("台账", [["S镇招商引资项目台账"], HEADER, projectRow(1, "S"), projectRow(2, "S")]),
  );
  await mkdir(join(work, "out"));
  await promisify(execFile)(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
      "--headless",
      "--convert-to",
      "xls",
      "--outdir",
      join(work, "out"),
      src,
    ],
    { timeout: 180_000 },
  );
  await rename(join(work, "out", "旧格式.xls"), join(dir, "旧格式.xls"));
}
