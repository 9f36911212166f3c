import { describe, expect, it } from "vitest";
import { readXlsx } from "./readXlsx.js";
import { BIG_CASES } from "./testing/bigCases.js";
import { listTestData, readTestBytes, readTestJson } from "./testing/readTestData.js";
import { hashText, toJson, toSnapshot } from "./testing/snapshot.js";

// Snapshots recorded from the exceljs-based reader this package replaces
// (scripts/recordSnapshots.ts): the same bytes must give the same grid or the same message.
describe("readXlsx() against the exceljs snapshots", () => {
  for (const group of ["样例", "corpus"]) {
    for (const name of listTestData(group)) {
      it(`reads ${group}/${name} as exceljs did`, () => {
        const result = readXlsx(readTestBytes(`${group}/${name}`), name);
        const expected = readTestJson(`${group}/${name}.json`) as { ok: boolean; hash?: string };
        if (expected.hash !== undefined) {
          if (!result.ok) throw new Error(result.message);
          const { application: _a, ...workbook } = result.workbook;
          expect(hashText(toJson(workbook))).toBe(expected.hash);
        } else expect(toSnapshot(result)).toEqual(expected);
      });
    }
  }

  const big = readTestJson("big.json") as Record<string, { rows: number; hash: string }>;
  for (const [name, build] of Object.entries(BIG_CASES)) {
    it(`reads the big case ${name} as exceljs did`, () => {
      const result = readXlsx(build(), `${name}.xlsx`);
      if (!result.ok) throw new Error(result.message);
      const { application: _a, ...workbook } = result.workbook;
      expect({
        rows: workbook.sheets.reduce((n, s) => n + s.rows.length, 0),
        hash: hashText(toJson(workbook)),
      }).toEqual(big[name]);
    });
  }
});
