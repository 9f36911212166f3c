import { DEFAULT_SIZE_BANDS, type Settings } from "@zsyz/indicators";

/**
 * One line of what 设置 changes in a run, for the page's step 2, so staff see before 开始检查
 * which settings apply. Rounding and display unit are left out: they do not change a figure.
 * @example describeSettings({ ...DEFAULT_SETTINGS, countyName: "全区" }) → "本县称谓「全区」；签约金额分档 1000、10000、100000 万元；…"
 */
export function describeSettings(settings: Settings): string {
  const parts = [
    `本县称谓「${settings.countyName}」`,
    `签约金额分档 ${(settings.sizeBands ?? DEFAULT_SIZE_BANDS).join("、")} 万元`,
    `考评办法「${settings.scoring.name}」`,
  ];
  if (settings.customIndicators.length > 0)
    parts.push(`自定义指标 ${settings.customIndicators.length} 个`);
  if (settings.requirements && settings.requirements.length > 0)
    parts.push(`达标要求 ${settings.requirements.length} 条`);
  if (settings.countingPolicy) parts.push("统计口径已修改");
  return parts.join("；");
}
