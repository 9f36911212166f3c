import ExcelJS from "exceljs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  FIXTURES,
  hashFile,
  runZsyz,
  type RunResult,
  type SummaryJson as Summary,
} from "../helpers/runZsyz.js";
import { compareWithLibreOffice } from "./lo-compare.js";

const LEDGERS = join(FIXTURES, "台账");
const TARGETS = join(FIXTURES, "任务分解表.xlsx");

describe("zsyz merge on the bundled sample ledgers", () => {
  let dir: string;
  let out: string;
  let run: RunResult;
  let summary: Summary;
  let wb: ExcelJS.Workbook;
  let hashes: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "zsyz-merge-"));
    out = join(dir, "县汇总.xlsx");
    hashes = (await readdir(LEDGERS)).map((f) => hashFile(join(LEDGERS, f)));
    run = runZsyz([
      "merge",
      LEDGERS,
      "--targets",
      TARGETS,
      "--as-of",
      "2024-09-30",
      "--out",
      out,
      "--json",
      join(dir, "汇总.json"),
    ]);
    summary = JSON.parse(await readFile(join(dir, "汇总.json"), "utf8")) as Summary;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  it("finishes with exit code 1 (planted data errors) and says where the workbook is", () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`汇总工作簿已保存：${out}`);
    expect(run.stdout).toMatch(/截至 2024-09-30：全县新签约项目 \d+ 个/);
  });

  it("writes the four sheets", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "指标汇总",
      "项目明细",
      "问题清单",
      "报告摘要",
    ]);
  });

  it("puts every merged project in 项目明细, and no other row", () => {
    const ws = wb.getWorksheet("项目明细")!;
    const names: string[] = [];
    const header = ws.getRow(headerRowOf(ws)).values as unknown[];
    const nameCol = header.indexOf("项目名称");
    ws.eachRow((row, n) => {
      if (n > headerRowOf(ws)) names.push(String(row.getCell(nameCol).value ?? ""));
    });
    expect(names.filter((n) => n !== "" && n !== "合计")).toHaveLength(summary.rows.merged);
    expect(summary.rows).toEqual({ read: 65, merged: 63, rejected: 2 });
  });

  it("keeps ledger text that looks like a formula as text", () => {
    const ws = wb.getWorksheet("项目明细")!;
    let found = false;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && cell.value.startsWith("=HYPERLINK")) found = true;
        const v = cell.value as { formula?: string } | null;
        if (v && typeof v === "object" && typeof v.formula === "string")
          expect(v.formula).not.toContain("HYPERLINK");
      }),
    );
    expect(found).toBe(true);
  });

  it("lists every issue in 问题清单", () => {
    const ws = wb.getWorksheet("问题清单")!;
    expect(ws.rowCount - 2).toBe(summary.issues.length);
  });

  it("drafts the county paragraph and one per unit in 报告摘要", () => {
    const ws = wb.getWorksheet("报告摘要")!;
    expect(String(ws.getCell("A3").value)).toBe("全县");
    expect(String(ws.getCell("B3").value)).toMatch(/^截至9月底，全县/);
    expect(ws.rowCount - 2).toBe(1 + summary.units.length);
  });

  it("reports indicators per unit and for the county in the JSON contract", () => {
    expect(summary.version).toBe(1);
    expect(summary.units.map((u) => u.unit)).toEqual([
      "城关镇",
      "河西乡",
      "东城街道",
      "经济开发区",
      "北山镇",
      "南湖镇",
      "西岭镇",
    ]);
    const zero = summary.units.find((u) => u.unit === "西岭镇")!;
    expect(zero.indicators.zero_signed).toBe(true);
    expect(zero.indicators.n_signed).toBe(0);
    expect(summary.total.indicators.time_progress).toBe(0.75);
    const sum = summary.units.reduce((n, u) => n + (u.indicators.n_signed as number), 0);
    expect(summary.total.indicators.n_signed).toBe(sum);
  });

  it("writes formulas whose values LibreOffice reproduces from scratch", async () => {
    const { formulas, mismatches } = await compareWithLibreOffice(out, ["指标汇总", "项目明细"]);
    expect(formulas).toBeGreaterThan(300);
    expect(mismatches).toEqual([]);
  });

  it("never modifies its inputs", async () => {
    expect((await readdir(LEDGERS)).map((f) => hashFile(join(LEDGERS, f)))).toEqual(hashes);
  });
});

describe("zsyz merge on bad input", () => {
  it("refuses an output path that is one of the inputs", () => {
    const input = join(LEDGERS, "北山镇.xlsx");
    const before = hashFile(input);
    const run = runZsyz(["merge", input, "--out", input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("是输入文件之一");
    expect(hashFile(input)).toBe(before);
  });

  it("refuses an output that is open in Excel (its ~$ lock file is present)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-lock-"));
    await writeFile(join(dir, "~$县汇总.xlsx"), "lock");
    const run = runZsyz(["merge", LEDGERS, "--out", join(dir, "县汇总.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("正在 Excel/WPS 中打开");
  });

  it("goes on without targets when the targets file is missing, and says so", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-notargets-"));
    const run = runZsyz([
      "merge",
      LEDGERS,
      "--targets",
      join(dir, "没有这个文件.xlsx"),
      "--as-of",
      "2024-09-30",
      "--out",
      join(dir, "县汇总.xlsx"),
      "-q",
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("无法读取该文件：任务分解表文件不存在");
    expect(hashFile(join(dir, "县汇总.xlsx"))).toMatch(/^[0-9a-f]{64}$/);
  });

  it("writes nothing when no input is readable", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-nothing-"));
    await writeFile(join(dir, "坏.xlsx"), "not a workbook");
    const run = runZsyz(["merge", dir, "--out", join(dir, "县汇总.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("没有一个文件能作为台账读取");
    expect(await readdir(dir)).toEqual(["坏.xlsx"]);
  });

  it("skips an earlier summary workbook left among the ledgers instead of counting it twice", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-rerun-"));
    const ledger = join(dir, "北山镇.xlsx");
    await writeFile(ledger, await readFile(join(LEDGERS, "北山镇.xlsx")));
    const first = runZsyz([
      "merge",
      dir,
      "--out",
      join(dir, "县汇总.xlsx"),
      "--as-of",
      "2024-09-30",
      "--json",
      join(dir, "1.json"),
      "-q",
    ]);
    expect(first.code).toBe(1);
    const second = runZsyz([
      "merge",
      dir,
      "--out",
      join(dir, "县汇总2.xlsx"),
      "--as-of",
      "2024-09-30",
      "--json",
      join(dir, "2.json"),
      "-q",
    ]);
    const s = JSON.parse(await readFile(join(dir, "2.json"), "utf8")) as Summary;
    expect(s.rows.read).toBe(5);
    expect(s.files.find((f) => f.file.endsWith("县汇总.xlsx"))).toMatchObject({
      status: "error",
      rows: 0,
    });
    expect(second.stdout).toContain("不作为台账读取，以免重复统计");
  });

  it("requires --out", () => {
    const run = runZsyz(["merge", LEDGERS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("请用 --out 指定");
  });
});

function headerRowOf(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= 10; r += 1)
    if ((ws.getRow(r).values as unknown[]).includes("项目名称")) return r;
  throw new Error("no header in 项目明细");
}
