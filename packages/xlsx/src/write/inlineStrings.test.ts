import { buildWorkbookPlan, type PlanCell, type SheetPlan } from "@zsyz/indicators";
import { readLedger } from "@zsyz/ledger";
import { sampleLedgers } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../read/readXlsx.js";
import { sharedStringsOf, unzipParts } from "./testing/readParts.js";
import { writePlan } from "./writePlan.js";

const records = sampleLedgers().flatMap((wb) => readLedger(wb, { asOf: "2024-09-30" }).records);
const base = buildWorkbookPlan({ records, targets: [], asOf: "2024-09-30" });

// A sheet as a county's 项目明细 has them: column A a text per project (a name), B one of a
// few statuses, C one of 20 industries (more than a column remembers), D empty texts.
const ROWS = 600;
const STATUSES = ["签约", "开工", "在建", "竣工", "投产"];
const nameOf = (r: number): string =>
  r % 97 === 0
    ? ` 前后有空格的项目${r} `
    : r % 89 === 0
      ? `A&B<有限>"公司"${r}`
      : r % 83 === 0
        ? `=SUM(A1:A${r})`
        : r % 79 === 0
          ? `第一行\n第二行${r}`
          : `第${r % 7}镇项目${r}`;
const values = (r: number): string[] => [
  nameOf(r),
  STATUSES[r % STATUSES.length]!,
  `产业${r % 20}`,
  "",
];
const cells: PlanCell[] = [];
for (let r = 0; r < ROWS; r += 1)
  values(r).forEach((value, col) =>
    cells.push({ row: r, col, address: `${"ABCD"[col]}${r + 1}`, value, style: "text" }),
  );
const sheet: SheetPlan = {
  name: "文本",
  cells,
  rowCount: ROWS,
  columnCount: 4,
  columns: [],
  frozen: { rows: 0, columns: 0 },
  merges: [],
  conditionalFormats: [],
  print: base.sheets[0]!.print,
};
const bytes = writePlan({ ...base, sheets: [sheet] }, { now: new Date("2024-10-08T09:30:00Z") });
const parts = unzipParts(bytes);
const xml = parts["xl/worksheets/sheet1.xml"]!;
const typeOf = (address: string): string | undefined =>
  / t="(\w+)"/.exec(new RegExp(`<c r="${address}"([^>]*)>`).exec(xml)?.[1] ?? "")?.[1];

describe("texts used once per row", () => {
  it("reads back every text exactly, spaces, markup, '=' and line breaks included", () => {
    const read = readXlsx(bytes, "文本.xlsx");
    if (!read.ok) throw new Error(read.message);
    const rows = read.workbook.sheets[0]!.rows;
    for (let r = 0; r < ROWS; r += 1) {
      const [name, status, industry] = values(r);
      expect([r, rows[r]?.[0]?.value, rows[r]?.[1]?.value, rows[r]?.[2]?.value]).toEqual([
        r,
        name,
        status,
        industry,
      ]);
      expect(rows[r]?.[0]?.formula).toBeUndefined();
    }
  });

  it("writes a column of new texts in its cells once it has seen 256, the others as shared strings", () => {
    expect([typeOf("A1"), typeOf("A256")]).toEqual(["s", "s"]);
    for (let r = 300; r <= ROWS; r += 1) expect([r, typeOf(`A${r}`)]).toEqual([r, "inlineStr"]);
    for (let r = 1; r <= ROWS; r += 1)
      expect([r, typeOf(`B${r}`), typeOf(`C${r}`), typeOf(`D${r}`)]).toEqual([r, "s", "s", "s"]);
    // The table: the first 256 names, 5 statuses, 20 industries and the empty text, once each.
    const table = sharedStringsOf(parts["xl/sharedStrings.xml"]!);
    expect(table.length).toBe(256 + 5 + 20 + 1);
    expect(new Set(table).size).toBe(table.length);
  });

  it("keeps the outer spaces of an inline text, and a formula-like text as text", () => {
    expect(xml).toContain(`<t xml:space="preserve"> 前后有空格的项目388 </t>`);
    expect(xml).toContain(`<c r="A499" s="`);
    expect(xml).toMatch(/<c r="A499"[^>]*t="inlineStr"><is><t>=SUM\(A1:A498\)<\/t><\/is><\/c>/);
  });
});
