import { DEFAULT_SETTINGS, type Settings } from "@zsyz/indicators";
import { DEFAULT_COUNTING_POLICY } from "@zsyz/ledger";
import { describe, expect, it } from "vitest";
import { newLedgerSheets } from "./newLedgerSheets.js";

describe("newLedgerSheets()", () => {
  it("plans the year's ledger, the targets, 重复项目归属 and the rule sheets, in that order", () => {
    expect(newLedgerSheets(DEFAULT_SETTINGS, 2025).sheets.map((s) => s.name)).toEqual([
      "项目台账",
      "指标任务分解",
      "重复项目归属",
      "考评办法",
      "达标要求",
      "统计口径",
    ]);
  });

  it("fills the rule sheets from the settings it is given", () => {
    const held: Settings = {
      ...DEFAULT_SETTINGS,
      scoring: { ...DEFAULT_SETTINGS.scoring, name: "2025年度考评办法" },
      countingPolicy: { ...DEFAULT_COUNTING_POLICY, minSigned: 500 },
    };
    const sheets = newLedgerSheets(held, 2025).sheets;
    const values = (name: string) => sheets.find((s) => s.name === name)!.cells.map((c) => c.value);
    expect(values("考评办法")).toContain("2025年度考评办法");
    expect(values("统计口径")).toContain(500);
  });
});
