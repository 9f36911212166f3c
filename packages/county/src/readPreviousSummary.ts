import type { IndicatorValues, PreviousPeriod } from "@zsyz/indicators";
import { type IsoDate, type LedgerIssue, makeIssue, normalizeText } from "@zsyz/ledger";
import type { PreviousSummaryInput } from "./runCounty.js";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads the JSON summary of an earlier run for the 较上期 comparison. What cannot be compared
 * (not our JSON, another version, a check without figures, a date not before this one, another
 * county's units) is one `previous_unusable` issue naming the file and why; never a throw.
 * @example readPreviousSummary({ file: "上期.json", text }, { asOf: "2024-09-30", units: ["甲镇"] }).previous?.asOf === "2024-06-30"
 */
export function readPreviousSummary(
  input: PreviousSummaryInput,
  current: { asOf: IsoDate; units: readonly string[] },
): { previous: PreviousPeriod | null; issues: LedgerIssue[] } {
  const refuse = (detail: string) => ({
    previous: null,
    issues: [
      makeIssue(
        "previous_unusable",
        { file: input.file, sheet: "", cell: "" },
        { label: input.file, detail },
      ),
    ],
  });
  if ("failure" in input) return refuse(input.failure);
  // Last period's workbook picked instead of its JSON: a zip file starts with "PK".
  if (input.text.startsWith("PK"))
    return refuse("这是 Excel 工作簿，不是汇总 JSON。请选择上期合并时另存的 JSON 文件");
  let raw: unknown;
  const text = input.text.replace(/^\uFEFF/, "").trim();
  try {
    raw = JSON.parse(text);
  } catch {
    // An object that never closes: cut off while being written or copied, not another format.
    return refuse(
      text.startsWith("{") && !text.endsWith("}")
        ? "内容不完整（可能还在写入，或复制时中断）。请等文件写完或重新复制后再试"
        : "不是有效的 JSON 文件",
    );
  }
  if (!isObj(raw) || !("version" in raw) || !Array.isArray(raw["files"]))
    return refuse("不是本工具导出的汇总 JSON");
  if (raw["version"] !== 2)
    return refuse(
      `它是第 ${String(raw["version"])} 版汇总格式，只能对比第 2 版。请用当前版本重新导出上期汇总`,
    );
  const asOf = raw["asOf"];
  if (typeof asOf !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    return refuse("缺少有效的截至日期（asOf）");
  const total = raw["total"];
  if (!Array.isArray(raw["units"]) || !isObj(total) || !isObj(total["indicators"]))
    return refuse("它是“检查”的结果，不含指标。请选择“合并”导出的汇总（zsyz merge --json）");
  if (asOf >= current.asOf)
    return refuse(`上期截至日期 ${asOf} 不早于本次截至日期 ${current.asOf}`);
  const units = raw["units"].flatMap((u) =>
    isObj(u) && typeof u["unit"] === "string" && isObj(u["indicators"])
      ? [{ unit: u["unit"], indicators: valuesOf(u["indicators"]) }]
      : [],
  );
  const ours = new Set(current.units.map(normalizeText));
  if (units.length > 0 && ours.size > 0 && !units.some((u) => ours.has(normalizeText(u.unit)))) {
    const names = units.slice(0, 3).map((u) => u.unit);
    return refuse(
      `其中的单位（${names.join("、")}${units.length > 3 ? "等" : ""}）与本次台账的单位没有一个相同，可能是其他县（区）的汇总`,
    );
  }
  return { previous: { asOf, units, total: valuesOf(total["indicators"]) }, issues: [] };
}

// Only what an indicator can be: a number, a yes/no or empty.
function valuesOf(o: Obj): IndicatorValues {
  const out: IndicatorValues = {};
  for (const [k, v] of Object.entries(o))
    if (v === null || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)))
      out[k] = v;
  return out;
}
