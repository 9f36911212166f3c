import { toA1 } from "./a1.js";
import { cellText, getCell } from "./cellText.js";
import type { Ownership } from "./findDuplicates.js";
import { describeSheetUnused } from "./describeSheetUnused.js";
import type { GridWorkbook } from "./grid.js";
import { type LedgerIssue, makeIssue } from "./issues.js";
import { displayText, normalizeText } from "./normalizeText.js";

/** Name of the target workbook's sheet where staff settle duplicates. */
export const OWNERSHIP_SHEET = "重复项目归属";

/**
 * Reads the 重复项目归属 sheet of the target workbook (项目名称, 归属单位, optional 说明):
 * which unit a project reported twice belongs to. No such sheet is no ownership; a row
 * without a unit is reported with its cell and left out; a filled sheet without the header
 * (项目名称 and 归属单位 in its first 10 rows) is reported at its first filled row and settles
 * nothing.
 * @example readOwnership(targetWorkbook).owners[0] → { project: "光伏电站项目", owner: "城关镇", … }
 */
export function readOwnership(workbook: GridWorkbook): {
  /** The sheet's name as the workbook spells it (" 重复项目归属" stays so), or null when none. */
  sheet: string | null;
  owners: Ownership[];
  issues: LedgerIssue[];
} {
  const owners: Ownership[] = [];
  const issues: LedgerIssue[] = [];
  const sheet = workbook.sheets.find((s) => normalizeText(s.name) === OWNERSHIP_SHEET);
  if (!sheet) return { sheet: null, owners, issues };
  const label = (r: number, c: number): string => normalizeText(cellText(getCell(sheet, r, c)));
  let header = -1;
  let projectCol = -1;
  let ownerCol = -1;
  let noteCol = -1;
  for (let r = 0; r < Math.min(sheet.rows.length, 10) && header < 0; r += 1) {
    const width = sheet.rows[r]?.length ?? 0;
    for (let c = 0; c < width; c += 1) {
      const t = label(r, c);
      if (/^(项目名称|项目)$/.test(t)) projectCol = c;
      else if (/^(归属单位|归属|所属单位)$/.test(t)) ownerCol = c;
      else if (/^(说明|备注)$/.test(t)) noteCol = c;
    }
    if (projectCol >= 0 && ownerCol >= 0) header = r;
    else [projectCol, ownerCol, noteCol] = [-1, -1, -1];
  }
  if (header < 0) {
    const unused = describeSheetUnused(workbook.file, sheet, "ownership_invalid", {
      label: "整张",
      detail: "前 10 行中没有找到含“项目名称”和“归属单位”两列的表头",
      other:
        "疑似重复报送的项目仍由各单位各计一份、全县合计只计一次；请按“新建台账”生成的表头（项目名称、归属单位、说明）填写",
    });
    return { sheet: sheet.name, owners, issues: unused ? [unused] : issues };
  }
  for (let r = header + 1; r < sheet.rows.length; r += 1) {
    const project = displayText(cellText(getCell(sheet, r, projectCol)));
    const owner = displayText(cellText(getCell(sheet, r, ownerCol)));
    if (project === "" && owner === "") continue;
    const at = { file: workbook.file, sheet: sheet.name, row: r + 1 };
    if (project === "" || owner === "") {
      const cell = toA1(r, project === "" ? projectCol : ownerCol);
      issues.push(
        makeIssue(
          "ownership_invalid",
          { ...at, cell, raw: project || owner },
          { detail: project === "" ? "没有填写项目名称" : "没有填写归属单位" },
        ),
      );
      continue;
    }
    const entry: Ownership = { project, owner, ...at, cell: toA1(r, projectCol) };
    const note = noteCol >= 0 ? displayText(cellText(getCell(sheet, r, noteCol))) : "";
    if (note) entry.note = note;
    owners.push(entry);
  }
  return { sheet: sheet.name, owners, issues };
}
