import { DEFAULT_SETTINGS, type Settings } from "@zsyz/indicators";
import type { GridWorkbook } from "@zsyz/ledger";
import { makeSheet, sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { buildSummaryJson } from "./buildSummaryJson.js";
import { describeHeadline } from "./describeHeadline.js";
import type { LedgerSource, WorkbookSource } from "./LedgerSource.js";
import { OUTPUT_SHEETS } from "./outputSheets.js";
import { readLedgerSource } from "./readLedgerSource.js";
import { runCounty } from "./runCounty.js";

const AS_OF = "2024-09-30";
const sources = (books: readonly GridWorkbook[]): LedgerSource[] =>
  books.map((workbook) => ({ file: workbook.file, workbook }));
const targets = (): WorkbookSource => ({ file: "任务分解表.xlsx", workbook: sampleTargets() });

describe("runCounty()", () => {
  it("gives the sample county's headline figures, worked out by hand from the sample ledgers", async () => {
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: targets(),
      asOf: AS_OF,
    });
    expect(describeHeadline(run.results, DEFAULT_SETTINGS)).toBe(
      "截至 2024-09-30：全县新签约项目 45 个，签约资金 63.61亿元，完成年度任务 93.55%，到位资金 21.81亿元",
    );
  });

  it("accounts for every project row: read = merged + rejected, and read is the files' sum", async () => {
    const run = await runCounty({ ledgers: sources(sampleLedgers()), asOf: AS_OF });
    expect(run.rows.read).toBe(run.rows.merged + run.rows.rejected);
    expect(run.rows.read).toBe(run.files.reduce((n, f) => n + f.rows, 0));
    expect(run.records).toHaveLength(run.rows.merged);
  });

  it("gives the same run from ledgers read one by one and cloned across a Worker boundary", async () => {
    const books = sources(sampleLedgers());
    const direct = await runCounty({ ledgers: books, targets: targets(), asOf: AS_OF });
    const preRead = books.map((b) => structuredClone(readLedgerSource(b, AS_OF)));
    const viaWorkers = await runCounty({ ledgers: preRead, targets: targets(), asOf: AS_OF });
    expect(viaWorkers.rows).toEqual(direct.rows);
    expect(viaWorkers.files).toEqual(direct.files);
    expect(viaWorkers.issues.map((i) => [i.code, i.file, i.sheet, i.cell, i.message])).toEqual(
      direct.issues.map((i) => [i.code, i.file, i.sheet, i.cell, i.message]),
    );
    expect(buildSummaryJson(viaWorkers, AS_OF)).toEqual(buildSummaryJson(direct, AS_OF));
  });

  it("keeps going past a file that could not be read, and reports it with its reason", async () => {
    const [first, ...rest] = sources(sampleLedgers());
    const broken: LedgerSource = { file: "坏文件.xlsx", failure: "文件已损坏，无法按 .xlsx 读取" };
    const run = await runCounty({ ledgers: [first!, broken, ...rest], asOf: AS_OF });
    expect(run.files.map((f) => f.status)).toEqual(["ok", "error", "ok", "ok", "ok", "ok", "ok"]);
    expect(run.files[1]).toMatchObject({ file: "坏文件.xlsx", rows: 0 });
    expect(run.issues.find((i) => i.file === "坏文件.xlsx")).toMatchObject({
      code: "file_unreadable",
      severity: "error",
    });
    const alone = await runCounty({ ledgers: sources(sampleLedgers()), asOf: AS_OF });
    expect(run.rows).toEqual(alone.rows);
  });

  it("skips an earlier summary workbook of ours instead of counting its projects twice", async () => {
    const earlier: GridWorkbook = {
      file: "县汇总.xlsx",
      sheets: ["指标汇总", "项目明细"].map((name) => ({ name, rows: [], merges: [] })),
    };
    const run = await runCounty({
      ledgers: [{ file: earlier.file, workbook: earlier }],
      asOf: AS_OF,
    });
    expect(run.files).toEqual([
      expect.objectContaining({ file: "县汇总.xlsx", status: "error", rows: 0 }),
    ]);
    expect(run.issues.map((i) => i.code)).toEqual(["summary_workbook"]);
  });

  it("lets each unit count a duplicate as it reported it and takes the later copy out of the county total once", async () => {
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: targets(),
      asOf: AS_OF,
    });
    // The samples' one duplicate: 经济开发区 row 6, 合同 of 2024-04-12, 签约 26000, 到位 9000 (all new).
    expect(run.dedup).toEqual({
      n_signed: 1,
      amt_signed: 26000,
      amt_arrived: 9000,
      amt_arrived_new: 9000,
    });
    const sum = (k: string): number =>
      run.results.units.reduce((n, u) => n + ((u.indicators[k] as number | null) ?? 0), 0);
    expect(sum("n_signed") - (run.results.total.indicators.n_signed as number)).toBe(1);
    expect(sum("amt_signed") - (run.results.total.indicators.amt_signed as number)).toBeCloseTo(
      26000,
      6,
    );
    expect(
      run.issues.filter((i) => i.code === "duplicate_project").map((i) => `${i.file}!${i.cell}`),
    ).toEqual(["经济开发区项目台账.xlsx!B6", "城关镇招商引资项目台账.xlsx!B6"]);
    const summary = run.plan.sheets[0]!;
    const label = summary.cells.find((c) => c.value === "减：疑似重复报送")!;
    const totalLabel = summary.cells.find((c) => c.col === 0 && c.value === "合计")!;
    expect(totalLabel.row).toBe(label.row + 1);
    const signedCol = summary.cells.find((c) => c.row === 3 && c.value === "签约资金（万元）")!.col;
    const at = (row: number) => summary.cells.find((c) => c.row === row && c.col === signedCol)!;
    expect(at(label.row).value).toBe(26000);
    expect(at(label.row).formula).toMatch(/^SUMIFS\(.*'项目明细'!\$AI\$2:\$AI\$\d+,TRUE\)$/);
    const l = at(label.row).address.replace(/\d+$/, "");
    expect(at(totalLabel.row).formula).toBe(`SUM(${l}5:${l}${label.row})-${l}${label.row + 1}`);
    expect(buildSummaryJson(run, AS_OF).total?.dedup).toEqual(run.dedup);
    expect(run.paragraphs[0]!.text).toContain(
      "其中疑似重复报送1个项目、签约资金2.60亿元、到位资金0.90亿元，已在全县合计中剔除。",
    );
  });

  it("counts a duplicate settled in the 重复项目归属 sheet for its owner only, and rejects the other copy", async () => {
    const sample = sampleTargets();
    const book: GridWorkbook = {
      ...sample,
      sheets: [
        ...sample.sheets,
        makeSheet("重复项目归属", [
          ["项目名称", "归属单位", "说明"],
          ["智能装备制造产业园项目", "经济开发区", "2024-10-09 协调会确定"],
        ]),
      ],
    };
    const before = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: targets(),
      asOf: AS_OF,
    });
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: { file: "任务分解表.xlsx", workbook: book },
      asOf: AS_OF,
    });
    expect(run.dedup).toEqual({ n_signed: 0, amt_signed: 0, amt_arrived: 0, amt_arrived_new: 0 });
    expect(run.rows.rejected).toBe(before.rows.rejected + 1);
    expect(run.rows.read).toBe(before.rows.read);
    const unit = (r: typeof run, u: string) =>
      r.results.units.find((x) => x.unit === u)!.indicators;
    // 城关镇's copy (26000 signed) goes; 经济开发区 keeps its own.
    expect(
      (unit(before, "城关镇").amt_signed as number) - (unit(run, "城关镇").amt_signed as number),
    ).toBeCloseTo(26000, 6);
    expect(unit(run, "经济开发区").amt_signed).toBe(unit(before, "经济开发区").amt_signed);
    expect(run.results.total.indicators.amt_signed).toBe(
      before.results.total.indicators.amt_signed,
    );
    expect(
      run.issues
        .filter((i) => i.code.startsWith("duplicate"))
        .map((i) => `${i.severity} ${i.code}`),
    ).toEqual(["warning duplicate_resolved", "warning duplicate_resolved"]);
    expect(run.plan.sheets[0]!.cells.some((c) => c.value === "减：疑似重复报送")).toBe(false);
  });

  it("matches target units written 甲 or 甲镇人民政府 to the ledgers' 甲镇 and reports every mismatch with its cell", async () => {
    const book = {
      file: "任务分解表.xlsx",
      sheets: [
        makeSheet("任务", [
          ["单位", "年度签约资金任务"],
          ["城关", 150000],
          ["河西乡人民政府", 80000],
          ["东城　街道", 50000],
          ["不存在镇", 1000],
        ]),
      ],
    };
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: { file: book.file, workbook: book },
      asOf: AS_OF,
    });
    const rows = run.issues
      .filter((i) => i.code.startsWith("target_unit") || i.code === "unit_without_target")
      .map((i) => `${i.code} ${i.file}!${i.cell} ${i.raw}`);
    expect(rows).toEqual([
      "target_unit_matched 任务分解表.xlsx!A2 城关",
      "target_unit_matched 任务分解表.xlsx!A3 河西乡人民政府",
      "target_unit_matched 任务分解表.xlsx!A4 东城　街道",
      "target_unit_unknown 任务分解表.xlsx!A5 不存在镇",
      expect.stringMatching(/^unit_without_target 经济开发区项目台账\.xlsx!/),
      expect.stringMatching(/^unit_without_target 北山镇.*北山镇$/),
      expect.stringMatching(/^unit_without_target .*南湖镇$/),
    ]);
    const rate = (u: string) => run.results.units.find((x) => x.unit === u)?.indicators.rate_signed;
    expect(run.results.units.map((u) => u.unit).slice(0, 4)).toEqual([
      "城关镇",
      "河西乡",
      "东城街道",
      "不存在镇",
    ]);
    expect(rate("城关镇")).toBeCloseTo(180116.6 / 150000, 12);
  });

  it("shows in 通报表 the targets 指标汇总 holds: a unit listed twice by its later row, the county's exact sum", async () => {
    // 城关镇人民政府 and 城关镇 are one unit: the later row (150000 万元) is its target. The
    // county's is 150000 + 0.1 + 0.2 = 150000.3 万元 exactly (not 150000.30000000002), shown in
    // 亿元 as the sheet's formula divides it.
    const book = {
      file: "任务分解表.xlsx",
      sheets: [
        makeSheet("任务", [
          ["单位", "年度签约资金任务"],
          ["城关镇人民政府", 100000],
          ["河西乡", 0.1],
          ["东城街道", 0.2],
          ["城关镇", 150000],
        ]),
      ],
    };
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: { file: book.file, workbook: book },
      asOf: AS_OF,
    });
    const sheet = (name: string) => run.plan.sheets.find((s) => s.name === name)!;
    // The target beside a unit's name: 指标汇总 A | B (万元), 通报表 B | C (亿元).
    const beside = (name: string, unitCol: number, unit: string) => {
      const cells = sheet(name).cells;
      const row = cells.find((c) => c.col === unitCol && c.value === unit)!.row;
      return cells.find((c) => c.row === row && c.col === unitCol + 1)?.value;
    };
    expect([beside("指标汇总", 0, "城关镇"), beside("通报表", 1, "城关镇")]).toEqual([150000, 15]);
    expect([beside("指标汇总", 0, "合计"), beside("通报表", 1, "合计")]).toEqual([
      150000.3,
      150000.3 / 10000,
    ]);
  });

  it("treats units differing only by letter case as one unit, so SUMIFS and the engine agree", async () => {
    const ledger = (file: string, unit: string, name: string): LedgerSource => ({
      file,
      workbook: {
        file,
        sheets: [
          makeSheet("台账", [
            [
              "项目名称",
              "责任单位",
              "投资方",
              "签约类型",
              "签约时间",
              "签约资金",
              "本年到位资金",
              "项目状态",
            ],
            [name, unit, "甲公司", "合同", "2024-03-01", 100, 10, "签约"],
          ]),
        ],
      },
    });
    const run = await runCounty({
      ledgers: [ledger("a.xlsx", "ABC园区", "一号项目"), ledger("b.xlsx", "abc园区", "二号项目")],
      asOf: AS_OF,
    });
    expect(run.results.units.map((u) => [u.unit, u.indicators.amt_signed])).toEqual([
      ["ABC园区", 200],
    ]);
    expect(
      run.issues.filter((i) => i.code === "unit_alias").map((i) => `${i.file}!${i.cell} ${i.raw}`),
    ).toEqual(["b.xlsx!B2 abc园区"]);
  });

  it("reads sources one at a time from an async generator, in order", async () => {
    const pulled: string[] = [];
    async function* lazily(): AsyncGenerator<LedgerSource> {
      for (const s of sources(sampleLedgers())) {
        pulled.push(s.file);
        yield s;
      }
    }
    const run = await runCounty({ ledgers: lazily(), asOf: AS_OF });
    expect(run.files.map((f) => f.file)).toEqual(pulled);
  });

  it("describes the output sheets in tab order", async () => {
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: targets(),
      asOf: AS_OF,
    });
    const names = [
      "指标汇总",
      "项目明细",
      "问题清单",
      "报告摘要",
      "考评得分",
      "通报表",
      "分类统计",
      "新引进项目清单",
    ];
    expect(run.plan.sheets.map((s) => s.name)).toEqual(names);
    // The list the CLI's help and the web page describe them by: every sheet, in tab order.
    expect(OUTPUT_SHEETS.map((s) => s.name)).toEqual(names);
  });

  it("leaves out the sheets OUTPUT_SHEETS marks 有任务分解表时 when no target table is given", async () => {
    const run = await runCounty({ ledgers: sources(sampleLedgers()), asOf: AS_OF });
    expect(run.plan.sheets.map((s) => s.name)).toEqual(
      OUTPUT_SHEETS.filter((s) => s.when === undefined).map((s) => s.name),
    );
    expect(OUTPUT_SHEETS.filter((s) => s.when).map((s) => [s.name, s.when])).toEqual([
      ["考评得分", "有任务分解表时"],
      ["通报表", "有任务分解表时"],
    ]);
  });

  it("scores each unit by the default scheme, worked out by hand, with live formulas in 考评得分", async () => {
    const ledger = (
      unit: string,
      signedAmt: number,
      arrived: number,
      land: string,
    ): LedgerSource => ({
      file: `${unit}.xlsx`,
      workbook: {
        file: `${unit}.xlsx`,
        sheets: [
          makeSheet("台账", [
            [`${unit}2024年招商引资项目台账`],
            [
              "项目名称",
              "投资方",
              "签约类型",
              "签约时间",
              "签约资金",
              "本年到位资金",
              "项目状态",
              "开工时间",
              "土地手续",
            ],
            [
              `${unit}新材料项目`,
              `${unit}公司`,
              "合同",
              "2024-03-01",
              signedAmt,
              arrived,
              "在建",
              "2024-05-01",
              land,
            ],
          ]),
        ],
      },
    });
    const targetBook: GridWorkbook = {
      file: "任务.xlsx",
      sheets: [
        makeSheet("任务", [
          ["单位", "年度签约资金任务", "年度到位资金任务"],
          ["甲镇", 1000, 1000],
          ["乙镇", 1000, 1000],
        ]),
      ],
    };
    const run = await runCounty({
      ledgers: [ledger("甲镇", 1300, 500, "已供地"), ledger("乙镇", 800, 800, "无")],
      targets: { file: targetBook.file, workbook: targetBook },
      asOf: AS_OF,
    });
    // 甲镇: 签约 130% → capped 120% × 35 = 42; 到位 50% × 35 = 17.5; 到位率 38.46% < 40% → 0;
    // 开工率 100% → 15: 74.5. 乙镇: 28 + 28 + 15 + 15 = 86, less 1 for 无 land while 在建: 85.
    expect(
      run.results.units.map((u) => [u.unit, u.indicators.score, u.indicators.rank_score]),
    ).toEqual([
      ["甲镇", 74.5, 2],
      ["乙镇", 85, 1],
    ]);
    const sheet = run.plan.sheets.find((x) => x.name === "考评得分")!;
    const row = (r: number) =>
      sheet.cells.filter((c) => c.row === r).map((c) => c.formula ?? c.value);
    expect(row(2)).toEqual([
      "单位",
      "签约资金完成率（35分）",
      "到位资金完成率（35分）",
      "资金到位率（15分）",
      "开工率（15分）",
      "扣分：疑似重复报送（每项2分，最多10分）",
      "扣分：未办结用地手续即开工（每项1分，最多5分）",
      "得分",
      "排名",
    ]);
    const summary = run.plan.sheets[0]!;
    const colOf = (name: string) =>
      summary.cells.find((c) => c.row === 3 && c.value === name)!.address.replace(/\d+$/, "");
    const rs = colOf("签约资金完成率");
    expect(row(4)[1]).toBe(
      `IF(ISNUMBER('指标汇总'!${rs}6),35*MIN(MAX('指标汇总'!${rs}6,0),1.2),0)`,
    );
    expect(row(4)[6]).toBe(
      `MIN(1*COUNTIFS('问题清单'!$C$3:$C$${2 + run.issues.length},$A5,'问题清单'!$I$3:$I$${2 + run.issues.length},"started_without_land"),5)`,
    );
    expect(row(4)[7]).toBe("MAX(0,SUM(B5:E5)-SUM(F5:G5))");
    expect(row(4)[8]).toBe("RANK.EQ(H5,H$4:H$5,0)");
    // 通报表: units by score, 乙镇 (85) first: task 0.1亿, signed 0.08亿 (80%), 5 points ahead of
    // the 75% time progress, arrived 0.08亿 (80%), 到位率 100%.
    const bulletin = run.plan.sheets.find((x) => x.name === "通报表")!;
    const brow = (r: number) => bulletin.cells.filter((c) => c.row === r).map((c) => c.value);
    expect(brow(0)).toEqual(["招商引资目标任务完成情况通报表（截至2024年9月底）"]);
    expect(brow(2)).toEqual([
      "排名",
      "单位",
      "签约资金任务（亿元）",
      "签约资金（亿元）",
      "签约完成率",
      "超/欠时序进度（个百分点）",
      "到位资金（亿元）",
      "到位完成率",
      "资金到位率",
      "考评得分",
    ]);
    expect(brow(3).map((v) => (typeof v === "number" ? Number(v.toFixed(10)) : v))).toEqual([
      1,
      "乙镇",
      0.1,
      0.08,
      0.8,
      5,
      0.08,
      0.8,
      1,
      85,
    ]);
    expect(brow(4).slice(0, 2)).toEqual([2, "甲镇"]);
    expect(brow(5).slice(1, 4)).toEqual(["合计", 0.2, 0.21]);
    expect(bulletin.cells.find((c) => c.address === "D4")!.formula).toBe(
      `IF(ISNUMBER('指标汇总'!${colOf("签约资金（万元）")}6),'指标汇总'!${colOf("签约资金（万元）")}6/10000,"")`,
    );
    expect(bulletin.cells.find((c) => c.address === "J4")!.formula).toBe("'考评得分'!H5");
  });

  it("lists every issue in 问题清单, one row each under its header", async () => {
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: targets(),
      asOf: AS_OF,
    });
    const sheet = run.plan.sheets.find((s) => s.name === "问题清单")!;
    const codes = sheet.cells.filter((c) => c.col === 8 && c.row > 1).map((c) => c.value);
    expect(codes.sort()).toEqual(run.issues.map((i) => i.code).sort());
  });

  it("applies the settings: custom indicators in the results and the plan, county name in the report", async () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      countyName: "全区",
      customIndicators: [
        {
          key: "arrived_per_project",
          name: "项目平均到位",
          expression: "amt_arrived_new / n_signed",
        },
      ],
    };
    const run = await runCounty({ ledgers: sources(sampleLedgers()), asOf: AS_OF, settings });
    const t = run.results.total.indicators;
    expect(t.arrived_per_project).toBeCloseTo(
      (t.amt_arrived_new as number) / (t.n_signed as number),
      9,
    );
    const summary = run.plan.sheets[0]!;
    expect(summary.cells.some((c) => c.value === "项目平均到位")).toBe(true);
    expect(run.paragraphs[0]).toMatchObject({ subject: "全区" });
    expect(run.paragraphs[0]!.text.startsWith("截至9月底，全区")).toBe(true);
  });

  it("drafts the county paragraph first, the 通报 of units, the problem projects, then one per unit", async () => {
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: targets(),
      asOf: AS_OF,
    });
    expect(run.paragraphs.map((p) => p.subject)).toEqual([
      "全县",
      "各单位完成情况",
      "存在的问题",
      ...run.results.units.map((u) => u.unit),
    ]);
    // 城关镇 signs 180116.6 of 150000 (120.08%): done; 西岭镇 signs nothing.
    expect(run.paragraphs[1]!.text).toMatch(/^从各单位看，[^；]*城关镇[^；]*已完成年度签约任务；/);
    expect(run.paragraphs[1]!.text).toContain("西岭镇还无签约实绩");
    expect(run.paragraphs[2]!.text).toMatch(/^存在的问题：一是未办结用地手续即开工，/);
    expect(run.paragraphs[2]!.text).toContain(
      "疑似重复报送，“智能装备制造产业园项目”由城关镇、经济开发区同时报送。",
    );
  });

  it("reports an unreadable target table and still merges, without rates", async () => {
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: { file: "任务.xlsx", failure: "文件是空的（0 字节）" },
      asOf: AS_OF,
    });
    expect(run.targets).toBeNull();
    expect(run.issues.at(-1)).toMatchObject({ code: "file_unreadable", file: "任务.xlsx" });
    expect(run.results.total.indicators.rate_signed).toBeNull();
    expect(run.rows.merged).toBeGreaterThan(0);
  });
});

describe("runCounty() with the county's rule sheets given apart (rules)", () => {
  // 城关镇 and 经济开发区 both report 智能装备制造产业园项目 on their row 6: 合同, 签约 26000,
  // 到位 9000 (the samples' one duplicate).
  const rulesBook = (...sheets: GridWorkbook["sheets"]): WorkbookSource => ({
    file: "全县.xlsx",
    workbook: { file: "全县.xlsx", sheets },
  });
  const ownership = makeSheet("重复项目归属", [
    ["项目名称", "归属单位", "说明"],
    ["智能装备制造产业园项目", "经济开发区", "2024-10-09 协调会确定"],
  ]);
  const unit = (run: Awaited<ReturnType<typeof runCounty>>, name: string) =>
    run.results.units.find((u) => u.unit === name)!.indicators;

  it("holds back the copy of a duplicate its 重复项目归属 sheet gives to the other unit, deducting nothing", async () => {
    const before = await runCounty({ ledgers: sources(sampleLedgers()), asOf: AS_OF });
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      rules: rulesBook(ownership),
      asOf: AS_OF,
    });
    expect(before.dedup.n_signed).toBe(1);
    expect(run.dedup).toEqual({ n_signed: 0, amt_signed: 0, amt_arrived: 0, amt_arrived_new: 0 });
    expect(run.rows.rejected).toBe(before.rows.rejected + 1);
    expect(
      (unit(before, "城关镇").n_signed as number) - (unit(run, "城关镇").n_signed as number),
    ).toBe(1);
    expect(
      (unit(before, "城关镇").amt_signed as number) - (unit(run, "城关镇").amt_signed as number),
    ).toBeCloseTo(26000, 6);
    expect(unit(run, "经济开发区").amt_signed).toBe(unit(before, "经济开发区").amt_signed);
    expect(run.results.total.indicators.amt_signed).toBe(
      before.results.total.indicators.amt_signed,
    );
    expect(run.issues.filter((i) => i.code.startsWith("duplicate")).map((i) => i.code)).toEqual([
      "duplicate_resolved",
      "duplicate_resolved",
    ]);
    expect(run.plan.sheets[0]!.cells.some((c) => c.value === "减：疑似重复报送")).toBe(false);
  });

  it("names in 问题清单 the cells of its rule sheets it cannot use, and applies the rest", async () => {
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      rules: rulesBook(
        makeSheet("重复项目归属", [
          ["项目名称", "归属单位"],
          ["没有重复的项目", "城关镇"],
        ]),
        makeSheet("统计口径", [
          ["口径", "设置"],
          ["计入的资金来源", "境外"],
          ["新签项目签约资金起点（万元）", "很多"],
        ]),
      ),
      asOf: AS_OF,
    });
    const named = (codes: string[]) =>
      run.issues.filter((i) => codes.includes(i.code)).map((i) => `${i.sheet}!${i.cell} ${i.raw}`);
    expect(named(["settings_invalid", "ownership_invalid"])).toEqual([
      "重复项目归属!A2 没有重复的项目",
      "统计口径!B3 很多",
    ]);
    // 计入的资金来源 境外 applies: projects from elsewhere are left out, with a warning each.
    expect(run.issues.some((i) => i.code === "policy_excluded")).toBe(true);
    const issueSheet = run.plan.sheets.find((s) => s.name === "问题清单")!;
    const rowOf = (sheet: string, cell: string) =>
      issueSheet.cells.find(
        (c) =>
          c.col === 5 &&
          c.value === cell &&
          issueSheet.cells.some((d) => d.row === c.row && d.col === 4 && d.value === sheet),
      );
    expect(rowOf("统计口径", "B3")).toBeDefined();
    expect(rowOf("重复项目归属", "A2")).toBeDefined();
  });

  it("gives a rule sheet's issue no township in 问题清单 when its workbook holds the ledgers too", async () => {
    // The task pane's case: one workbook holds every township's sheet and the rule sheets.
    const [chengguan, park] = sampleLedgers();
    const file = "全县.xlsx";
    const run = await runCounty({
      ledgers: [{ file, workbook: { file, sheets: [...chengguan!.sheets, ...park!.sheets] } }],
      rules: {
        file,
        workbook: {
          file,
          sheets: [
            makeSheet("统计口径", [
              ["口径", "设置"],
              ["新签项目签约资金起点（万元）", "很多"],
            ]),
          ],
        },
      },
      asOf: AS_OF,
    });
    const issueSheet = run.plan.sheets.find((s) => s.name === "问题清单")!;
    const at = (row: number, col: number) =>
      issueSheet.cells.find((c) => c.row === row && c.col === col)?.value;
    const rows = [...new Set(issueSheet.cells.filter((c) => c.row >= 2).map((c) => c.row))];
    const units = (sheet: string) =>
      new Set(rows.filter((r) => at(r, 4) === sheet).map((r) => at(r, 2)));
    expect(units("统计口径")).toEqual(new Set([""]));
    // 城关镇's own sheet (项目台账) keeps its unit: its 2.6 typed into the 万元 column.
    expect(units("项目台账")).toEqual(new Set(["城关镇"]));
  });

  it("reads the rules of the target workbook alone when both are given", async () => {
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: targets(),
      rules: rulesBook(
        ownership,
        makeSheet("统计口径", [
          ["口径", "设置"],
          ["新签项目签约资金起点（万元）", "很多"],
        ]),
      ),
      asOf: AS_OF,
    });
    // The sample target workbook has no 重复项目归属: the duplicate is deducted once.
    expect(run.dedup.n_signed).toBe(1);
    expect(run.issues.filter((i) => i.sheet === "统计口径" || i.sheet === "重复项目归属")).toEqual(
      [],
    );
  });

  it("says which rule sheets of the target workbook it took: a 考评办法 it can read, not one without its header", async () => {
    const withScheme = (scheme: GridWorkbook["sheets"][number]): WorkbookSource => ({
      file: "任务分解表.xlsx",
      workbook: { ...sampleTargets(), sheets: [...sampleTargets().sheets, scheme] },
    });
    const titleOf = (run: Awaited<ReturnType<typeof runCounty>>) =>
      run.plan.sheets.find((s) => s.name === "考评得分")!.cells.find((c) => c.row === 0)?.value;
    const good = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: withScheme(
        makeSheet("考评 办法", [
          ["类别", "指标或问题", "分值"],
          ["办法名称", "2024年县考评办法", null],
          ["考评项目", "签约资金完成率", 100],
        ]),
      ),
      asOf: AS_OF,
    });
    expect(good.ruleSheets).toEqual([{ sheet: "考评 办法", part: "scoring" }]);
    expect(titleOf(good)).toBe("招商引资考评得分（2024年县考评办法）");

    const headless = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: withScheme(
        makeSheet("考评办法", [
          ["考核内容", "满分"],
          ["签约资金完成率", 100],
        ]),
      ),
      asOf: AS_OF,
    });
    expect(headless.ruleSheets).toEqual([]);
    expect(titleOf(headless)).toBe(`招商引资考评得分（${DEFAULT_SETTINGS.scoring.name}）`);
    const why = headless.issues.filter((i) => i.sheet === "考评办法");
    expect(why.map((i) => [i.code, i.cell, i.raw])).toEqual([
      ["settings_invalid", "A1", "考核内容、满分"],
    ]);
    expect(why[0]!.message).toContain("没有找到含“指标或问题”和“分值”两列的表头");
  });

  it("reports a rule workbook that could not be read and still merges by the settings", async () => {
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      rules: { file: "全县.xlsx", failure: "文件是空的（0 字节）" },
      asOf: AS_OF,
    });
    expect(run.issues.filter((i) => i.file === "全县.xlsx").map((i) => i.code)).toEqual([
      "file_unreadable",
    ]);
    expect(run.dedup.n_signed).toBe(1);
    expect(run.rows.merged).toBeGreaterThan(0);
  });
});

describe("buildSummaryJson()", () => {
  it("fills files, rows and issues for a check, and units and total for a merge", async () => {
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: targets(),
      asOf: AS_OF,
    });
    const merged = buildSummaryJson(run, AS_OF);
    expect(Object.keys(merged)).toEqual([
      "version",
      "asOf",
      "files",
      "rows",
      "issues",
      "units",
      "total",
      "industries",
    ]);
    expect(merged.total?.indicators.n_signed).toBe(45);
    const checked = buildSummaryJson(
      {
        files: run.files,
        records: run.records,
        issues: run.issues,
        heldBack: [],
        deducted: [],
        rows: run.rows,
      },
      AS_OF,
    );
    expect(Object.keys(checked)).toEqual(["version", "asOf", "files", "rows", "issues"]);
  });

  describe("counting policy", () => {
    const book: GridWorkbook = {
      file: "甲镇.xlsx",
      sheets: [
        makeSheet("台账", [
          ["甲镇2024年招商引资项目台账"],
          [
            "项目名称",
            "投资方",
            "资金来源",
            "签约类型",
            "签约时间",
            "签约资金",
            "本年到位资金",
            "项目状态",
          ],
          ["省外项目", "甲公司", "省外", "合同", "2024-03-01", 1000, 100, "签约"],
          ["县内项目", "乙公司", "县内", "合同", "2024-03-01", 500, 50, "签约"],
          ["市内项目", "丙公司", "市内", "合同", "2024-03-01", 200, 20, "签约"],
        ]),
      ],
    };
    const policyRows = (run: Awaited<ReturnType<typeof runCounty>>) =>
      run.issues.filter((i) => i.code === "policy_excluded").map((i) => `${i.cell} ${i.raw}`);

    it("leaves 县内 money out by default: merged, warned, its reason in 项目明细, not counted", async () => {
      const run = await runCounty({ ledgers: [{ file: book.file, workbook: book }], asOf: AS_OF });
      expect(run.rows).toEqual({ read: 3, merged: 3, rejected: 0 });
      expect(run.results.total.indicators.n_signed).toBe(2);
      expect(run.results.total.indicators.amt_signed).toBe(1200);
      expect(policyRows(run)).toEqual(["C4 县内"]);
      const detail = run.plan.sheets.find((x) => x.name === "项目明细")!;
      const col = detail.cells.find((c) => c.row === 0 && c.value === "统计口径")!.col;
      expect(detail.cells.filter((c) => c.col === col && c.row > 0).map((c) => c.value)).toEqual([
        "",
        "资金来源为“县内”，不属于统计的引资来源（境外、省外、省内市外、市内）",
        "",
      ]);
      const newCol = detail.cells.find((c) => c.row === 0 && c.value === "当年新签?")!.col;
      expect(detail.cells.find((c) => c.row === 2 && c.col === newCol)!.formula).toContain(
        'NOT(OR(F3="县内"))',
      );
    });

    it("takes the policy from the target workbook's 统计口径 sheet, naming a row it cannot use", async () => {
      const targetsBook: GridWorkbook = {
        file: "任务.xlsx",
        sheets: [
          makeSheet("任务", [
            ["单位", "年度签约资金任务"],
            ["甲镇", 2000],
          ]),
          makeSheet("统计口径", [
            ["口径", "设置"],
            ["计入的资金来源", "境外、省外"],
            ["计为签约的签约类型", "合同、协议"],
            ["新签项目签约资金起点（万元）", "很多"],
          ]),
        ],
      };
      const run = await runCounty({
        ledgers: [{ file: book.file, workbook: book }],
        targets: { file: targetsBook.file, workbook: targetsBook },
        asOf: AS_OF,
      });
      // Only 省外 (1000) counts: 县内 and 市内 are not among the origins counted.
      expect(run.results.total.indicators.amt_signed).toBe(1000);
      expect(policyRows(run)).toEqual(["C4 县内", "C5 市内"]);
      expect(
        run.issues
          .filter((i) => i.code === "settings_invalid")
          .map((i) => `${i.sheet}!${i.cell} ${i.raw}`),
      ).toEqual(["统计口径!B4 很多"]);
    });

    it("applies the county's minimum 签约资金 from the settings", async () => {
      const run = await runCounty({
        ledgers: [{ file: book.file, workbook: book }],
        asOf: AS_OF,
        settings: {
          ...DEFAULT_SETTINGS,
          countingPolicy: {
            origins: ["境外", "省外", "省内市外", "市内"],
            signTypes: ["合同", "协议"],
            minSigned: 300,
          },
        },
      });
      expect(run.results.total.indicators.n_signed).toBe(1);
      expect(run.results.total.indicators.amt_signed).toBe(1000);
      expect(policyRows(run)).toEqual(["C4 县内", "F5 200"]);
      expect(run.issues.find((i) => i.cell === "F5")!.message).toBe(
        "本项目不符合统计口径（签约资金低于300万元的起点），保留在项目明细中，不计入签约和到位统计。",
      );
    });
  });

  it("takes requirements from the target workbook's 达标要求 sheet and names the rows it cannot use", async () => {
    const sample = sampleTargets();
    const book: GridWorkbook = {
      ...sample,
      sheets: [
        ...sample.sheets,
        makeSheet("达标要求", [
          ["指标", "达标值", "说明"],
          ["资金到位率", "50%以上", "市考核办法"],
          ["开工率", "不低于100%"],
          ["到位率", "30%"],
          ["签约资金完成率", "很高"],
        ]),
      ],
    };
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: { file: "任务分解表.xlsx", workbook: book },
      asOf: AS_OF,
    });
    // County: 158091 of 636114.6 arrived on new projects (24.85%); 18 of 45 started (40%).
    expect(run.results.total.indicators.meets_arrival_rate_new).toBe(false);
    expect(run.results.total.indicators.meets_start_rate_new).toBe(false);
    expect(run.paragraphs[0]!.text).toContain("资金到位率24.85%，未达到50%的要求");
    expect(run.paragraphs[0]!.text).toContain("开工率40.00%，未达到100%的要求");
    expect(
      run.issues
        .filter((i) => i.code === "settings_invalid")
        .map((i) => `${i.sheet}!${i.cell} ${i.raw}`),
    ).toEqual(["达标要求!A4 到位率", "达标要求!B5 很高"]);
  });
});
