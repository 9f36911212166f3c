import { DEFAULT_SIZE_BANDS, SETTING_LABELS, type Settings } from "@zsyz/indicators";

/**
 * One line of what 设置 changes in a run, for the page's step 2, so staff see before 开始检查
 * which settings apply, each named as the 设置 form labels it (SETTING_LABELS). Rounding and
 * display unit are left out: they do not change a figure.
 * @example describeSettings({ ...DEFAULT_SETTINGS, countyName: "全区" }) → "本县称谓「全区」；签约金额分档 1000、10000、100000 万元；…"
 */
export function describeSettings(settings: Settings): string {
  const L = SETTING_LABELS;
  const parts = [
    `${L.countyName}「${settings.countyName}」`,
    `${L.sizeBands} ${(settings.sizeBands ?? DEFAULT_SIZE_BANDS).join("、")} 万元`,
    `${L.scoring}「${settings.scoring.name}」`,
  ];
  if (settings.customIndicators.length > 0)
    parts.push(`${L.customIndicators} ${settings.customIndicators.length} 个`);
  if (settings.requirements && settings.requirements.length > 0)
    parts.push(`${L.requirements} ${settings.requirements.length} 条`);
  if (settings.countingPolicy) parts.push(`${L.countingPolicy}已修改`);
  return parts.join("；");
}
