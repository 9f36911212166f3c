import ExcelJS from "exceljs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recalcWithLibreOffice } from "../helpers/recalc.js";

/** One formula cell whose recalculated value differs from the value we wrote. */
export interface Mismatch {
  sheet: string;
  address: string;
  formula: string;
  ours: unknown;
  engine: unknown;
}

const norm = (v: unknown): unknown => {
  if (v === undefined || v === null || v === "") return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && v !== null && "error" in v) return (v as { error: string }).error;
  return v;
};

const same = (a: unknown, b: unknown): boolean => {
  const x = norm(a);
  const y = norm(b);
  if (typeof x === "number" && typeof y === "number")
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return x === y;
};

/**
 * Strips every cached formula result from a workbook, lets LibreOffice compute them all
 * from scratch, and compares each with the value we wrote. Returns the formula count
 * and every mismatch in the given sheets.
 */
export async function compareWithLibreOffice(
  path: string,
  sheets: readonly string[],
): Promise<{ formulas: number; mismatches: Mismatch[] }> {
  const ours = new ExcelJS.Workbook();
  await ours.xlsx.readFile(path);
  const expected = new Map<string, { formula: string; value: unknown }>();
  const blank = new ExcelJS.Workbook();
  await blank.xlsx.readFile(path);
  for (const name of sheets) {
    const ws = ours.getWorksheet(name);
    if (!ws) throw new Error(`sheet ${name} missing`);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v) {
          expected.set(`${name}!${cell.address}`, { formula: v.formula, value: v.result });
          blank.getWorksheet(name)!.getCell(cell.address).value = {
            formula: v.formula,
          } as ExcelJS.CellFormulaValue;
        }
      }),
    );
  }
  const stripped = join(await mkdtemp(join(tmpdir(), "zsyz-strip-")), "无缓存.xlsx");
  await blank.xlsx.writeFile(stripped);
  const recalculated = new ExcelJS.Workbook();
  await recalculated.xlsx.readFile(await recalcWithLibreOffice(stripped));
  const mismatches: Mismatch[] = [];
  for (const [key, { formula, value }] of expected) {
    const [sheet, address] = key.split("!") as [string, string];
    const cell = recalculated.getWorksheet(sheet)?.getCell(address);
    const got = cell?.value as ExcelJS.CellFormulaValue | ExcelJS.CellValue;
    const engine = got && typeof got === "object" && "formula" in got ? got.result : got;
    if (!same(value, engine))
      mismatches.push({ sheet, address, formula, ours: norm(value), engine: norm(engine) });
  }
  return { formulas: expected.size, mismatches };
}
