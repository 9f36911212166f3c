import { DETAIL_SHEET, ISSUE_SHEET, REPORT_SHEET, SUMMARY_SHEET } from "@zsyz/indicators";
import type { GridSheet, GridWorkbook } from "@zsyz/ledger";

/** What our writer puts in docProps/app.xml `<Application>` (packages/xlsx appPropsXml). */
export const SUMMARY_APPLICATION = "招商台账助手 zsyz";

/** The columns of 项目明细 that say where each project came from: only our summary has them. */
const PROVENANCE = ["来源文件", "工作表", "行"];

/**
 * Whether a workbook is a county summary this tool wrote earlier, so it is not read as a
 * ledger (every project would count twice). Sheets named 指标汇总 and 项目明细 are not enough:
 * a township's own workbook may use those names. Ours says so in docProps/app.xml; a summary
 * saved again by Excel or WPS (which rewrite app.xml) is still ours when it keeps all four of
 * our sheets and 项目明细 still has the 来源文件/工作表/行 columns. When the origin is unknown
 * (no app.xml, or a grid from a host that cannot tell), the two sheet names decide.
 * @example isSummaryWorkbook({ file, sheets, application: "招商台账助手 zsyz" }) // true with 指标汇总 and 项目明细
 */
export function isSummaryWorkbook(workbook: GridWorkbook): boolean {
  const byName = new Map(workbook.sheets.map((s) => [s.name, s]));
  const detail = byName.get(DETAIL_SHEET);
  if (!byName.has(SUMMARY_SHEET) || !detail) return false;
  // Origin unknown (a grid from the task pane, a file without docProps/app.xml): the two
  // sheets decide, as they did before files were marked. Excel, WPS and LibreOffice always
  // name themselves, so a township's workbook saved by any of them is told apart below.
  if (workbook.application === SUMMARY_APPLICATION || workbook.application === undefined)
    return true;
  return byName.has(ISSUE_SHEET) && byName.has(REPORT_SHEET) && hasProvenance(detail);
}

/** Whether one of the first rows of 项目明细 holds the provenance headers. */
function hasProvenance(sheet: GridSheet): boolean {
  return sheet.rows.slice(0, 5).some((row) => {
    const texts = new Set(
      (row ?? []).map((cell) => (typeof cell?.value === "string" ? cell.value.trim() : "")),
    );
    return PROVENANCE.every((h) => texts.has(h));
  });
}
