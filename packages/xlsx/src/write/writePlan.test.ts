import { buildWorkbookPlan, type PlanCell, type WorkbookPlan } from "@zsyz/indicators";
import { readLedger, readTargets } from "@zsyz/ledger";
import { sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import {
  assertWellFormed,
  cellsOf,
  numFmtOf,
  rowsOf,
  sharedStringsOf,
  unzipParts,
} from "./testing/readParts.js";
import { readXlsx } from "../read/readXlsx.js";
import { writePlan } from "./writePlan.js";

const records = sampleLedgers().flatMap((wb) => readLedger(wb, { asOf: "2024-09-30" }).records);
const targets = readTargets(sampleTargets()).targets;
const plan = buildWorkbookPlan({
  records,
  targets,
  asOf: "2024-09-30",
  options: { lazyDetail: true },
});
const now = new Date("2024-10-08T09:30:00Z");
const parts = unzipParts(writePlan(plan, { now }));
const [summary, detail] = plan.sheets as [WorkbookPlan["sheets"][0], WorkbookPlan["sheets"][0]];
const summaryCells = cellsOf(parts["xl/worksheets/sheet1.xml"]!);
const detailCells = cellsOf(parts["xl/worksheets/sheet2.xml"]!);
const strings = sharedStringsOf(parts["xl/sharedStrings.xml"]!);
const detailPlan: PlanCell[] = [...detail.lazyCells!()];

describe("writePlan()", () => {
  it("writes well-formed XML in every part", () => {
    expect(Object.keys(parts).length).toBe(8 + plan.sheets.length);
    for (const [name, xml] of Object.entries(parts)) assertWellFormed(xml, name);
  });

  it("lists the plan's sheets in order in xl/workbook.xml", () => {
    const names = [...parts["xl/workbook.xml"]!.matchAll(/<sheet name="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(names).toEqual(plan.sheets.map((s) => s.name));
  });

  it("writes each formula with _xlfn. where a file needs it and the plan's value cached", () => {
    const formulas = summary.cells.filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(100);
    for (const c of formulas) {
      const w = summaryCells.get(c.address)!;
      expect(w.f?.text).toBe(c.formula!.replace(/RANK\.EQ\(/g, "_xlfn.RANK.EQ("));
      const cached =
        typeof c.value === "boolean"
          ? c.value
            ? "1"
            : "0"
          : c.value === null
            ? ""
            : String(c.value);
      expect([c.address, w.v]).toEqual([c.address, cached]);
    }
  });

  it("writes ledger text that starts with '=' as a shared string, never as a formula", () => {
    const text = detailPlan.find((c) => typeof c.value === "string" && c.value.startsWith("="))!;
    const w = detailCells.get(text.address)!;
    expect(w).toMatchObject({ t: "s", f: undefined });
    expect(strings[Number(w.v)]).toBe(text.value);
  });

  it("writes every lazily generated detail row, one per record", () => {
    const rows = rowsOf(parts["xl/worksheets/sheet2.xml"]!);
    expect(rows.size).toBe(records.length + 1);
    expect(strings[Number(detailCells.get("B2")!.v)]).toBe(records[0]!.fields.name);
  });

  it("stores each derived column as one shared formula: text on the first data row, ref over all", () => {
    const shared = detail.sharedFormulas!;
    const last = shared.lastRow + 1;
    shared.columns.forEach((col, si) => {
      const master = detailPlan.find((c) => c.row === 1 && c.col === col)!;
      const letter = master.address.replace(/\d+$/, "");
      expect(detailCells.get(master.address)!.f).toEqual({
        attrs: { t: "shared", ref: `${letter}2:${letter}${last}`, si: String(si) },
        text: master.formula,
      });
      expect(detailCells.get(`${letter}3`)!.f).toEqual({
        attrs: { t: "shared", si: String(si) },
        text: "",
      });
    });
  });

  it("keeps a cached value on every shared-formula cell", () => {
    const columns = new Set(detail.sharedFormulas!.columns);
    const derived = detailPlan.filter((c) => c.row > 0 && columns.has(c.col));
    expect(derived.length).toBe(records.length * columns.size);
    for (const c of derived) {
      const w = detailCells.get(c.address)!;
      const cached = typeof c.value === "boolean" ? (c.value ? "1" : "0") : String(c.value);
      expect([c.address, w.t ?? "n", w.v]).toEqual([
        c.address,
        typeof c.value === "boolean" ? "b" : "n",
        cached,
      ]);
    }
  });

  it("gives each cell the format of its style and number format", () => {
    const styles = parts["xl/styles.xml"]!;
    expect(numFmtOf(styles, summaryCells.get("B2")!.s)).toBe("yyyy-mm-dd");
    expect(numFmtOf(styles, summaryCells.get("D2")!.s)).toBe("0.00%");
    const money = detailPlan.find((c) => c.numFmt === "#,##0.00" && c.formula === undefined)!;
    expect(numFmtOf(styles, detailCells.get(money.address)!.s)).toBe("#,##0.00");
    expect(numFmtOf(styles, detailCells.get("A2")!.s)).toBe("@");
  });

  it("writes the header style's fill, bold font and wrapping", () => {
    const styles = parts["xl/styles.xml"]!;
    const xf = [...styles.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].slice(1)[
      summaryCells.get("A4")!.s
    ];
    expect(xf?.[0]).toContain('wrapText="1"');
    expect(styles).toContain('<fgColor rgb="FFDDEBF7"/>');
    expect(styles).toMatch(/<font><b\/><sz val="11"\/>/);
  });

  it("writes merges, the frozen pane and the column widths", () => {
    const xml = parts["xl/worksheets/sheet1.xml"]!;
    expect(xml).toContain(
      `<mergeCells count="1"><mergeCell ref="${summary.merges[0]}"/></mergeCells>`,
    );
    expect(xml).toContain(
      `<pane xSplit="1" ySplit="4" topLeftCell="B5" activePane="bottomRight" state="frozen"/>`,
    );
    expect(xml).toContain('<col min="1" max="1" width="14" customWidth="1"/>');
  });

  it("writes the wrapped header rows' heights", () => {
    const height = summary.rows![0]!;
    expect(rowsOf(parts["xl/worksheets/sheet1.xml"]!).get(height.row + 1)).toMatchObject({
      ht: String(height.height),
      customHeight: "1",
    });
    expect(rowsOf(parts["xl/worksheets/sheet2.xml"]!).get(1)).toMatchObject({ customHeight: "1" });
  });

  it("writes conditional formats with their differential formats", () => {
    const xml = parts["xl/worksheets/sheet1.xml"]!;
    const rules = [
      ...xml.matchAll(
        /<conditionalFormatting sqref="([^"]+)"><cfRule type="expression" dxfId="(\d+)" priority="(\d+)"><formula>([^<]*)<\/formula>/g,
      ),
    ];
    expect(rules.map((m) => [m[1], Number(m[3])])).toEqual(
      summary.conditionalFormats.map((r) => [r.range, r.priority]),
    );
    const dxfCount = Number(/<dxfs count="(\d+)"/.exec(parts["xl/styles.xml"]!)?.[1]);
    expect(rules.every((m) => Number(m[2]) < dxfCount)).toBe(true);
  });

  it("names print titles and filter ranges, and recalculates on open", () => {
    const xml = parts["xl/workbook.xml"]!;
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'指标汇总'!$4:$4</definedName>`,
    );
    expect(xml).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">`);
    expect(xml).toContain('fullCalcOnLoad="1"');
    expect(parts["xl/worksheets/sheet2.xml"]).toContain(`<autoFilter ref="${detail.autoFilter}"/>`);
    expect(parts["xl/worksheets/sheet1.xml"]).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
  });

  it("names the application and dates the file at the given time", () => {
    expect(parts["docProps/app.xml"]).toContain("<Application>招商台账助手 zsyz</Application>");
    expect(parts["docProps/core.xml"]).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-10-08T09:30:00Z</dcterms:created>',
    );
  });

  it("reads back, with the package's own reader, every project's name, amount and date as the ledgers hold them", () => {
    const read = readXlsx(writePlan(plan, { now }), "县汇总.xlsx");
    if (!read.ok) throw new Error(read.message);
    const sheet = read.workbook.sheets.find((ws) => ws.name === "项目明细")!;
    const header = sheet.rows[0]!.map((c) => c?.value);
    const col = (text: string): number =>
      header.findIndex((h) => typeof h === "string" && h.startsWith(text));
    const [name, signed, date] = [col("项目名称"), col("签约资金"), col("签约时间")];
    expect(Math.min(name, signed, date)).toBeGreaterThanOrEqual(0);
    const iso = (v: unknown): unknown => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
    const written = sheet.rows
      .slice(1)
      .map((r) => [
        r[name]?.value,
        r[signed]?.value ?? undefined,
        iso(r[date]?.value) ?? undefined,
      ]);
    expect(written).toEqual(
      records.map((r) => [r.fields.name, r.fields.amt_signed, r.fields.sign_date]),
    );
  });

  it("writes the same bytes for the same plan and time", () => {
    expect(writePlan(plan, { now })).toEqual(writePlan(plan, { now }));
  });
});
