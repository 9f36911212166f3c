import type { ClearSummary, MarkSummary } from "../office/marks.js";

/** Said whenever the record of earlier marks could not be read, by 标记 and by 清除标记 alike. */
const DAMAGED_RECORD =
  "工作簿里的标记记录已损坏，无法知道之前标记了哪些单元格：之前的标记颜色和批注请手动清除。";

/** The Chinese line after 「标记问题单元格」. */
export function markStatus(summary: MarkSummary): string {
  const skipped =
    summary.notesSkipped > 0 ? `；${summary.notesSkipped} 个单元格原有批注，未改动` : "";
  const done = `已标记 ${summary.cells} 个单元格，添加批注 ${summary.notes} 条${skipped}。`;
  return summary.damagedRecord ? `${done}${DAMAGED_RECORD}` : done;
}

/** The Chinese line after 「清除标记」. */
export function clearStatus(summary: ClearSummary): string {
  if (summary.damagedRecord) return `${DAMAGED_RECORD}记录已重置，可以重新标记。`;
  if (summary.lostSheet !== undefined)
    return `标记所在的工作表「${summary.lostSheet}」已不在工作簿中，没有可清除的标记。`;
  const kept =
    summary.keptUserFill > 0
      ? `；${summary.keptUserFill} 个单元格的颜色已被手动修改，保留未动`
      : "";
  return summary.restored + summary.keptUserFill === 0
    ? "没有需要清除的标记。"
    : `已恢复 ${summary.restored} 个单元格，删除批注 ${summary.notesRemoved} 条${kept}。`;
}
