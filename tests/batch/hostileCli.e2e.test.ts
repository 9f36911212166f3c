// Issue 15, classes 4 and 8: absurd amounts, terminal escapes in ledger text, Ctrl-C during the
// write, reruns into the input folder, a ledger dressed like our summary, every file failing,
// file names that look like options, an output that is a folder. Files generated here, by code.
import type { CellValue } from "@zsyz/ledger";
import { writeGrid } from "@zsyz/xlsx";
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildPackage,
  buildXlsx,
  worksheet,
  type TestCell,
} from "../../packages/xlsx/src/read/testing/buildXlsx.js";
import { ZSYZ_BIN, hashFile, runZsyz, type SummaryJson } from "../helpers/runZsyz.js";
import { partXml, setPartXml, unzipXlsx, zipXlsx } from "../helpers/xlsxParts.js";
import { HEADER } from "./corpusHeader.js";

const AS_OF = "2024-09-30";
const HEAD = HEADER.slice(0, 8);

/** A project row under HEAD: 序号, name, investor, type, date, 签约资金, 本年到位资金, status. */
const row = (i: number, name: string, signed: TestCell = 1000 + i): TestCell[] => [
  i,
  name,
  `${name}投资公司`,
  "合同",
  "2024-03-05",
  signed,
  100,
  "签约",
];

const ledger = (unit: string, rows: TestCell[][], sheet = "台账"): Uint8Array =>
  buildXlsx([{ name: sheet, rows: [[`${unit}2024年招商引资项目台账`], HEAD, ...rows] }]);

const tempDir = (name: string): Promise<string> => mkdtemp(join(tmpdir(), `zsyz-${name}-`));
const readJson = async (path: string): Promise<SummaryJson> =>
  JSON.parse(await readFile(path, "utf8")) as SummaryJson;

describe("zsyz merge on absurd amounts (class 4)", () => {
  let dir: string;
  let run: ReturnType<typeof runZsyz>;
  let summary: SummaryJson;
  beforeAll(async () => {
    dir = await tempDir("absurd");
    // Numbers Excel cannot hold but a hand-edited or generated file can: <v>1e400</v> is
    // Infinity to a parser; "1e309" and "Infinity" are text that looks like a number; 400
    // digits, or 320 nines of 亿, overflow when read or scaled into 万元.
    const num = (ref: string, v: string): string => `<c r="${ref}"><v>${v}</v></c>`;
    const str = (ref: string, v: string): string =>
      `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const cells = (r: number, name: string, signed: string): string =>
      `<row r="${r}">${num(`A${r}`, String(r - 2))}${str(`B${r}`, name)}${str(`C${r}`, "某公司")}${str(`D${r}`, "合同")}${str(`E${r}`, "2024-03-05")}${signed}${num(`G${r}`, "100")}${str(`H${r}`, "签约")}</row>`;
    const header = `<row r="2">${HEAD.map((h, c) => str(`${"ABCDEFGH"[c]}2`, h)).join("")}</row>`;
    const sheetXml = `<row r="1">${str("A1", "甲镇2024年招商引资项目台账")}</row>${header}${cells(3, "无穷大项目", num("F3", "1e400"))}${cells(4, "文本天文数字项目", str("F4", "1e309"))}${cells(5, "文本无穷项目", str("F5", "Infinity"))}${cells(6, "四百位数项目", str("F6", `1${"0".repeat(400)}`))}${cells(7, "亿级天文数字项目", str("F7", `${"9".repeat(320)}亿`))}${cells(8, "正常项目", num("F8", "800"))}`;
    await writeFile(
      join(dir, "甲镇.xlsx"),
      buildPackage({
        sheets: [{ name: "台账", xml: worksheet(`<sheetData>${sheetXml}</sheetData>`) }],
      }),
    );
    run = runZsyz([
      "merge",
      dir,
      "--as-of",
      AS_OF,
      "--out",
      join(dir, "县汇总.xlsx"),
      "--json",
      join(dir, "汇总.json"),
      "-q",
    ]);
    summary = await readJson(join(dir, "汇总.json"));
  });

  it("finishes with data errors and a workbook, never an internal error", () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain("内部错误");
    expect(existsSync(join(dir, "县汇总.xlsx"))).toBe(true);
  });

  it("reports each non-finite amount as an unreadable cell with file, sheet and cell", () => {
    const unparsed = summary.issues
      .filter((i) => i.code === "money_unparsed")
      .map((i) => `${i.file.split("/").pop()} ${i.sheet}!${i.cell}`);
    expect(unparsed).toEqual(["F3", "F4", "F5", "F6", "F7"].map((c) => `甲镇.xlsx 台账!${c}`));
    expect(run.stdout).toContain("台账!F4");
  });

  it("keeps all six projects and counts only the finite amount", () => {
    expect(summary.rows).toEqual({ read: 6, merged: 6, rejected: 0 });
    expect(summary.total.indicators.amt_signed).toBe(800);
  });
});

describe("zsyz check on ledger text holding terminal escapes (class 8)", () => {
  it("prints no control character from the ledger, and still lists the problem", async () => {
    const dir = await tempDir("escapes");
    const file = join(dir, "乙\x1b[31m镇.xlsx");
    await writeFile(
      file,
      ledger("乙镇", [
        row(1, "红\x1b[31m色\x1b]0;被改的标题\x07项目\r伪造"),
        row(2, "清屏项目", "abc\x1b[2J\x1b[H"),
        row(3, "换行项目", "12\n  错误  台账!Z99  伪造的一行"),
        row(4, "反向\u202e目项"),
      ]),
    );
    const run = runZsyz(["check", dir, "--as-of", AS_OF]);
    const printed = run.stdout + run.stderr;
    // eslint-disable-next-line no-control-regex
    expect(printed).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
    expect(run.stdout).toContain("“签约资金”的值“abc”无法识别为金额");
    // The forged line stays inside its own issue line.
    expect(run.stdout.split("\n").filter((l) => l.includes("台账!Z99"))).toEqual([
      expect.stringContaining("台账!F5"),
    ]);
    // The file name loses its escape too.
    expect(run.stdout).toContain(`${dir}/乙镇.xlsx`);
  });
});

describe("zsyz merge interrupted while writing (class 8)", () => {
  it.each([["SIGINT"], ["SIGTERM"]] as const)(
    "removes the temporary file beside the output on %s and leaves no output",
    async (signal) => {
      const dir = await tempDir("interrupt");
      await writeFile(
        join(dir, "丙镇.xlsx"),
        ledger(
          "丙镇",
          Array.from({ length: 60_000 }, (_, i) => row(i + 1, `丙项目${i + 1}`)),
        ),
      );
      const child = spawn(
        process.execPath,
        [ZSYZ_BIN, "merge", "丙镇.xlsx", "--as-of", AS_OF, "--out", "县汇总.xlsx", "-q"],
        { cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
      );
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
      // Wait for the temporary file to appear, then interrupt.
      let temp: string | undefined;
      while (!temp && child.exitCode === null) {
        temp = (await readdir(dir)).find((f) => f.endsWith(".tmp"));
        if (!temp) await new Promise((r) => setTimeout(r, 5));
      }
      expect(temp, "the write never started a temporary file").toMatch(/^\.县汇总\.xlsx\..*\.tmp$/);
      child.kill(signal);
      const code = await exited;
      expect(code).toBe(signal === "SIGINT" ? 130 : 143);
      expect(stderr).toContain("已中断");
      expect((await readdir(dir)).sort()).toEqual(["丙镇.xlsx"]);
    },
  );
});

describe("zsyz merge rerun with --out inside the input folder (class 8)", () => {
  it("replaces its own earlier summary there instead of refusing or counting it", async () => {
    const dir = await tempDir("rerun");
    await writeFile(join(dir, "丁镇.xlsx"), ledger("丁镇", [row(1, "丁项目1"), row(2, "丁项目2")]));
    const args = ["merge", dir, "--as-of", AS_OF, "--out", join(dir, "县汇总.xlsx"), "-q"];
    const first = runZsyz([...args, "--json", join(dir, "..", `${dir.split("/").pop()}-1.json`)]);
    expect(first.code).toBe(0);
    const firstWritten = (await stat(join(dir, "县汇总.xlsx"))).mtimeMs;
    const ledgerHash = hashFile(join(dir, "丁镇.xlsx"));
    const json = join(dir, "..", `${dir.split("/").pop()}-2.json`);
    const second = runZsyz([...args, "--json", json]);
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    const s = await readJson(json);
    expect(s.files.map((f) => f.file.split("/").pop())).toEqual(["丁镇.xlsx"]);
    expect(s.rows).toEqual({ read: 2, merged: 2, rejected: 0 });
    expect((await stat(join(dir, "县汇总.xlsx"))).mtimeMs).toBeGreaterThanOrEqual(firstWritten);
    expect(hashFile(join(dir, "丁镇.xlsx"))).toBe(ledgerHash);
  });

  it("still refuses --out naming a township ledger in the input folder", async () => {
    const dir = await tempDir("rerun-ledger");
    await writeFile(join(dir, "戊镇.xlsx"), ledger("戊镇", [row(1, "戊项目1")]));
    const before = hashFile(join(dir, "戊镇.xlsx"));
    const run = runZsyz(["merge", dir, "--as-of", AS_OF, "--out", join(dir, "戊镇.xlsx"), "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("写出会覆盖原始文件");
    expect(hashFile(join(dir, "戊镇.xlsx"))).toBe(before);
  });
});

/** docProps/app.xml as Excel writes it. */
const EXCEL_APP_XML = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;

describe("zsyz tells our summary from a ledger with the same sheet names (class 8)", () => {
  let dir: string;
  let summary: SummaryJson;
  beforeAll(async () => {
    dir = await tempDir("lookalike");
    const ledgers = join(dir, "台账");
    await mkdir(ledgers);
    // A township workbook saved by Excel with sheets named 指标汇总 and 项目明细: its projects
    // are in 项目明细.
    const township = unzipXlsx(
      buildXlsx([
        { name: "指标汇总", rows: [["本镇自用的指标说明"]] },
        {
          name: "项目明细",
          rows: [["己镇2024年招商引资项目台账"], HEAD, row(1, "己项目1"), row(2, "己项目2")],
        },
      ]),
    );
    setPartXml(township, "docProps/app.xml", EXCEL_APP_XML);
    await writeFile(join(ledgers, "己镇.xlsx"), zipXlsx(township));
    await writeFile(join(ledgers, "庚镇.xlsx"), ledger("庚镇", [row(1, "庚项目1")]));
    // Our summary of 庚镇, and the same summary saved again by Excel (which rewrites app.xml).
    const made = runZsyz([
      "merge",
      join(ledgers, "庚镇.xlsx"),
      "--as-of",
      AS_OF,
      "--out",
      join(dir, "县汇总.xlsx"),
      "-q",
    ]);
    expect(made.code).toBe(0);
    const ours = await readFile(join(dir, "县汇总.xlsx"));
    await writeFile(join(ledgers, "上月汇总.xlsx"), ours);
    const parts = unzipXlsx(ours);
    expect(partXml(parts, "docProps/app.xml")).toContain(
      "<Application>招商台账助手 zsyz</Application>",
    );
    setPartXml(parts, "docProps/app.xml", EXCEL_APP_XML);
    await writeFile(join(ledgers, "Excel另存的汇总.xlsx"), zipXlsx(parts));
    runZsyz(["check", ledgers, "--as-of", AS_OF, "--json", join(dir, "结果.json"), "-q"]);
    summary = await readJson(join(dir, "结果.json"));
  });
  const file = (name: string) => summary.files.find((f) => f.file.endsWith(`/${name}`));

  it("reads the township workbook as a ledger, with its projects", () => {
    expect(file("己镇.xlsx")).toMatchObject({ status: "ok", rows: 2, sheet: "项目明细" });
  });

  it("skips our summary, and our summary saved again by Excel, as earlier summaries", () => {
    for (const name of ["上月汇总.xlsx", "Excel另存的汇总.xlsx"])
      expect(file(name), name).toMatchObject({
        status: "error",
        rows: 0,
        message: expect.stringContaining("不作为台账读取"),
      });
    expect(summary.rows.read).toBe(3);
  });
});

describe("zsyz merge when every file fails (class 8)", () => {
  it("still writes the JSON, with each file's reason, and no workbook", async () => {
    const dir = await tempDir("allfail");
    await writeFile(join(dir, "坏1.xlsx"), "不是工作簿");
    await writeFile(join(dir, "坏2.xlsx"), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const run = runZsyz([
      "merge",
      dir,
      "--as-of",
      AS_OF,
      "--out",
      join(dir, "县汇总.xlsx"),
      "--json",
      join(dir, "汇总.json"),
      "-q",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("没有一个文件能作为台账读取");
    expect(existsSync(join(dir, "县汇总.xlsx"))).toBe(false);
    const s = await readJson(join(dir, "汇总.json"));
    expect(s.files.map((f) => [f.file.split("/").pop(), f.status])).toEqual([
      ["坏1.xlsx", "error"],
      ["坏2.xlsx", "error"],
    ]);
    expect(s.files.every((f) => (f.message ?? "").length > 0)).toBe(true);
    expect(s.rows).toEqual({ read: 0, merged: 0, rejected: 0 });
  });
});

describe("file names that start with -- (class 8)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("dashes");
    await writeFile(
      join(dir, "--辛镇.xlsx"),
      ledger("辛镇", [row(1, "辛项目1"), row(2, "辛项目2")]),
    );
  });

  it("reads a file named after --, or as ./--name, as a file", () => {
    for (const args of [["--", "--辛镇.xlsx"], ["./--辛镇.xlsx"]]) {
      const run = runZsyz(["check", "--as-of", AS_OF, "-q", ...args], { cwd: dir });
      expect(run.code, args.join(" ")).toBe(0);
      expect(run.stdout).toContain("辛镇，工作表“台账”，2 行项目：未发现问题");
    }
  });

  it("says how to name such a file when it is given bare", () => {
    const run = runZsyz(["check", "--辛镇.xlsx"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("请写成 ./--辛镇.xlsx，或放在 -- 之后");
  });

  it("converts an old .xls named --…xls through LibreOffice without taking its name for an option", async () => {
    const work = await tempDir("dashes-xls");
    // Written by our own writer: LibreOffice wants a complete package to convert.
    const rows = [["壬镇2024年招商引资项目台账"], HEAD, row(1, "壬项目1")];
    await writeFile(
      join(work, "x.xlsx"),
      writeGrid({
        file: "x.xlsx",
        sheets: [
          {
            name: "台账",
            rows: rows.map((r) => r.map((v) => ({ value: v as CellValue }))),
            merges: [],
          },
        ],
      }),
    );
    execFileSync("soffice", [
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--headless",
      "--convert-to",
      "xls",
      "--outdir",
      work,
      join(work, "x.xlsx"),
    ]);
    await writeFile(join(dir, "--壬镇.xls"), await readFile(join(work, "x.xls")));
    const run = runZsyz(["check", "--as-of", AS_OF, "-q", "--", "--壬镇.xls"], { cwd: dir });
    expect(run.stdout).toContain("壬镇，工作表“台账”，1 行项目");
  });
});

describe("an output path that is a folder (class 8)", () => {
  it("is refused in Chinese, without a raw error code", async () => {
    const dir = await tempDir("eisdir");
    await writeFile(join(dir, "癸镇.xlsx"), ledger("癸镇", [row(1, "癸项目1")]));
    await mkdir(join(dir, "县汇总.xlsx"));
    const run = runZsyz([
      "merge",
      join(dir, "癸镇.xlsx"),
      "--as-of",
      AS_OF,
      "--out",
      join(dir, "县汇总.xlsx"),
      "-q",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("这是一个已有的文件夹，不能作为输出文件");
    expect(run.stderr).not.toMatch(/E[A-Z]{3,}/);
    expect((await readdir(dir)).sort()).toEqual(["县汇总.xlsx", "癸镇.xlsx"]);
  });
});
