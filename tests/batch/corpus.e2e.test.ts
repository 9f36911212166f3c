import { readXlsx } from "@zsyz/xlsx";
import type { GridSheet } from "@zsyz/ledger";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runZsyz, type RunResult, type SummaryJson as Summary } from "../helpers/runZsyz.js";
import { readWorkbook, sheetOf } from "../helpers/xlsxParts.js";
import { buildCorpus } from "./corpus.js";
import { compareWithLibreOffice } from "./lo-compare.js";

describe("zsyz check on the bad-input corpus", () => {
  let dir: string;
  let run: RunResult;
  let summary: Summary;
  beforeAll(async () => {
    dir = await buildCorpus();
    const out = join(await mkdtemp(join(tmpdir(), "zsyz-corpus-out-")), "结果.json");
    run = runZsyz(["check", dir, "--as-of", "2024-09-30", "--json", out]);
    summary = JSON.parse(await readFile(out, "utf8")) as Summary;
  });

  const file = (name: string) => {
    const f = summary.files.find((x) => x.file.endsWith(`/${name}`));
    if (!f) throw new Error(`${name} not in the summary`);
    return f;
  };
  const issuesOf = (name: string) =>
    summary.issues
      .filter((i) => i.file.endsWith(`/${name}`))
      .map((i) => `${i.severity} ${i.sheet}!${i.cell} ${i.code} ${i.raw}`.trim());

  it("finishes with exit code 1 (errors in the data) and no stack trace", () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("skips lock files and hidden files", () => {
    expect(summary.files.map((f) => f.file).filter((f) => /~\$|\/\./.test(f))).toEqual([]);
  });

  it.each([
    ["损坏.xlsx", "文件已损坏"],
    ["文本改名.xlsx", "不是 Excel 工作簿"],
    ["加密.xlsx", "打开密码"],
    ["加密.xls", "打开密码"],
  ])("reports %s as unreadable: %s", (name, text) => {
    expect(file(name)).toMatchObject({
      status: "error",
      rows: 0,
      message: expect.stringContaining(text),
    });
    expect(issuesOf(name)).toEqual([expect.stringMatching(/^error ! file_unreadable/)]);
  });

  it("reports an empty workbook and a non-ledger workbook as having no ledger", () => {
    expect(file("空工作簿.xlsx")).toMatchObject({ status: "error", rows: 0 });
    expect(file("不是台账.xlsx")).toMatchObject({
      status: "error",
      rows: 0,
      message: expect.stringContaining("没有找到项目台账表头"),
    });
  });

  it("reads a header-only ledger as zero projects without complaint", () => {
    expect(file("只有表头.xlsx")).toMatchObject({ status: "ok", rows: 0, unit: "A镇" });
    expect(issuesOf("只有表头.xlsx")).toEqual([]);
  });

  it("finds a header on row 5 below a title and a unit row", () => {
    expect(file("表头在第5行.xlsx")).toMatchObject({ status: "ok", rows: 2, unit: "B镇" });
    expect(issuesOf("表头在第5行.xlsx")).toEqual([]);
  });

  it("reads a two-row merged header and checks 累计 against 本年", () => {
    expect(file("两行合并表头.xlsx")).toMatchObject({ status: "ok", rows: 1 });
    // 本年 600 > 签约 500 on a new project, and 累计 300 < 本年 600: both columns were understood.
    expect(issuesOf("两行合并表头.xlsx")).toEqual([
      "warning 台账!G4 arrived_exceeds_signed 600",
      "error 台账!H4 cumulative_below_year 300",
    ]);
  });

  it("converts 亿元 headers into 万元", () => {
    const msg = summary.issues.find(
      (i) => i.file.endsWith("/亿元.xlsx") && i.code === "money_approximate",
    )?.message;
    expect(msg).toContain("已按 15000 万元计入");
  });

  it("understands text numbers and reports the one it cannot read", () => {
    expect(issuesOf("文本数字.xlsx")).toEqual(["error 台账!F5 money_unparsed 一千二百"]);
  });

  it("understands every date form and reports the rest", () => {
    expect(issuesOf("日期写法.xlsx")).toEqual([
      "warning 台账!E12 date_year_assumed 3月",
      "error 台账!E13 date_unparsed 去年秋天",
    ]);
  });

  it("uses cached formula values and reports a formula without one", () => {
    expect(issuesOf("公式单元格.xlsx")).toEqual(["warning 台账!G3 formula_without_value =F3*0.1"]);
  });

  it("reports error cells at their address", () => {
    expect(issuesOf("错误值.xlsx")).toEqual([
      "error 台账!F3 cell_error #REF!",
      "error 台账!G3 cell_error #DIV/0!",
    ]);
  });

  it("counts hidden rows, flags them, and reports a hidden ledger sheet it did not count", () => {
    expect(file("隐藏行和隐藏表.xlsx")).toMatchObject({ status: "ok", rows: 2, sheet: "台账" });
    expect(issuesOf("隐藏行和隐藏表.xlsx")).toEqual([
      "warning 台账!B4 hidden_row I项目2",
      "warning 旧台账! hidden_sheet",
    ]);
  });

  it("keeps a 10 MB cell to Excel's limit and says so", () => {
    expect(file("超长文本.xlsx")).toMatchObject({ status: "ok", rows: 1 });
    expect(issuesOf("超长文本.xlsx")).toEqual([
      expect.stringMatching(/^warning 台账!J3 text_too_long 很{200}…$/),
    ]);
  });

  it("keeps text that looks like a formula as a project name", () => {
    expect(file("像公式的文本.xlsx")).toMatchObject({ status: "ok", rows: 2 });
    expect(issuesOf("像公式的文本.xlsx")).toEqual([]);
  });

  it("flags the same project in two files on both rows", () => {
    expect(issuesOf("重复A镇.xlsx")).toEqual([
      "error 台账!B3 duplicate_project 光伏储能一体化项目",
    ]);
    expect(issuesOf("重复B镇.xlsx")).toEqual([
      "error 台账!B3 duplicate_project 光伏储能 一体化项目",
    ]);
  });

  it("skips a 填表说明 sheet in front of the ledger", () => {
    expect(file("说明页在前.xlsx")).toMatchObject({ status: "ok", rows: 1, sheet: "台账" });
  });

  it("reports a totals row that disagrees with its rows", () => {
    expect(issuesOf("合计不符.xlsx")).toEqual(["warning 台账!F5 totals_mismatch 9999"]);
  });

  it("does not count blank rows, section headings or footers", () => {
    expect(file("空行和表尾.xlsx")).toMatchObject({ status: "ok", rows: 3 });
    expect(issuesOf("空行和表尾.xlsx")).toEqual([]);
  });

  it("keeps projects named like totals or footers, and still skips the real 合计 and footer", () => {
    expect(file("像合计的项目名.xlsx")).toMatchObject({ status: "ok", rows: 6 });
    expect(issuesOf("像合计的项目名.xlsx")).toEqual([]);
  });

  it("reads a 50,000-row sheet in full", () => {
    expect(file("五万行.xlsx")).toMatchObject({ status: "ok", rows: 50_000 });
  });

  it("converts an old .xls through LibreOffice without touching it", () => {
    expect(file("旧格式.xls")).toMatchObject({ status: "ok", rows: 2, unit: "S镇" });
  });

  it("balances the row accounting over the whole corpus", () => {
    expect(summary.rows.read).toBe(summary.rows.merged + summary.rows.rejected);
    expect(summary.rows.read).toBe(summary.files.reduce((n, f) => n + f.rows, 0));
    // Both rows of the duplicate are merged and flagged (the county total counts it once,
    // through its 减：疑似重复报送 row): nothing in the corpus is rejected.
    expect(summary.rows.rejected).toBe(0);
  });
});

describe("zsyz merge on the bad-input corpus", () => {
  it("merges every readable row, keeps formula-like text as text and balances the accounts", async () => {
    const dir = await buildCorpus();
    const outDir = await mkdtemp(join(tmpdir(), "zsyz-corpus-merge-"));
    const out = join(outDir, "县汇总.xlsx");
    const run = runZsyz([
      "merge",
      dir,
      "--as-of",
      "2024-09-30",
      "--out",
      out,
      "--json",
      join(outDir, "s.json"),
      "-q",
    ]);
    expect(run.code).toBe(1);
    const s = JSON.parse(await readFile(join(outDir, "s.json"), "utf8")) as Summary;
    expect(s.rows.read).toBe(s.rows.merged + s.rows.rejected);
    expect(s.rows.merged).toBeGreaterThan(50_000);
    const read = readXlsx(await readFile(out), out);
    if (!read.ok) throw new Error(read.message);
    const detail = read.workbook.sheets.find((ws) => ws.name === "项目明细")!;
    const texts = detail.rows
      .flat()
      .filter((c) => c?.formula === undefined && typeof c?.value === "string")
      .map((c) => c!.value)
      .filter((v) => (v as string).startsWith("="));
    expect(texts).toEqual(
      expect.arrayContaining(["=1+1", '=HYPERLINK("http://example.com","点我")']),
    );
  });
});

describe("zsyz merge on the bad-input corpus: values pinned, formulas recalculated by LibreOffice", () => {
  // The corpus without its 50,000-row sheet, so LibreOffice recalculates it in seconds.
  let out: string;
  let detail: GridSheet;
  let summary: Summary;
  beforeAll(async () => {
    const dir = await buildCorpus();
    await rm(join(dir, "五万行.xlsx"));
    const outDir = await mkdtemp(join(tmpdir(), "zsyz-corpus-lo-"));
    out = join(outDir, "县汇总.xlsx");
    const run = runZsyz([
      "merge",
      dir,
      "--as-of",
      "2024-09-30",
      "--out",
      out,
      "--json",
      join(outDir, "s.json"),
      "-q",
    ]);
    expect(run.code).toBe(1);
    summary = JSON.parse(await readFile(join(outDir, "s.json"), "utf8")) as Summary;
    detail = sheetOf(readWorkbook(await readFile(out), out), "项目明细");
  });

  /** 项目明细's name, 签约资金, 本年到位资金 and 签约时间 of the projects whose names start with `prefix`. */
  const projects = (prefix: string) => {
    const header = detail.rows[0]!.map((c) => c?.value);
    const col = (h: string) => header.indexOf(h);
    const [name, signed, arrived, date] = [
      col("项目名称"),
      col("签约资金（万元）"),
      col("本年到位资金（万元）"),
      col("签约时间"),
    ];
    const value = (v: unknown) =>
      v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? "" : v;
    return detail.rows
      .slice(1)
      .filter((r) => String(r[name]?.value ?? "").startsWith(prefix))
      .map((r) => [
        r[name]?.value,
        value(r[signed]?.value),
        value(r[arrived]?.value),
        value(r[date]?.value),
      ]);
  };

  it("reads 亿元 columns into 万元: 约1.5 → 15,000 and 0.2 → 2,000", () => {
    expect(projects("D项目")).toEqual([["D项目1", 15000, 2000, "2024-04-01"]]);
  });

  it("reads text numbers as the amounts they name, and leaves 一千二百 empty", () => {
    expect(projects("E项目")).toEqual([
      ["E项目1", 1200, 120, "2024-01-05"], // "1,200" and full-width "１２０"
      ["E项目2", 1200, 100, "2024-01-06"], // "1200万" and "0.01亿"
      ["E项目3", "", 10, "2024-01-07"], // "一千二百" is reported, not guessed
    ]);
  });

  it("reads every date form as the day it names: a month alone is its first day, 3月 is this year's", () => {
    expect(projects("F项目").map(([name, , , date]) => [name, date])).toEqual([
      ["F项目1", "2024-03-05"], // a real date
      ["F项目2", "2024-03-05"], // serial 45356
      ["F项目3", "2024-03-05"], // 2024-03-05
      ["F项目4", "2024-03-05"], // 2024.3.5
      ["F项目5", "2024-03-05"], // 2024/3/5
      ["F项目6", "2024-03-05"], // 2024年3月5日
      ["F项目7", "2024-03-01"], // 202403
      ["F项目8", "2024-03-01"], // 2024.03
      ["F项目9", "2024-03-05"], // 20240305
      ["F项目10", "2024-03-01"], // 3月, year assumed from the 截至日期
      ["F项目11", ""], // 去年秋天 is reported, not guessed
    ]);
  });

  it("merges the six projects named like totals or footers", () => {
    expect(
      projects("")
        .map(([name]) => name)
        .filter((n) => /^(总计|小计|审核|联系人|注：|合计)/.test(String(n))),
    ).toEqual([
      "总计算中心项目",
      "小计量器具厂",
      "审核中心改建项目",
      "联系人才公寓项目",
      "注：塑新材料项目",
      "合计量仪表厂",
    ]);
  });

  it("writes formulas whose values LibreOffice reproduces from scratch (a merge without targets)", async () => {
    const { formulas, mismatches } = await compareWithLibreOffice(out, ["指标汇总", "项目明细"]);
    console.info(
      `LibreOffice recomputed ${JSON.stringify(formulas)} formulas (corpus, no targets)`,
    );
    // Seven formula columns per project (…, 疑似重复(合计剔除)?, 框架/意向?).
    expect(formulas["项目明细"]).toBe(7 * summary.rows.merged);
    expect(formulas["指标汇总"]).toBeGreaterThan(50);
    expect(mismatches).toEqual([]);
  });
});
