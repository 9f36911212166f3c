import { DEFAULT_SETTINGS } from "@zsyz/indicators";
import { sampleLedgers, sampleTargets } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { defaultAsOf, planWorkbook } from "./planWorkbook.js";

describe("defaultAsOf()", () => {
  it("is the last day of the previous month, across a year end and a leap February", () => {
    expect(["2024-10-15", "2024-01-05", "2024-03-01"].map(defaultAsOf)).toEqual([
      "2024-09-30",
      "2023-12-31",
      "2024-02-29",
    ]);
  });
});

describe("planWorkbook()", () => {
  it("uses the target table's totals row as the county's targets and adds the settings' custom indicators", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      customIndicators: [
        { key: "double_signed", name: "双倍签约资金", expression: "amt_signed * 2" },
      ],
    };
    const out = planWorkbook({
      ledger: sampleLedgers(2024)[0]!,
      targets: sampleTargets(),
      asOf: "2024-09-30",
      settings,
    });
    expect(out.targets?.total).toBeDefined();
    expect(out.results.total.indicators["double_signed"]).toBe(
      2 * (out.results.total.indicators["amt_signed"] as number),
    );
    expect(out.plan.sheets[0]!.cells.some((c) => c.value === "双倍签约资金")).toBe(true);
  });
});
