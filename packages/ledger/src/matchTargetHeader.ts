import type { TargetKey } from "./fields.js";
import type { HeaderLabel } from "./matchHeader.js";

// Words a target header is made of. Anything else left over means the column is not a target
// we know ("签约资金完成率", "备注"), and it is reported rather than guessed.
const KNOWN_WORDS =
  /省外|区外|境内|调度|全年|本年度|年度|本年|当年|本期|下达|分解|目标任务|任务数|任务|目标|计划|指标|考核|考评|招商引资|引资|签约|到位|资金|金额|额|项目|个数|数|实际利用|利用|实际|外资|其中|累计|合同/g;

const TASK_WORD = /任务|目标|计划|指标|考核|考评|调度/;
const OUTPROV = /省外|区外/;

type Measure = "amt_signed" | "amt_arrived" | "n_signed" | "fdi";

function measureOf(header: string): Measure | undefined {
  // "签约省外资金" holds 外资 without being foreign capital.
  const text = header.replace(/省外|区外/g, "");
  if (/外资/.test(text)) return "fdi";
  if (/到位/.test(text)) return "amt_arrived";
  if (/签约|合同|引资/.test(text)) {
    if (/项目|个数/.test(text) && !/资金|金额|额/.test(text)) return "n_signed";
    return "amt_signed";
  }
  if (/项目(个)?数/.test(text)) return "n_signed";
  return undefined;
}

/**
 * The target key a target-table header stands for, read from its words rather than a list of
 * spellings: the measure (签约资金, 到位资金, 签约项目数, 外资), 省外 (or 区外) for the
 * `_outprov` keys, and a period other than the whole year, or the word 调度, for a dispatch
 * target. A header without a word of task (任务/目标/计划/指标/调度) is not a target.
 * @example matchTargetHeader(splitHeader("第三季度签约省外资金调度目标")) === "dispatch_amt_signed_outprov"
 * @example matchTargetHeader(splitHeader("1-9月到位资金任务")) === "dispatch_amt_arrived"
 */
export function matchTargetHeader(label: HeaderLabel): TargetKey | undefined {
  const text = label.bare ?? label.base;
  if (text.replace(KNOWN_WORDS, "") !== "" || !TASK_WORD.test(text)) return undefined;
  const measure = measureOf(text);
  if (!measure) return undefined;
  const outprov = OUTPROV.test(text);
  const dispatch = /调度/.test(text) || (label.period !== undefined && !label.period.wholeYear);
  if (dispatch) {
    if (measure !== "amt_signed" && measure !== "amt_arrived") return undefined;
    return outprov ? `dispatch_${measure}_outprov` : `dispatch_${measure}`;
  }
  if (outprov) {
    if (measure !== "amt_signed" && measure !== "amt_arrived") return undefined;
    return `target_${measure}_outprov`;
  }
  return `target_${measure}`;
}
