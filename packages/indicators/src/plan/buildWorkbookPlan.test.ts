import { columnLetter } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { compileIndicator, DEFAULT_CATALOGUE } from "../compileIndicator.js";
import { computeIndicators } from "../computeIndicators.js";
import { record, signed, target } from "../testing/records.js";
import { buildWorkbookPlan } from "./buildWorkbookPlan.js";
import { toExcelSerial, toFileFormula } from "./formulaText.js";
import { evaluatePlan } from "./testing/evaluatePlan.js";
import { parseFormula, referencesOf } from "./testing/parseFormula.js";
import type { PlanCell, SheetPlan, WorkbookPlan } from "./WorkbookPlan.js";

const asOf = "2024-09-30";
const custom = compileIndicator({
  key: "arrival_all",
  name: "综合到位率",
  expression: "min(到位资金 / 签约资金, 1.2)",
});
if (!custom.ok) throw new Error(custom.error.message);
const catalogue = [...DEFAULT_CATALOGUE, custom.indicator];
const records = [
  signed("城关镇", {
    name: "=1+1",
    amt_signed: 1000.1,
    amt_arrived: 200.2,
    status: "开工",
    fund_source: "省外",
  }),
  signed("城关镇", {
    amt_signed: 500,
    amt_signed_outprov: 120,
    amt_arrived: 0.1,
    sign_type: "协议",
    sign_date: "2024-09-30",
  }),
  record("城关镇", {
    sign_type: "合同",
    sign_date: "2023-04-01",
    status: "在建",
    amt_arrived: 300.3,
    amt_arrived_outprov: 30,
    fdi: 12.5,
  }),
  record("城关镇", { sign_type: "合同", sign_date: "2024-10-01", status: "签约", amt_signed: 999 }),
  record("河口镇*", {
    sign_type: "合同",
    sign_date: "2024-02-01",
    is_new: "续建",
    status: "投产",
    amt_arrived: 80,
    amt_signed: 70,
  }),
  signed("河口镇*", { amt_signed: 0.2, amt_arrived: 0.1, status: "竣工" }),
  record("河口镇*", {
    sign_type: "意向",
    sign_date: "2024-02-01",
    status: "在谈",
    amt_signed: 5000,
  }),
  signed("白水乡", { amt_signed: 1500.2, status: "终止" }),
];
const targets = [
  target("城关镇", {
    target_amt_signed: 2000,
    target_amt_arrived: 1000,
    dispatch_amt_signed: 1500,
    target_fdi: 50,
  }),
  target("河口镇*", { target_amt_signed: 0.3, target_amt_arrived: 400, dispatch_amt_arrived: 100 }),
  target("青山园区", { target_amt_signed: 800 }),
];
const plan = buildWorkbookPlan({ records, targets, asOf, options: { catalogue } });
const summary = plan.sheets.find((s) => s.name === "指标汇总")!;
const detail = plan.sheets.find((s) => s.name === "项目明细")!;
const cellAt = (sheet: SheetPlan, address: string): PlanCell | undefined =>
  sheet.cells.find((c) => c.address === address);
const headerOf = (sheet: SheetPlan, headerRow: number, col: number): unknown =>
  sheet.cells.find((c) => c.row === headerRow && c.col === col)?.value;
const formulaCells = (sheet: SheetPlan): PlanCell[] =>
  sheet.cells.filter((c) => c.formula !== undefined);
const unitRows = summary.cells.filter((c) => c.col === 0 && c.row > 3);

function sameValue(actual: unknown, expected: unknown): boolean {
  if (expected === null) return actual === "" || actual === null;
  if (typeof expected === "number" && typeof actual === "number")
    return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
  return actual === expected;
}

function mismatches(p: WorkbookPlan, expected: (sheet: string, c: PlanCell) => unknown): string[] {
  const values = evaluatePlan(p);
  return p.sheets.flatMap((s) =>
    formulaCells(s).flatMap((c) => {
      const got = values.get(s.name)!.get(c.address);
      const want = expected(s.name, c);
      return sameValue(got, want)
        ? []
        : [
            `${s.name}!${c.address} ${c.formula}: got ${JSON.stringify(got)}, engine ${JSON.stringify(want)}`,
          ];
    }),
  );
}

describe("buildWorkbookPlan()", () => {
  it("lays out 指标汇总 then 项目明细, the as-of date in 指标汇总!B2 as a date serial", () => {
    expect([
      plan.sheets.map((s) => s.name),
      plan.asOfCell,
      cellAt(summary, "B2")?.value,
      cellAt(summary, "B2")?.numFmt,
    ]).toEqual([
      ["指标汇总", "项目明细"],
      { sheet: "指标汇总", address: "B2" },
      toExcelSerial(asOf),
      "yyyy-mm-dd",
    ]);
  });

  it("lists every unit of the records and the targets, then 合计", () => {
    expect(unitRows.map((c) => c.value)).toEqual([
      "城关镇",
      "河口镇*",
      "青山园区",
      "白水乡",
      "合计",
    ]);
  });

  it("keeps ledger text as a plain text value, even when it starts with =", () => {
    expect(cellAt(detail, "B2")).toEqual({
      row: 1,
      col: 1,
      address: "B2",
      value: "=1+1",
      numFmt: "@",
      style: "text",
    });
  });

  it("writes formulas without a leading = and parses every one of them", () => {
    const all = plan.sheets.flatMap(formulaCells);
    expect(all.filter((c) => c.formula!.startsWith("="))).toEqual([]);
    expect(() => all.forEach((c) => parseFormula(c.formula!))).not.toThrow();
  });

  it("gives every formula the engine's value (recomputed by an independent evaluator)", () => {
    expect(mismatches(plan, (_, c) => c.value)).toEqual([]);
  });

  it("follows a new as-of date typed into B2: the formulas then equal the engine run for that date", () => {
    for (const later of ["2024-12-31", "2025-03-15"]) {
      const moved: WorkbookPlan = {
        ...plan,
        sheets: plan.sheets.map((s) =>
          s.name !== "指标汇总"
            ? s
            : {
                ...s,
                cells: s.cells.map((c) =>
                  c.address === "B2" ? { ...c, value: toExcelSerial(later) } : c,
                ),
              },
        ),
      };
      const fresh = buildWorkbookPlan({ records, targets, asOf: later, options: { catalogue } });
      const expected = new Map(
        fresh.sheets.flatMap((s) =>
          s.cells.map((c) => [`${s.name}!${c.address}`, c.value] as const),
        ),
      );
      expect(mismatches(moved, (sheet, c) => expected.get(`${sheet}!${c.address}`))).toEqual([]);
    }
  });

  it("matches computeIndicators for every unit and indicator", () => {
    const r = computeIndicators({ records, targets, asOf, catalogue });
    const header = new Map(summary.cells.filter((c) => c.row === 3).map((c) => [c.col, c.value]));
    const wanted = [...r.units.map((u) => u.indicators), r.total.indicators];
    catalogue.forEach((ind) => {
      const col = [...header].find(
        ([, v]) =>
          typeof v === "string" && (v === ind.def.name || v.startsWith(`${ind.def.name}（`)),
      )![0];
      expect(
        wanted.map((_, i) => cellAt(summary, `${columnLetter(col)}${5 + i}`)?.value ?? null),
      ).toEqual(wanted.map((w) => w[ind.def.key]));
    });
  });

  describe("formula references", () => {
    const asOfRefs = plan.sheets.flatMap((s) =>
      formulaCells(s).flatMap((c) =>
        referencesOf(parseFormula(c.formula!)).map((r) => ({ s, c, r: r.ref })),
      ),
    );

    it("points every date-dependent formula at the one cell holding the as-of date", () => {
      const dateRefs = asOfRefs.filter(
        ({ r, s }) => (r.sheet ?? s.name) === "指标汇总" && r.top === 1 && r.left === 1,
      );
      expect(dateRefs.length).toBeGreaterThan(records.length * 2);
      expect(
        dateRefs.every(({ r }) => r.bottom === 1 && r.right === 1 && /\$B\$2$/.test(r.text)),
      ).toBe(true);
    });

    it("keeps each derived column of 项目明细 on its own row, besides the as-of cell", () => {
      const bad = formulaCells(detail).flatMap((c) =>
        referencesOf(parseFormula(c.formula!)).filter(
          ({ ref }) =>
            !(ref.sheet === "指标汇总" && ref.text.endsWith("$B$2")) &&
            !(ref.sheet === undefined && ref.top === c.row && ref.bottom === c.row),
        ),
      );
      expect(bad).toEqual([]);
    });

    it("sums over whole data columns of 项目明细, criteria on 责任单位 = the row's unit, the derived flags and the stage, start-date and size-band columns", () => {
      // Besides the derived flags, stages filter on 项目状态, 当年新开工 on 开工时间 and size bands on 签约资金.
      const plainColumns = new Set(["项目状态", "开工时间", "签约资金（万元）"]);
      const problems: string[] = [];
      for (const c of formulaCells(summary)) {
        const tree = parseFormula(c.formula!);
        if (tree.t !== "fn" || !["SUMIFS", "COUNTIFS"].includes(tree.name)) continue;
        const refs = referencesOf(tree).filter(({ ref }) => ref.sheet === "项目明细");
        for (const { ref } of refs)
          if (ref.top !== 1 || ref.bottom !== records.length || ref.left !== ref.right)
            problems.push(`${c.address}: range ${ref.text}`);
        const pairs = tree.name === "SUMIFS" ? tree.args.slice(1) : tree.args;
        const ranges = pairs
          .filter((_, i) => i % 2 === 0)
          .map((a) => (a.t === "ref" ? String(headerOf(detail, 0, a.ref.left)) : "?"));
        const isTotal = c.row === 4 + unitRows.length - 1;
        if (!isTotal && ranges[0] !== "责任单位")
          problems.push(`${c.address}: first criteria range is ${ranges[0]}`);
        if (
          !isTotal &&
          !referencesOf(pairs[1]!).some(({ ref }) => ref.left === 0 && ref.top === c.row)
        )
          problems.push(`${c.address}: criterion is not its row's unit`);
        if (!ranges.slice(isTotal ? 0 : 1).every((h) => /\?$/.test(h) || plainColumns.has(h)))
          problems.push(`${c.address}: flag ranges ${ranges}`);
      }
      expect(problems).toEqual([]);
    });

    it("sums 签约资金 from the 签约资金 column and 省外 from the derived 计入 column", () => {
      const sumHeader = (col: number): string => {
        const f = parseFormula(summary.cells.find((c) => c.row === 4 && c.col === col)!.formula!);
        return f.t === "fn" && f.args[0]!.t === "ref"
          ? String(headerOf(detail, 0, f.args[0]!.ref.left))
          : "";
      };
      const colOf = (name: string): number =>
        summary.cells.find((c) => c.row === 3 && c.value === name)!.col;
      expect([
        sumHeader(colOf("签约资金（万元）")),
        sumHeader(colOf("省外签约资金（万元）")),
        sumHeader(colOf("到位外资（万美元）")),
      ]).toEqual(["签约资金（万元）", "省外签约资金(计入)（万元）", "外资（万美元）"]);
    });

    it("refers within 指标汇总 only to its own row, the 合计 row, the unit block (ranking) or B2/D2", () => {
      const totalRow = 4 + unitRows.length - 1;
      const bad = formulaCells(summary).flatMap((c) =>
        referencesOf(parseFormula(c.formula!))
          .filter(({ ref }) => ref.sheet === undefined)
          .filter(({ ref, fn }) => {
            const single = ref.top === ref.bottom && ref.left === ref.right;
            if (single)
              return !(
                ref.top === c.row ||
                ref.top === totalRow ||
                (ref.top === 1 && (ref.left === 1 || ref.left === 3))
              );
            const unitBlock =
              ref.top === 4 && ref.bottom === totalRow - 1 && ref.left === ref.right;
            return !(unitBlock && (fn === "RANK.EQ" || fn === "COUNT" || fn === "SUM"));
          })
          .map(({ ref }) => `${c.address}: ${ref.text}`),
      );
      expect(bad).toEqual([]);
    });
  });

  it("writes a unit row's rates and ranking as live formulas", () => {
    const row = summary.cells.filter(
      (c) =>
        c.row === 4 &&
        c.formula !== undefined &&
        /RANK|^IFERROR\([A-Z]+5\/B5|\$D\$2/.test(c.formula),
    );
    expect(row.map((c) => `${c.address}: ${c.formula}`)).toMatchInlineSnapshot(`
      [
        "W5: IFERROR(M5/B5,"")",
        "AN5: $D$2",
        "AO5: IF(W5="","",(W5-$D$2)*100)",
        "AP5: IF(AA5="","",(AA5-$D$2)*100)",
        "AS5: IF(ISNUMBER(W5),RANK.EQ(W5,W$5:W$8,0),"")",
        "AT5: IF(ISNUMBER(AA5),RANK.EQ(AA5,AA$5:AA$8,0),"")",
      ]
    `);
  });

  it("stores RANK.EQ as _xlfn.RANK.EQ through toFileFormula", () => {
    const rank = summary.cells.find((c) => c.formula?.includes("RANK.EQ"))!;
    expect(toFileFormula(rank.formula!)).toContain("_xlfn.RANK.EQ(");
  });

  it("escapes wildcards in a unit name through a formula over its cell", () => {
    const f = summary.cells.find((c) => c.row === 5 && c.formula?.startsWith("COUNTIFS"))!.formula!;
    expect(f).toContain('"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A6,"~","~~"),"*","~*"),"?","~?")');
  });

  it("shows a unit with a target but no projects as zero-signing", () => {
    const zeroCol = summary.cells.find((c) => c.row === 3 && c.value === "零签约")!.col;
    expect(summary.cells.find((c) => c.row === 6 && c.col === zeroCol)?.value).toBe(true);
  });

  it("colours completion below time progress red and at or above it green", () => {
    expect(summary.conditionalFormats.slice(0, 2)).toEqual([
      {
        range: "W5:W9",
        formula: "AND(ISNUMBER(W5),W5<$D$2)",
        fill: "#FFC7CE",
        fontColor: "#9C0006",
        priority: 1,
      },
      {
        range: "W5:W9",
        formula: "AND(ISNUMBER(W5),W5>=$D$2)",
        fill: "#C6EFCE",
        fontColor: "#006100",
        priority: 2,
      },
    ]);
  });

  it("sets up printing, frozen panes and the chart", () => {
    expect([
      summary.print,
      summary.frozen,
      detail.frozen,
      plan.charts[0]?.series.map((s) => s.values),
    ]).toEqual([
      {
        paperSize: "A4",
        orientation: "landscape",
        fitToWidth: 1,
        fitToHeight: 0,
        repeatRows: { first: 4, last: 4 },
      },
      { rows: 4, columns: 1 },
      { rows: 1, columns: 2 },
      ["'指标汇总'!$W$5:$W$8", "'指标汇总'!$AN$5:$AN$8"],
    ]);
  });

  it("is pure: the same input gives the same plan", () => {
    expect(buildWorkbookPlan({ records, targets, asOf, options: { catalogue } })).toEqual(plan);
  });
});
