import { DEFAULT_SETTINGS, type Settings } from "@zsyz/indicators";
import type { GridWorkbook } from "@zsyz/ledger";
import { sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { buildSummaryJson } from "./buildSummaryJson.js";
import { describeHeadline } from "./describeHeadline.js";
import type { LedgerSource, WorkbookSource } from "./LedgerSource.js";
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

  it("flags a project reported by two units on both rows and counts it once", async () => {
    const books = sampleLedgers();
    const once = await runCounty({ ledgers: sources(books), asOf: AS_OF });
    const copy: GridWorkbook = { ...books[0]!, file: "城关镇-重报.xlsx" };
    const twice = await runCounty({ ledgers: sources([...books, copy]), asOf: AS_OF });
    expect(twice.rows.merged).toBe(once.rows.merged);
    expect(twice.results.total.indicators.amt_signed).toBe(
      once.results.total.indicators.amt_signed,
    );
    expect(twice.issues.filter((i) => i.code === "duplicate_project").length).toBeGreaterThan(
      once.issues.filter((i) => i.code === "duplicate_project").length,
    );
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

  it("describes the four output sheets in tab order", async () => {
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: targets(),
      asOf: AS_OF,
    });
    expect(run.plan.sheets.map((s) => s.name)).toEqual([
      "指标汇总",
      "项目明细",
      "问题清单",
      "报告摘要",
    ]);
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

  it("drafts the county paragraph first, then one per unit with projects", async () => {
    const run = await runCounty({
      ledgers: sources(sampleLedgers()),
      targets: targets(),
      asOf: AS_OF,
    });
    expect(run.paragraphs.map((p) => p.subject)).toEqual([
      "全县",
      ...run.results.units.map((u) => u.unit),
    ]);
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
    ]);
    expect(merged.total?.indicators.n_signed).toBe(45);
    const checked = buildSummaryJson(
      { files: run.files, records: run.records, issues: run.issues, heldBack: [], rows: run.rows },
      AS_OF,
    );
    expect(Object.keys(checked)).toEqual(["version", "asOf", "files", "rows", "issues"]);
  });
});
