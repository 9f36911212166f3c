import type { IndicatorResults } from "./computeIndicators.js";
import { formatPercent } from "./format.js";
import type { ParagraphOptions } from "./writeReportParagraph.js";

const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

/**
 * The 通报 paragraph comparing units, as reports name them: who completed the annual target,
 * who is ahead of and who behind time progress (with their rates, best first), and who has
 * 零签约 or 零到位. Units without a target are left out of the comparison; "" when there is
 * nothing to compare.
 * @example writeBulletinParagraph(results) === "从各单位看，城关镇、经济开发区已完成年度签约任务；河西乡（80.00%）超时序进度；北山镇（30.00%）低于时序进度；西岭镇还无签约实绩。"
 */
export function writeBulletinParagraph(
  results: IndicatorResults,
  options: ParagraphOptions = {},
): string {
  const arrivedLead = options.lead === "arrived" || options.lead === "arrived_outprov";
  const rateKey = arrivedLead ? "rate_arrived" : "rate_signed";
  const task = arrivedLead ? "年度到位资金任务" : "年度签约任务";
  const tp = num(results.total.indicators["time_progress"]);
  const pct = (x: number): string => formatPercent(x, options);
  const rated = results.units
    .map((u) => ({ unit: u.unit, rate: num(u.indicators[rateKey]), v: u.indicators }))
    .filter((u): u is { unit: string; rate: number; v: typeof u.v } => u.rate !== null)
    .sort((a, b) => b.rate - a.rate);
  const done = rated.filter((u) => u.rate >= 1);
  const ahead = rated.filter((u) => u.rate < 1 && tp !== null && u.rate >= tp);
  // A unit with nothing signed is named once, as 还无签约实绩, not also as 0.00% behind.
  const nothing = (u: (typeof rated)[number]): boolean =>
    !arrivedLead && u.v["zero_signed"] === true;
  const behind = rated.filter((u) => u.rate < 1 && tp !== null && u.rate < tp && !nothing(u));
  const withRate = (list: typeof rated): string =>
    list.map((u) => `${u.unit}（${pct(u.rate)}）`).join("、");
  const clauses: string[] = [];
  if (done.length > 0) clauses.push(`${done.map((u) => u.unit).join("、")}已完成${task}`);
  if (ahead.length > 0) clauses.push(`${withRate(ahead)}超时序进度`);
  if (behind.length > 0) clauses.push(`${withRate(behind)}低于时序进度`);
  const zeroSigned = results.units.filter((u) => u.indicators["zero_signed"] === true);
  const zeroArrived = results.units.filter(
    (u) => u.indicators["zero_arrived"] === true && u.indicators["zero_signed"] !== true,
  );
  if (zeroSigned.length > 0)
    clauses.push(`${zeroSigned.map((u) => u.unit).join("、")}还无签约实绩`);
  if (zeroArrived.length > 0)
    clauses.push(`${zeroArrived.map((u) => u.unit).join("、")}到位资金为零`);
  return clauses.length > 0 ? `从各单位看，${clauses.join("；")}。` : "";
}
