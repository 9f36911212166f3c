import { toA1 } from "./a1.js";
import { cellText, getCell } from "./cellText.js";
import { classifyRow } from "./classifyRow.js";
import { detectHeader } from "./detectHeader.js";
import { TARGET_FIELDS, type TargetKey } from "./fields.js";
import { findSheetUnit } from "./findUnitName.js";
import type { GridWorkbook } from "./grid.js";
import { type LedgerIssue, makeIssue } from "./issues.js";
import { TARGET_INDEX } from "./ledgerIndex.js";
import { splitHeader } from "./matchHeader.js";
import { parseMoney } from "./parseMoney.js";
import { displayText } from "./normalizeText.js";
import type { TargetRow } from "./record.js";
import type { TargetsRead } from "./result.js";

const LABEL = Object.fromEntries(TARGET_FIELDS.map((f) => [f.key, f.header])) as Record<
  TargetKey | "unit",
  string
>;

/**
 * Reads a target table (指标任务分解表): one row per unit, amounts in 万元 after the
 * header's or the sheet's unit, and the totals row kept apart.
 */
export function readTargets(workbook: GridWorkbook): TargetsRead {
  const issues: LedgerIssue[] = [];
  for (const sheet of workbook.sheets) {
    const detection = detectHeader(sheet, { index: TARGET_INDEX, anchor: "unit", minKeys: 2 });
    if (!detection) continue;
    let sheetScale: number | undefined;
    for (let r = 0; r < detection.top; r += 1)
      for (const c of sheet.rows[r] ?? []) sheetScale ??= findSheetUnit(cellText(c));
    const cols = detection.columns.filter((c) => c.key);
    const unitCol = cols.find((c) => c.key === "unit")?.col ?? 0;
    const layout = {
      nameCol: unitCol,
      valueCols: new Set(cols.filter((c) => c.key !== "unit").map((c) => c.col)),
      countHeaderWords: (t: readonly string[]) =>
        t.filter((x) => TARGET_INDEX.has(splitHeader(x).base)).length,
    };
    const targets: TargetRow[] = [];
    let total: TargetRow | undefined;
    for (let r = detection.bottom + 1; r < sheet.rows.length; r += 1) {
      const kind = classifyRow(sheet.rows[r] ?? [], layout, false);
      if (kind !== "project" && kind !== "totals") continue;
      const unit = kind === "totals" ? "合计" : displayText(cellText(getCell(sheet, r, unitCol)));
      const row: TargetRow = {
        unit,
        file: workbook.file,
        sheet: sheet.name,
        row: r + 1,
        values: {},
      };
      for (const c of cols) {
        if (c.key === "unit") continue;
        const key = c.key as TargetKey;
        const cell = getCell(sheet, r, c.col);
        const v = cell?.value;
        if (cell?.error) {
          issues.push(
            makeIssue(
              "cell_error",
              {
                file: workbook.file,
                sheet: sheet.name,
                cell: toA1(r, c.col),
                raw: cell.error,
                row: r + 1,
              },
              { label: LABEL[key] },
            ),
          );
          continue;
        }
        if (v === null || v === undefined || v instanceof Date || typeof v === "boolean") continue;
        const scale =
          key === "target_n_signed"
            ? 1
            : (c.scale ?? (key === "target_fdi" ? 1 : (sheetScale ?? 1)));
        const parsed = parseMoney(v, scale);
        if (parsed.kind === "value") row.values[key] = parsed.value;
        else if (parsed.kind === "unparsed")
          issues.push(
            makeIssue(
              "money_unparsed",
              {
                file: workbook.file,
                sheet: sheet.name,
                cell: toA1(r, c.col),
                raw: cellText(cell),
                row: r + 1,
              },
              { label: LABEL[key] },
            ),
          );
      }
      if (kind === "totals") total = row;
      else targets.push(row);
    }
    const read: TargetsRead = { file: workbook.file, sheet: sheet.name, targets, issues };
    if (total) read.total = total;
    return read;
  }
  issues.push(
    makeIssue("no_target_sheet", {
      file: workbook.file,
      sheet: workbook.sheets[0]?.name ?? "",
      cell: "",
    }),
  );
  return { file: workbook.file, targets: [], issues };
}
