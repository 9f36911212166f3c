import type { CellRange } from "@zsyz/ledger";
import { runSteps, type Step } from "./runSteps.js";
import type { Capabilities } from "./capabilities.js";
import type { XlWorksheet } from "./excelApi.js";
import type { ExcelHost } from "./host.js";
import { rangeToA1 } from "./address.js";
import { SYNC_BUDGET_BYTES, jsonBytes } from "./payload.js";
import type { CellBlock, SheetWrite, WriteValue, WrittenSheet } from "./sheetWrite.js";

/** Options of writeNewSheets. */
export interface WriteOptions {
  capabilities: Capabilities;
  budgetBytes?: number;
}

/** One queued piece of work with its estimated request size. */

// What one queued call costs on the wire beyond its data (object path, member, ids).
const CALL_OVERHEAD_BYTES = 160;

/** A free name: "项目台账", else "项目台账（2）", "项目台账（3）"… compared without case, as Excel does. */
export function freeName(
  preferred: string,
  taken: readonly string[],
  separator: (n: number) => string,
): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(preferred.toLowerCase())) return preferred;
  for (let n = 2; ; n++) {
    const candidate = `${preferred}${separator(n)}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Excel column width in points for a width in characters of the default 11-pt font. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Creates new worksheets from plain descriptions in a bounded number of syncs: one to learn the
 * names in use, then batches of queued writes packed up to the payload budget, calculation
 * suspended in each. Existing sheets and tables are never touched: taken names get a suffix.
 */
export async function writeNewSheets(
  host: ExcelHost,
  writes: readonly SheetWrite[],
  options: WriteOptions,
): Promise<WrittenSheet[]> {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load(["items/name"]);
    const tables = context.workbook.tables.load(["items/name"]);
    await context.sync();
    const takenSheets = sheets.items.map((s) => s.name);
    const takenTables = tables.items.map((t) => t.name);
    const written: WrittenSheet[] = writes.map((w) => {
      const sheet = freeName(w.name, takenSheets, (n) => `（${n}）`);
      takenSheets.push(sheet);
      const out: WrittenSheet = { requested: w.name, sheet };
      if (w.table) {
        out.table = freeName(w.table.name, takenTables, (n) => `${n}`);
        takenTables.push(out.table);
      }
      return out;
    });

    const handles = new Map<string, XlWorksheet>();
    const ws = (name: string): XlWorksheet => {
      const handle = handles.get(name);
      if (!handle) throw new Error(`sheet ${name} used before it was added`);
      return handle;
    };
    const steps: Step[] = [];
    written.forEach((w) =>
      steps.push({
        bytes: CALL_OVERHEAD_BYTES,
        queue: (ctx) => void handles.set(w.sheet, ctx.workbook.worksheets.add(w.sheet)),
      }),
    );
    writes.forEach((w, i) =>
      steps.push(...blockSteps(w.cells, () => ws(written[i]?.sheet ?? ""), "values", budget)),
    );
    writes.forEach((w, i) =>
      steps.push(...blockSteps(w.cells, () => ws(written[i]?.sheet ?? ""), "formulas", budget)),
    );
    writes.forEach((w, i) =>
      steps.push(
        ...formatSteps(w, () => ws(written[i]?.sheet ?? ""), written[i], options.capabilities),
      ),
    );
    const first = written[0];
    if (first) steps.push({ bytes: CALL_OVERHEAD_BYTES, queue: () => ws(first.sheet).activate() });
    await runSteps(context, steps, budget, options.capabilities.suspendCalculation);
    return written;
  });
}

/** Values (formulas left null) or formulas (values left null) of blocks, split into rows that fit. */
function blockSteps(
  blocks: readonly CellBlock[],
  sheet: () => XlWorksheet,
  kind: "values" | "formulas",
  budget: number,
): Step[] {
  const steps: Step[] = [];
  for (const block of blocks) {
    const isFormula = (v: WriteValue): boolean => typeof v === "string" && v.startsWith("=");
    const rows = block.rows.map((row) =>
      row.map((v) => (kind === "formulas" ? (isFormula(v) ? v : null) : isFormula(v) ? null : v)),
    );
    if (rows.every((row) => row.every((v) => v === null))) continue;
    const width = Math.max(...rows.map((r) => r.length));
    const padded = rows.map((r) => [...r, ...new Array<WriteValue>(width - r.length).fill(null)]);
    const perRow = Math.max(1, jsonBytes(padded) / Math.max(1, padded.length));
    const chunk = Math.max(1, Math.floor(budget / 2 / perRow));
    for (let start = 0; start < padded.length; start += chunk) {
      const part = padded.slice(start, start + chunk);
      const range: CellRange = {
        top: block.top + start,
        left: block.left,
        bottom: block.top + start + part.length - 1,
        right: block.left + width - 1,
      };
      steps.push({
        bytes: jsonBytes(part) + CALL_OVERHEAD_BYTES,
        queue: () => {
          const target = sheet().getRange(rangeToA1(range));
          if (kind === "values") target.values = part;
          else target.formulas = part;
        },
      });
    }
  }
  return steps;
}

function filled<T>(range: CellRange, value: T): T[][] {
  return Array.from({ length: range.bottom - range.top + 1 }, () =>
    new Array<T>(range.right - range.left + 1).fill(value),
  );
}

/** Number formats, fonts, fills, widths, table, dropdowns and panes of one sheet. */
function formatSteps(
  w: SheetWrite,
  sheet: () => XlWorksheet,
  written: WrittenSheet | undefined,
  caps: Capabilities,
): Step[] {
  const steps: Step[] = [];
  const at = (range: CellRange) => sheet().getRange(rangeToA1(range));
  for (const { range, format } of w.numberFormats ?? []) {
    const grid = filled(range, format);
    steps.push({
      bytes: jsonBytes(grid) + CALL_OVERHEAD_BYTES,
      queue: () => {
        at(range).numberFormat = grid;
      },
    });
  }
  for (const f of w.fonts ?? []) {
    steps.push({
      bytes: CALL_OVERHEAD_BYTES * 2,
      queue: () => {
        const font = at(f.range).format.font;
        if (f.bold !== undefined) font.bold = f.bold;
        if (f.color !== undefined) font.color = f.color;
      },
    });
  }
  for (const f of w.fills ?? [])
    steps.push({
      bytes: CALL_OVERHEAD_BYTES,
      queue: () => {
        at(f.range).format.fill.color = f.color;
      },
    });
  for (const range of w.wrap ?? [])
    steps.push({
      bytes: CALL_OVERHEAD_BYTES,
      queue: () => {
        at(range).format.wrapText = true;
      },
    });
  for (const { column, chars } of w.columnWidths ?? []) {
    steps.push({
      bytes: CALL_OVERHEAD_BYTES,
      queue: () => {
        at({ top: 0, bottom: 0, left: column, right: column }).format.columnWidth =
          charsToPoints(chars);
      },
    });
  }
  const table = w.table;
  if (table && written?.table) {
    const name = written.table;
    steps.push({
      bytes: CALL_OVERHEAD_BYTES * 3,
      queue: () => {
        const t = sheet().tables.add(rangeToA1(table.range), true);
        t.name = name;
        t.style = table.style;
      },
    });
  }
  if (caps.dataValidation) {
    for (const list of w.lists ?? []) {
      steps.push({
        bytes: jsonBytes(list) + CALL_OVERHEAD_BYTES * 3,
        queue: () => {
          const validation = at(list.range).dataValidation;
          validation.clear();
          validation.rule = { list: { inCellDropDown: true, source: list.choices.join(",") } };
          validation.errorAlert = {
            showAlert: true,
            style: list.strict ? "Stop" : "Information",
            title: list.title,
            message: list.message,
          };
        },
      });
    }
  }
  const freeze = w.freeze;
  if (freeze && freeze.rows > 0) {
    steps.push({
      bytes: CALL_OVERHEAD_BYTES,
      queue: () => {
        if (freeze.columns === 0) sheet().freezePanes.freezeRows(freeze.rows);
        else
          sheet().freezePanes.freezeAt(
            rangeToA1({ top: 0, left: 0, bottom: freeze.rows - 1, right: freeze.columns - 1 }),
          );
      },
    });
  }
  return steps;
}
