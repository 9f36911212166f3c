// A county big enough that 项目明细 writes its per-project texts (项目名称, 投资方, 备注) in the
// cells rather than in the shared-string table: what our reader and LibreOffice read back
// must be every project's text as the ledgers hold it.
import type { GridCell } from "@zsyz/ledger";
import { writeGrid } from "@zsyz/xlsx";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { recalcWithLibreOffice } from "../helpers/recalc.js";
import { runZsyz } from "../helpers/runZsyz.js";
import { readWorkbook, sheetOf, sheetXml, unzipXlsx } from "../helpers/xlsxParts.js";
import { HEADER } from "./corpusHeader.js";
import { compareWithLibreOffice } from "./lo-compare.js";

const TOWNS = ["城关镇", "河西乡", "北山镇"];
const PER_TOWN = 400;

/**
 * A project's texts: a few with markup, a leading '=', or a line break (`note` as written;
 * 项目明细 shows a line break as one space, as the ledger reader reads every text).
 */
function project(
  town: number,
  r: number,
): { name: string; investor: string; note: string; shown: string } {
  const n = town * PER_TOWN + r;
  const name =
    n % 89 === 0
      ? `A&B<新材料>"产业园"${n}`
      : n % 83 === 0
        ? `=HYPERLINK("http://x")${n}`
        : `${TOWNS[town]}项目${n}`;
  const note = n % 79 === 0 ? `一期\n二期${n}` : `备注${n}`;
  return { name, investor: `投资公司${n}`, note, shown: note.replace("\n", " ") };
}

describe("zsyz merge on 3 × 400 projects, each with its own name, investor and note", () => {
  let out: string;
  let code: number;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-text-"));
    await mkdir(join(dir, "台账"));
    for (const [t, town] of TOWNS.entries()) {
      const cell = (value: string | number): GridCell => ({ value });
      const rows = [[cell(`${town}招商引资项目台账`)], HEADER.map(cell)];
      for (let r = 0; r < PER_TOWN; r += 1) {
        const p = project(t, r);
        rows.push(
          [
            r + 1,
            p.name,
            p.investor,
            "合同",
            "2024-03-15",
            1000 + r,
            500,
            "在建",
            "2024-05-01",
            p.note,
          ].map(cell),
        );
      }
      const file = `${town}.xlsx`;
      await writeFile(
        join(dir, "台账", file),
        writeGrid({ file, sheets: [{ name: "台账", rows, merges: [] }] }),
      );
    }
    out = join(dir, "县汇总.xlsx");
    code = runZsyz(["merge", join(dir, "台账"), "--as-of", "2024-09-30", "--out", out]).code;
  }, 60_000);

  // In the order of the investors (one per project), whatever order the files are merged in.
  const byInvestor = <T extends { investor: unknown }>(list: T[]): T[] =>
    list.sort((a, b) => String(a.investor).localeCompare(String(b.investor)));
  const expected = byInvestor(
    TOWNS.flatMap((_, t) =>
      Array.from({ length: PER_TOWN }, (_, r) => {
        const { name, investor, shown } = project(t, r);
        return { name, investor, note: shown };
      }),
    ),
  );
  const textsOf = (rows: ReadonlyArray<ReadonlyArray<GridCell | null | undefined>>) => {
    const header = rows[0]!.map((c) => String(c?.value ?? ""));
    const col = (title: string): number => header.indexOf(title);
    const [name, investor, note] = [col("项目名称"), col("投资方"), col("备注")];
    return byInvestor(
      rows.slice(1).map((row) => ({
        name: row[name]?.value,
        investor: row[investor]?.value,
        note: row[note]?.value,
      })),
    );
  };

  it("merges every project, and writes the per-project texts in their cells", async () => {
    expect(code).toBe(0);
    const xml = sheetXml(unzipXlsx(await readFile(out)), "项目明细");
    // Without inline texts the checks below would prove nothing new.
    // (Three columns of 1,200 texts; each column's first 256 go to the shared table.)
    expect([...xml.matchAll(/t="inlineStr"/g)].length).toBeGreaterThan(2000);
  });

  it("reads back every project's name, investor and note as the ledgers hold them", async () => {
    const detail = sheetOf(readWorkbook(await readFile(out), out), "项目明细");
    expect(textsOf(detail.rows)).toEqual(expected);
    expect(detail.rows.slice(1).every((row) => row[1]?.formula === undefined)).toBe(true);
  });

  it("gives LibreOffice the same texts, and formulas it reproduces from scratch", async () => {
    const saved = await recalcWithLibreOffice(out);
    const detail = sheetOf(readWorkbook(await readFile(saved), saved), "项目明细");
    expect(textsOf(detail.rows)).toEqual(expected);
    const { formulas, mismatches } = await compareWithLibreOffice(out, ["项目明细"]);
    expect(formulas["项目明细"]).toBeGreaterThan(PER_TOWN * TOWNS.length * 7 - 1);
    expect(mismatches).toEqual([]);
  }, 180_000);
});
