import { buildWorkbookPlan } from "@zsyz/indicators";
import { readLedger, readTargets, sampleLedgers, sampleTargets } from "@zsyz/ledger";
import ExcelJS from "exceljs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writePlan } from "./writePlan.js";

const records = sampleLedgers().flatMap((wb) => readLedger(wb, { asOf: "2024-09-30" }).records);
const targets = readTargets(sampleTargets()).targets;

describe("writePlan()", () => {
  const plan = buildWorkbookPlan({
    records,
    targets,
    asOf: "2024-09-30",
    options: { lazyDetail: true },
  });
  let path: string;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    path = join(await mkdtemp(join(tmpdir(), "zsyz-plan-")), "plan.xlsx");
    await writePlan(plan, path);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
  });

  it("writes every sheet of the plan, in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  it("writes each formula (with _xlfn. where a file needs it) and the engine's value as its cached result", () => {
    const summary = plan.sheets[0]!;
    const ws = wb.getWorksheet(summary.name)!;
    const formulas = summary.cells.filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(100);
    for (const c of formulas) {
      const v = ws.getCell(c.address).value as ExcelJS.CellFormulaValue;
      expect(v.formula).toBe(c.formula!.replace(/RANK\.EQ\(/g, "_xlfn.RANK.EQ("));
      // exceljs reads a falsy cached result (0, "", FALSE) back as none: those compare as "absent or equal".
      const expected = c.value === null ? "" : c.value;
      const got =
        expected === 0 || expected === "" || expected === false ? (v.result ?? expected) : v.result;
      expect([c.address, got]).toEqual([c.address, expected]);
    }
  });

  it("writes the lazily generated detail rows, one per record", () => {
    const ws = wb.getWorksheet("项目明细")!;
    expect(ws.rowCount).toBe(records.length + 1);
    expect(ws.getCell("B2").value).toBe(records[0]!.fields.name);
  });

  it("applies styles, number formats, merges and the frozen header", () => {
    const ws = wb.getWorksheet(plan.sheets[0]!.name)!;
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect((ws.getCell("A4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFDDEBF7");
    expect(ws.views[0]).toMatchObject({
      state: "frozen",
      ySplit: plan.sheets[0]!.frozen.rows,
      xSplit: plan.sheets[0]!.frozen.columns,
    });
    expect((ws.model as { merges: string[] }).merges.length).toBe(plan.sheets[0]!.merges.length);
  });

  it("marks the workbook to recalculate on open and sets A4 landscape printing", async () => {
    const { execFileSync } = await import("node:child_process");
    const workbookXml = execFileSync("unzip", ["-p", path, "xl/workbook.xml"]).toString();
    expect(workbookXml).toContain('fullCalcOnLoad="1"');
    expect(workbookXml).toContain("_xlnm.Print_Titles");
    expect(wb.worksheets[0]!.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it("writes ledger text that starts with '=' as text, never as a formula", async () => {
    const text = plan.sheets[1]!.name;
    const ws = wb.getWorksheet(text)!;
    const values: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => void values.push(c.value)));
    expect(values).toContain('=HYPERLINK("http://example.com","点我")');
    expect(await readFile(path)).toBeInstanceOf(Buffer);
  });
});
