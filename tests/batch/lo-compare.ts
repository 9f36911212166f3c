import type { GridCell, GridSheet, GridWorkbook } from "@zsyz/ledger";
import { parseA1, toA1 } from "@zsyz/ledger";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recalcWithLibreOffice } from "../helpers/recalc.js";
import {
  CELL_ELEMENT,
  partXml,
  readWorkbook,
  setPartXml,
  sheetOf,
  sheetParts,
  unzipXlsx,
  zipXlsx,
} from "../helpers/xlsxParts.js";

/** One formula cell whose recalculated value differs from the value we wrote. */
export interface Mismatch {
  sheet: string;
  address: string;
  formula: string;
  ours: unknown;
  engine: unknown;
}

/** What an independent recalculation found: formula cells checked per sheet, and every disagreement. */
export interface Comparison {
  formulas: Record<string, number>;
  mismatches: Mismatch[];
}

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

// Dates compare as serial numbers, so a date format LibreOffice writes differently (or
// drops) cannot hide a different day, nor invent a mismatch on the same one.
const norm = (cell: GridCell | null | undefined): unknown => {
  if (!cell) return null;
  if (cell.error !== undefined) return cell.error;
  const v = cell.value;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  return v === "" ? null : v;
};

const same = (x: unknown, y: unknown): boolean => {
  if (typeof x === "number" && typeof y === "number")
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return x === y;
};

/**
 * Removes the cached result of every formula cell from a worksheet's XML: the `<v>` (and
 * any inline `<is>`) of each `<c>` holding an `<f>` — masters and `<f t="shared" si="…"/>`
 * dependents alike — and the cell's `t`, since `t="str"`/`t="b"`/`t="e"` describe a value
 * that is no longer there. Returns the XML and how many formula cells it stripped.
 */
export function stripFormulaResults(xml: string): { xml: string; formulas: number } {
  let formulas = 0;
  const out = xml.replace(CELL_ELEMENT, (whole, attrs: string | undefined, inner?: string) => {
    if (inner === undefined || !/<f[\s>/]/.test(inner)) return whole;
    formulas += 1;
    const kept = inner.replace(/<v>[\s\S]*?<\/v>|<v\/>|<is>[\s\S]*?<\/is>/g, "");
    return `<c${(attrs ?? "").replace(/\st="[^"]*"/, "")}>${kept}</c>`;
  });
  return { xml: out, formulas };
}

function formulaCells(
  ws: GridSheet,
): Array<{ address: string; cell: GridCell & { formula: string } }> {
  const cells: Array<{ address: string; cell: GridCell & { formula: string } }> = [];
  ws.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.formula !== undefined)
        cells.push({ address: toA1(r, c), cell: cell as GridCell & { formula: string } });
    }),
  );
  return cells;
}

function cellAt(wb: GridWorkbook, sheet: string, address: string): GridCell | null | undefined {
  const at = parseA1(address);
  if (!at) throw new Error(`bad address ${address}`);
  return sheetOf(wb, sheet).rows[at.row]?.[at.col];
}

/**
 * Strips every cached formula result from a workbook (every sheet, by editing its XML),
 * lets headless LibreOffice compute them all from scratch, and compares each formula cell
 * of the given sheets with the value we wrote. Throws when the stripping missed a formula
 * cell the reader saw, since the comparison would then prove nothing.
 */
export async function compareWithLibreOffice(
  path: string,
  sheets: readonly string[],
): Promise<Comparison> {
  const bytes = await readFile(path);
  const ours = readWorkbook(bytes, path);
  const parts = unzipXlsx(bytes);
  const stripped = new Map<string, number>();
  for (const { name, part } of sheetParts(parts)) {
    const { xml, formulas } = stripFormulaResults(partXml(parts, part));
    setPartXml(parts, part, xml);
    stripped.set(name, formulas);
  }
  const blankBytes = zipXlsx(parts);
  // A cached result left behind would let an engine that skipped recalculation "agree".
  for (const ws of readWorkbook(blankBytes, "无缓存.xlsx").sheets)
    for (const { address, cell } of formulaCells(ws))
      if (norm(cell) !== null) throw new Error(`${ws.name}!${address} kept its cached result`);
  const blank = join(await mkdtemp(join(tmpdir(), "zsyz-strip-")), "无缓存.xlsx");
  await writeFile(blank, blankBytes);
  const recalculated = await recalcWithLibreOffice(blank);
  const engine = readWorkbook(await readFile(recalculated), recalculated);

  const formulas: Record<string, number> = {};
  const mismatches: Mismatch[] = [];
  for (const sheet of sheets) {
    const cells = formulaCells(sheetOf(ours, sheet));
    if (stripped.get(sheet) !== cells.length)
      throw new Error(
        `${sheet}: stripped ${stripped.get(sheet)} cached results but the reader sees ${cells.length} formulas`,
      );
    formulas[sheet] = cells.length;
    for (const { address, cell } of cells) {
      const mine = norm(cell);
      const theirs = norm(cellAt(engine, sheet, address));
      if (!same(mine, theirs))
        mismatches.push({ sheet, address, formula: cell.formula, ours: mine, engine: theirs });
    }
  }
  return { formulas, mismatches };
}
