import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { openZip } from "./openZip.js";
import { DEFAULT_READ_LIMITS } from "./ReadLimits.js";
import { readStyles } from "./readStyles.js";
import { readWorksheet } from "./readWorksheet.js";
import { buildXlsx, type TestCell } from "./testing/buildXlsx.js";

// A ledger-size sheet: far more than one 64 KB piece, with formulas filled down as shared
// formulas would be read, merges, hidden rows and text needing escapes.
const rows: TestCell[][] = [["序号", "项目名称", "签约资金", "到位"]];
for (let i = 1; i <= 3000; i += 1)
  rows.push([
    i,
    i % 7 === 0 ? `项目 <${i}> & “合作”` : `第${i}号项目`,
    i * 10.5,
    { formula: `C${i + 1}*0.3`, result: i * 3.15 },
  ]);
const bytes = buildXlsx([
  { name: "台账", rows, merges: ["A2:A3", "B100:D100"], hiddenRows: [5, 2500] },
]);
const zip = () => openZip(bytes, DEFAULT_READ_LIMITS);

describe("ZipParts.readSheetPieces()", () => {
  it("cuts a big sheet after rows, into pieces that make up the whole part", () => {
    const pieces = zip().readSheetPieces("xl/worksheets/sheet1.xml")!;
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join("")).toBe(zip().readText("xl/worksheets/sheet1.xml"));
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith("</row>")).toBe(true);
  });

  it("reads the same grid from the pieces as from the whole part", () => {
    const parts = zip();
    const context = {
      name: "台账",
      hidden: false,
      sharedStrings: [],
      styles: readStyles(parts.readText("xl/styles.xml")),
      date1904: false,
      maxCells: 1_000_000,
      relationshipIds: new Set<string>(),
    };
    const pieces = parts.readSheetPieces("xl/worksheets/sheet1.xml")!;
    expect(readWorksheet(pieces, context)).toEqual(readWorksheet(pieces.join(""), context));
  });

  it("keeps a part with a comment whole, so no cut falls inside it", () => {
    const sheet = zip().readText("xl/worksheets/sheet1.xml")!;
    const commented = sheet.replace("<sheetData>", "<!-- </row> --><sheetData>");
    expect(commented).not.toBe(sheet);
    const rebuilt = openZip(zipWith("xl/worksheets/sheet1.xml", commented), DEFAULT_READ_LIMITS);
    expect(rebuilt.readSheetPieces("xl/worksheets/sheet1.xml")).toEqual([commented]);
  });
});

/** The test workbook with one part replaced. */
function zipWith(name: string, text: string): Uint8Array {
  const files = unzipSync(bytes);
  files[name] = strToU8(text);
  return zipSync(files);
}
