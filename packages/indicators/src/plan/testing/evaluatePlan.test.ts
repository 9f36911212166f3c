import { describe, expect, it } from "vitest";
import { PLAN_STYLES } from "../styles.js";
import type { PlanCell, WorkbookPlan } from "../WorkbookPlan.js";
import { evaluatePlan } from "./evaluatePlan.js";

/** A one-sheet plan: values in A1:A4 (30, 10, 20, 10), formulas in B1… */
function planWith(formulas: string[]): WorkbookPlan {
  const cell = (
    row: number,
    col: number,
    value: PlanCell["value"],
    formula?: string,
  ): PlanCell => ({
    row,
    col,
    address: `${"AB"[col]}${row + 1}`,
    value,
    ...(formula ? { formula } : {}),
  });
  const cells = [30, 10, 20, 10].map((v, r) => cell(r, 0, v));
  formulas.forEach((f, r) => cells.push(cell(r, 1, null, f)));
  return {
    sheets: [
      {
        name: "表",
        cells,
        rowCount: 4,
        columnCount: 2,
        columns: [],
        frozen: { rows: 0, columns: 0 },
        merges: [],
        conditionalFormats: [],
        print: { paperSize: "A4", orientation: "landscape", fitToWidth: 1, fitToHeight: 0 },
      },
    ],
    styles: PLAN_STYLES,
    asOfCell: { sheet: "表", address: "A1" },
    timeProgressCell: { sheet: "表", address: "A1" },
    charts: [],
  };
}

// The evaluator is the judge of the plan-vs-engine tests: if it got ranking wrong, a reversed
// ranking in the plan would pass them.
describe("evaluatePlan() — the test engine itself", () => {
  it("ranks with RANK.EQ like Excel: order 0 or omitted puts the largest first, ties share a rank", () => {
    const values = evaluatePlan(
      planWith([
        "RANK.EQ(A1,A$1:A$4,0)",
        "RANK.EQ(A2,A$1:A$4)",
        "RANK.EQ(A3,A$1:A$4,0)",
        "RANK.EQ(A4,A$1:A$4,0)",
      ]),
    ).get("表")!;
    expect(["B1", "B2", "B3", "B4"].map((a) => values.get(a))).toEqual([1, 3, 2, 3]);
  });

  it("puts the smallest first when the order argument is not 0", () => {
    const values = evaluatePlan(
      planWith([
        "RANK.EQ(A1,A$1:A$4,1)",
        "RANK.EQ(A2,A$1:A$4,1)",
        "RANK.EQ(A3,A$1:A$4,1)",
        "RANK.EQ(A4,A$1:A$4,1)",
      ]),
    ).get("表")!;
    expect(["B1", "B2", "B3", "B4"].map((a) => values.get(a))).toEqual([4, 1, 3, 1]);
  });
});
