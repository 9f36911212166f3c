import type { GridSheet, GridWorkbook } from "@zsyz/ledger";
import { columnIndex, columnLetter } from "@zsyz/ledger";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  FIXTURES,
  hashFile,
  runZsyz,
  type RunResult,
  type SummaryJson,
} from "../helpers/runZsyz.js";
import {
  attrOf,
  cellElements,
  cellFill,
  conditionalFormats,
  differentialFormats,
  partXml,
  readWorkbook,
  setCachedValue,
  setPartXml,
  sheetOf,
  sheetPartName,
  sheetXml,
  type XlsxParts,
  unzipXlsx,
  zipXlsx,
} from "../helpers/xlsxParts.js";
import { compareWithLibreOffice } from "./lo-compare.js";

// The JSON with what a merge adds in version 2: the previous period and industries.
type Values = Record<string, number | boolean | null>;
type Change = { asOf: string; indicators: Values; change: Values };
type Summary = SummaryJson & {
  units: Array<SummaryJson["units"][number] & { previous?: Change }>;
  total: SummaryJson["total"] & { previous?: Change };
  industries?: Array<{
    industry: string;
    n_signed: number;
    amt_signed: number;
    amt_arrived_new: number;
  }>;
};

const LEDGERS = join(FIXTURES, "台账");
const TARGETS = join(FIXTURES, "任务分解表.xlsx");

describe("zsyz merge on the bundled sample ledgers", () => {
  let dir: string;
  let out: string;
  let run: RunResult;
  let summary: Summary;
  let previous: Summary;
  let wb: GridWorkbook;
  let parts: XlsxParts;
  let hashes: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "zsyz-merge-"));
    out = join(dir, "县汇总.xlsx");
    hashes = (await readdir(LEDGERS)).map((f) => hashFile(join(LEDGERS, f)));
    // The previous period: the same county as of 2024-06-30, whose JSON the main run compares with.
    runZsyz([
      "merge",
      LEDGERS,
      "--targets",
      TARGETS,
      "--as-of",
      "2024-06-30",
      "--out",
      join(dir, "上期.xlsx"),
      "--json",
      join(dir, "上期汇总.json"),
    ]);
    previous = JSON.parse(await readFile(join(dir, "上期汇总.json"), "utf8")) as Summary;
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
      "--previous",
      join(dir, "上期汇总.json"),
    ]);
    summary = JSON.parse(await readFile(join(dir, "汇总.json"), "utf8")) as Summary;
    const bytes = await readFile(out);
    wb = readWorkbook(bytes, out);
    parts = unzipXlsx(bytes);
  });

  it("finishes with exit code 1 (planted data errors) and says where the workbook is", () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`汇总工作簿已保存：${out}`);
    expect(run.stdout).toContain(
      "截至 2024-09-30：全县新签约项目 45 个，签约资金 63.61亿元，完成年度任务 93.55%，到位资金 21.81亿元。",
    );
  });

  it("writes the four sheets, 考评得分 and 通报表 since there are targets, then 分类统计 and 新引进项目清单", () => {
    expect(wb.sheets.map((w) => w.name)).toEqual([
      "指标汇总",
      "项目明细",
      "问题清单",
      "报告摘要",
      "考评得分",
      "通报表",
      "分类统计",
      "新引进项目清单",
    ]);
  });

  it("describes in `zsyz merge --help` every sheet it wrote, in tab order, 考评得分 and 通报表 as written with targets", () => {
    const help = runZsyz(["merge", "--help"]).stdout.split("\n");
    const start = help.findIndex((l) => l.endsWith("合并成一个全县汇总工作簿："));
    const end = help.findIndex((l) => l.startsWith("原始台账不会被修改"));
    const listed = help.slice(start + 1, end).map((l) => /^ {2}(\S+) {2}(\S.*)$/.exec(l));
    expect(listed.map((m) => m?.[1])).toEqual(wb.sheets.map((w) => w.name));
    expect(listed.map((m) => m![2]!.startsWith("有任务分解表时："))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it("lists industries in the JSON whose counts and amounts add up to the county's new projects", () => {
    const industries = summary.industries!;
    const n = industries.reduce((a, i) => a + i.n_signed, 0);
    const amt = industries.reduce((a, i) => a + i.amt_signed, 0);
    expect(n).toBe(45);
    expect(amt).toBeCloseTo(636114.6, 6);
    expect(new Set(industries.map((i) => i.industry)).size).toBe(industries.length);
  });

  it("lists the 45 new projects in 新引进项目清单, largest 签约资金 first, with their 合计", () => {
    const ws = sheetOf(wb, "新引进项目清单");
    const amounts = ws.rows.slice(2, -1).map((r) => Number(r[4]?.value ?? 0));
    expect(amounts).toHaveLength(45);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(ws.rows.at(-1)![4]).toMatchObject({ value: 636114.6, formula: "SUM(E3:E47)" });
  });

  it("compares every unit and the county with the previous period's JSON (2024-06-30)", () => {
    expect(summary.total.previous!.asOf).toBe("2024-06-30");
    const before = previous.total.indicators.amt_signed as number;
    expect(summary.total.previous!.change["amt_signed"]).toBeCloseTo(636114.6 - before, 6);
    for (const u of summary.units) {
      const then = previous.units.find((p) => p.unit === u.unit)!.indicators;
      expect(u.previous!.indicators["n_signed"]).toBe(then["n_signed"]);
      expect(u.previous!.change["n_signed"]).toBe(
        (u.indicators["n_signed"] as number) - (then["n_signed"] as number),
      );
    }
  });

  it("adds the 较上期 block to 指标汇总 and the change to the county paragraph", () => {
    const header = sheetOf(wb, "指标汇总").rows[3]!.map((c) => c?.value);
    expect(header).toContain("上期签约资金（万元）");
    expect(header).toContain("签约资金较上期（万元）");
    expect(String(sheetOf(wb, "报告摘要").rows[2]?.[1]?.value)).toContain(
      "较上期（截至6月底）签约资金增加",
    );
  });

  it("names itself as the application in docProps/app.xml", () => {
    expect(wb.application).toBe("招商台账助手 zsyz");
  });

  it("puts every merged project in 项目明细, and no other row", () => {
    const ws = sheetOf(wb, "项目明细");
    const header = headerRowOf(ws);
    const nameCol = ws.rows[header]!.findIndex((c) => c?.value === "项目名称");
    const names = ws.rows.slice(header + 1).map((row) => String(row[nameCol]?.value ?? ""));
    expect(names.filter((n) => n !== "" && n !== "合计")).toHaveLength(summary.rows.merged);
    // One row too broken to be a project is rejected; the duplicate (经济开发区 row 6) is merged:
    // its unit counts it, the county total leaves it out once (total.dedup).
    expect(summary.rows).toEqual({ read: 65, merged: 64, rejected: 1 });
  });

  it("keeps ledger text that looks like a formula as text", () => {
    const cells = sheetOf(wb, "项目明细").rows.flat();
    expect(
      cells.some(
        (c) =>
          c?.formula === undefined &&
          typeof c?.value === "string" &&
          c.value.startsWith("=HYPERLINK"),
      ),
    ).toBe(true);
    for (const c of cells)
      if (c?.formula !== undefined) expect(c.formula).not.toContain("HYPERLINK");
  });

  it("lists every issue in 问题清单", () => {
    expect(sheetOf(wb, "问题清单").rows.length - 2).toBe(summary.issues.length);
  });

  it("drafts the county paragraph, the 通报, the problem projects and one per unit in 报告摘要", () => {
    const ws = sheetOf(wb, "报告摘要");
    expect(String(ws.rows[2]?.[0]?.value)).toBe("全县");
    expect(String(ws.rows[2]?.[1]?.value)).toMatch(/^截至9月底，全县/);
    expect(String(ws.rows[3]?.[1]?.value)).toMatch(/^从各单位看，/);
    expect(String(ws.rows[4]?.[1]?.value)).toMatch(/^存在的问题：一是/);
    expect(ws.rows.length - 2).toBe(3 + summary.units.length);
  });

  it("reports indicators per unit and for the county in the JSON contract", () => {
    expect(summary.version).toBe(2);
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
    // 经济开发区 row 6 repeats 城关镇's 智能装备制造产业园: 合同 of 2024-04-12, 签约 26000, 到位 9000.
    expect(summary.total.dedup).toEqual({
      n_signed: 1,
      amt_signed: 26000,
      amt_arrived: 9000,
      amt_arrived_new: 9000,
    });
    expect(summary.total.indicators.n_signed).toBe(sum - 1);
  });

  // A sum of units agrees with itself even when every unit is wrong: pin the county figures
  // of the sample as of 2024-09-30 (annual signing target 680,000 万元).
  it("reports the sample county's figures as of 2024-09-30", () => {
    const t = summary.total.indicators;
    expect(t.n_signed).toBe(45);
    expect(t.amt_signed).toBe(636114.6);
    expect(t.amt_arrived).toBe(218138);
    expect(t.amt_arrived_new).toBe(158091);
    expect(t.n_started_new).toBe(18);
    expect(t.rate_signed).toBeCloseTo(636114.6 / 680000, 12);
    expect(t.gap_signed).toBeCloseTo(-43885.4, 6);
    const cg = summary.units.find((u) => u.unit === "城关镇")!.indicators;
    expect([cg.n_signed, cg.amt_signed, cg.amt_arrived]).toEqual([13, 180116.6, 85633]);
  });

  it("writes the same county figures in the 合计 row of 指标汇总", () => {
    const ws = sheetOf(wb, "指标汇总");
    const header = ws.rows[3]!.map((c) => c?.value);
    const total = ws.rows.find((r) => r[0]?.value === "合计")!;
    const at = (name: string) => total[header.indexOf(name)];
    expect(at("签约项目数（个）")).toMatchObject({ value: 45, formula: expect.any(String) });
    expect(at("签约资金（万元）")).toMatchObject({ value: 636114.6, formula: expect.any(String) });
    expect(at("到位资金（万元）")).toMatchObject({ value: 218138, formula: expect.any(String) });
    expect(at("签约资金完成率")?.value).toBeCloseTo(636114.6 / 680000, 12);
  });

  it("writes 项目明细's per-row formula columns as one shared formula each", () => {
    const xml = sheetXml(parts, "项目明细");
    const ws = sheetOf(wb, "项目明细");
    const last = ws.rows.length;
    const byColumn = new Map<string, Array<{ row: number; f: string }>>();
    for (const c of cellElements(xml)) {
      const f = /<f[\s>/][^>]*>?/.exec(c.inner)?.[0];
      if (f === undefined) continue;
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(c.address)!;
      byColumn.set(col!, [...(byColumn.get(col!) ?? []), { row: Number(row), f }]);
    }
    const header = (col: string) => ws.rows[0]![columnIndex(col)]?.value;
    expect([...byColumn.keys()].map(header)).toEqual([
      "当年新签?",
      "续建?",
      "已开工?",
      "计入到位?",
      "省外签约资金(计入)（万元）",
      "省外到位资金(计入)（万元）",
      "框架/意向?",
    ]);
    const ids = new Set<string>();
    for (const [col, cells] of byColumn) {
      const [master, ...rest] = cells;
      expect(attrOf(master!.f, "t"), col).toBe("shared");
      expect(attrOf(master!.f, "ref"), col).toBe(`${col}2:${col}${last}`);
      const si = attrOf(master!.f, "si")!;
      ids.add(si);
      expect(rest.map((c) => c.row)).toEqual(Array.from({ length: last - 2 }, (_, i) => i + 3));
      for (const c of rest) expect(c.f, `${col}${c.row}`).toBe(`<f t="shared" si="${si}"/>`);
    }
    expect(ids.size).toBe(byColumn.size);
  });

  it("fills input, header and total cells, and colours completion rates against time progress", () => {
    const ws = sheetOf(wb, "指标汇总");
    const column = (name: string) => columnLetter(ws.rows[3]!.findIndex((c) => c?.value === name));
    const totalRow = ws.rows.findIndex((r) => r[0]?.value === "合计") + 1;
    expect(ws.rows[1]?.[0]?.value).toBe("截至日期");
    expect(cellFill(parts, "指标汇总", "B2")).toBe("FFFFF2CC");
    expect(cellFill(parts, "指标汇总", "A4")).toBe("FFDDEBF7");
    expect(cellFill(parts, "指标汇总", `${column("签约资金（万元）")}${totalRow}`)).toBe(
      "FFFCE4D6",
    );
    const rate = column("签约资金完成率");
    const dxfs = differentialFormats(parts);
    const rules = conditionalFormats(sheetXml(parts, "指标汇总")).filter((r) =>
      r.sqref.startsWith(`${rate}5:`),
    );
    expect(rules.map((r) => [r.formula, dxfs[r.dxfId]])).toEqual([
      [`AND(ISNUMBER(${rate}5),${rate}5<$D$2)`, { font: "FF9C0006", fill: "FFFFC7CE" }],
      [`AND(ISNUMBER(${rate}5),${rate}5>=$D$2)`, { font: "FF006100", fill: "FFC6EFCE" }],
    ]);
  });

  it("freezes the headers and repeats them on every printed page", () => {
    const pane = (sheet: string) => /<pane\s[^>]*>/.exec(sheetXml(parts, sheet))?.[0] ?? "";
    expect(attrOf(pane("指标汇总"), "ySplit")).toBe("4");
    expect(attrOf(pane("新引进项目清单"), "ySplit")).toBe("2");
    expect(attrOf(pane("项目明细"), "ySplit")).toBe("1");
    expect(attrOf(pane("项目明细"), "state")).toBe("frozen");
    const titles = [
      ...partXml(parts, "xl/workbook.xml").matchAll(
        /<definedName name="_xlnm.Print_Titles" localSheetId="(\d)">([^<]*)<\/definedName>/g,
      ),
    ].map((m) => [m[1], m[2]]);
    expect(titles).toEqual([
      ["0", "'指标汇总'!$4:$4"],
      ["1", "'项目明细'!$1:$1"],
      ["2", "'问题清单'!$2:$2"],
      ["3", "'报告摘要'!$2:$2"],
      ["4", "'考评得分'!$3:$3"],
      ["5", "'通报表'!$3:$3"],
      ["6", "'分类统计'!$3:$3"],
      ["7", "'新引进项目清单'!$2:$2"],
    ]);
  });

  it("writes formulas whose values LibreOffice reproduces from scratch, every 项目明细 cell included", async () => {
    const { formulas, mismatches } = await compareWithLibreOffice(out, [
      "指标汇总",
      "项目明细",
      "考评得分",
      "通报表",
      "分类统计",
      "新引进项目清单",
    ]);
    console.info(`LibreOffice recomputed ${JSON.stringify(formulas)} formulas (with targets)`);
    expect(formulas["项目明细"]).toBe(7 * summary.rows.merged);
    expect(formulas["指标汇总"]).toBeGreaterThan(200);
    // 7 units × (4 items + 2 deductions + 得分 + 排名) of the default scheme.
    expect(formulas["考评得分"]).toBe(56);
    expect(formulas["通报表"]).toBeGreaterThan(7 * 9);
    // Three figures per industry row (county and units) and the county's 合计.
    expect(formulas["分类统计"]).toBeGreaterThan(3 * summary.industries!.length);
    expect(formulas["新引进项目清单"]).toBe(1);
    expect(mismatches).toEqual([]);
  });

  it("catches one wrong cached value planted in our output, and only that cell", async () => {
    const ws = sheetOf(wb, "指标汇总");
    const col = columnLetter(ws.rows[3]!.findIndex((c) => c?.value === "签约资金（万元）"));
    const row = ws.rows.findIndex((r) => r[0]?.value === "合计") + 1;
    const planted = { ...parts };
    const part = sheetPartName(planted, "指标汇总");
    setPartXml(planted, part, setCachedValue(partXml(planted, part), `${col}${row}`, "636114.7"));
    const path = join(dir, "错一格.xlsx");
    await writeFile(path, zipXlsx(planted));
    const { mismatches } = await compareWithLibreOffice(path, ["指标汇总", "项目明细"]);
    expect(mismatches).toEqual([
      {
        sheet: "指标汇总",
        address: `${col}${row}`,
        formula: expect.stringMatching(/^SUM\([A-Z]+5:[A-Z]+\d+\)-[A-Z]+\d+$/),
        ours: 636114.7,
        engine: expect.closeTo(636114.6, 6),
      },
    ]);
  });

  it("never modifies its inputs", async () => {
    expect((await readdir(LEDGERS)).map((f) => hashFile(join(LEDGERS, f)))).toEqual(hashes);
  });
});

describe("zsyz merge without a target table", () => {
  let dir: string;
  let out: string;
  let summary: Summary;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "zsyz-merge-notargets-"));
    out = join(dir, "县汇总.xlsx");
    runZsyz([
      "merge",
      LEDGERS,
      "--as-of",
      "2024-09-30",
      "--out",
      out,
      "--json",
      join(dir, "汇总.json"),
      "-q",
    ]);
    summary = JSON.parse(await readFile(join(dir, "汇总.json"), "utf8")) as Summary;
  });

  it("counts the same projects and leaves every rate against a target empty", async () => {
    const t = summary.total.indicators;
    expect([t.n_signed, t.amt_signed, t.amt_arrived]).toEqual([45, 636114.6, 218138]);
    expect([t.rate_signed, t.rate_arrived, t.rate_dispatch_signed, t.gap_signed]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const ws = sheetOf(readWorkbook(await readFile(out), out), "指标汇总");
    const header = ws.rows[3]!.map((c) => c?.value);
    const total = ws.rows.find((r) => r[0]?.value === "合计")!;
    const rate = total[header.indexOf("签约资金完成率")];
    expect(rate?.formula).toEqual(expect.any(String));
    expect(rate?.value ?? "").toBe("");
  });

  it("writes formulas whose values LibreOffice reproduces from scratch", async () => {
    const { formulas, mismatches } = await compareWithLibreOffice(out, ["指标汇总", "项目明细"]);
    console.info(`LibreOffice recomputed ${JSON.stringify(formulas)} formulas (without targets)`);
    expect(formulas["项目明细"]).toBe(7 * summary.rows.merged);
    expect(formulas["指标汇总"]).toBeGreaterThan(200);
    expect(mismatches).toEqual([]);
  });
});

describe("zsyz merge on bad input", () => {
  it("refuses an output path that is one of the inputs", () => {
    const input = join(LEDGERS, "北山镇.xlsx");
    const before = hashFile(input);
    const run = runZsyz(["merge", input, "--out", input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out 指定的输出文件");
    expect(run.stderr).toContain("就是台账，写出会覆盖原始文件");
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

  it("goes on without comparison when the --previous file cannot be read or is not earlier, and says why and what to do", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-noprevious-"));
    const missing = join(dir, "上期汇总.json");
    const folder = join(dir, "上期");
    await mkdir(folder);
    const empty = join(dir, "空的.json");
    await writeFile(empty, "");
    // Being written as zsyz writes: the name itself not there yet, its temporary file beside it.
    const writing = join(dir, "写入中.json");
    await writeFile(
      join(dir, ".写入中.json.0a1b2c3d.tmp"),
      '{"version": 2, "asOf": "2024-06-30", "fi',
    );
    const cut = join(dir, "复制中断.json");
    await writeFile(cut, '{\n  "version": 2,\n  "asOf": "2024-06-30",\n  "files": [\n    {\n');
    const later = join(dir, "下期汇总.json");
    await writeFile(
      later,
      JSON.stringify({
        version: 2,
        asOf: "2024-12-31",
        files: [],
        units: [],
        total: { indicators: {} },
      }),
    );
    for (const [file, why] of [
      [missing, "文件不存在（可能已被移动或删除）。请检查路径"],
      [folder, "这是一个文件夹，不是文件。请选择文件夹中上期合并时另存的汇总 JSON 文件"],
      [empty, "文件是空的（可能还没写完或保存失败）。请确认上期汇总已完整保存后再试"],
      [writing, "文件正在写入（旁边有它未写完的临时文件）。请等上期汇总写完后再试"],
      [cut, "内容不完整（可能还在写入，或复制时中断）。请等文件写完或重新复制后再试"],
      [later, "上期截至日期 2024-12-31 不早于本次截至日期 2024-09-30"],
    ] as const) {
      const run = runZsyz([
        "merge",
        LEDGERS,
        "--as-of",
        "2024-09-30",
        "--out",
        join(dir, "县汇总.xlsx"),
        "--json",
        join(dir, "汇总.json"),
        "--previous",
        file,
        "-q",
      ]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`上期汇总文件“${file}”无法用于对比：${why}。本次汇总照常完成`);
      const s = JSON.parse(await readFile(join(dir, "汇总.json"), "utf8")) as Summary;
      expect([
        s.total.previous,
        s.issues.filter((i) => i.code === "previous_unusable").length,
      ]).toEqual([undefined, 1]);
    }
  });

  it("writes nothing when no input is readable, and ends", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-nothing-"));
    // 3 MB: a county-size input, for which the output's compression starts ahead of reading;
    // with nothing to write it must not keep zsyz running.
    await writeFile(join(dir, "坏.xlsx"), Buffer.alloc(3 * 2 ** 20, "not a workbook "));
    const run = runZsyz(["merge", dir, "--out", join(dir, "县汇总.xlsx")], { timeoutMs: 60_000 });
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

/** 0-based index of 项目明细's header row. */
function headerRowOf(ws: GridSheet): number {
  for (let r = 0; r < 10; r += 1) if (ws.rows[r]?.some((c) => c?.value === "项目名称")) return r;
  throw new Error("no header in 项目明细");
}
