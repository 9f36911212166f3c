import type { RuleSheetPart } from "@zsyz/county";

/**
 * What 检查结果 says of the target workbook's rule sheets the run took: those that replaced
 * 设置's part (by their names as found), then 重复项目归属; "" when it took none.
 * @example describeRuleSheets([{ sheet: "统计口径", part: "counting" }]) → "「统计口径」按任务分解表所在工作簿中的表计算（优先于「设置」）。"
 */
export function describeRuleSheets(parts: readonly RuleSheetPart[]): string {
  const settings = parts.filter((p) => p.part !== "owners");
  const owners = parts.find((p) => p.part === "owners");
  return [
    settings.length > 0
      ? `${settings.map((p) => `「${p.sheet}」`).join("")}按任务分解表所在工作簿中的表计算（优先于「设置」）。`
      : "",
    owners ? `重复报送的项目按「${owners.sheet}」表认定归属单位。` : "",
  ].join("");
}
