import { DEFAULT_CATALOGUE } from "../compileIndicator.js";
import type { CustomIndicatorSetting } from "./Settings.js";

/**
 * A code for a new custom indicator, so staff never invent one: `custom_1`, `custom_2`, … the
 * first not taken by a built-in or an existing custom indicator. Staff name the indicator and
 * write its expression over Chinese names ("新签约项目到位资金 / 签约资金"); checkCustomIndicators
 * checks it as they type.
 * @example suggestIndicatorKey([{ key: "custom_1", name: "综合到位率", expression: "到位资金 / 签约资金" }]) === "custom_2"
 */
export function suggestIndicatorKey(existing: readonly CustomIndicatorSetting[]): string {
  const taken = new Set([
    ...DEFAULT_CATALOGUE.map((c) => c.def.key),
    ...existing.map((c) => c.key),
  ]);
  let n = 1;
  while (taken.has(`custom_${n}`)) n += 1;
  return `custom_${n}`;
}
