import { RULE_PART_SHEETS, type RuleSheetPart } from "@zsyz/county";
import { normalizeText } from "@zsyz/ledger";
import type { OneClickResult } from "./runOneClick.js";

/** What the last 一键计算 of this workbook did with its rule sheets. */
export interface OneClickRules {
  /** The rule sheets it was handed, by their names as found (" 考评办法" stays " 考评办法"). */
  read: readonly string[];
  /** The parts a sheet really gave (`CountyRun.ruleSheets`). */
  taken: readonly RuleSheetPart[];
  /** The sheets its issues on the rule sheets name (they are in 问题清单). */
  issueSheets: readonly string[];
}

/** The rule sheets of a 一键计算 result, as the 设置 notices need them. */
export function oneClickRules(result: OneClickResult): OneClickRules {
  return {
    read: result.ruleSheetsRead,
    taken: result.run.ruleSheets,
    issueSheets: [...new Set(result.ruleIssues.map((i) => i.sheet))],
  };
}

/**
 * Why a rule sheet the run was handed gave nothing: with an issue on it (the header is not
 * found, no usable 考评项目) the issue in 问题清单 says more; without one the sheet held nothing
 * the run reads (as 新建台账 creates 达标要求: a header and no rows). (统计口径 with an issue is always taken: the rows it can read apply.)
 */
const NOT_TAKEN: Readonly<Record<string, { withIssue: string; without: string }>> = {
  [RULE_PART_SHEETS.scoring]: {
    withIssue: "表头认不出或没有可用的考评项目，见问题清单",
    without: "表中没有填写考评项目",
  },
  [RULE_PART_SHEETS.requirements]: {
    withIssue: "表头认不出，见问题清单",
    without: "表中没有填写达标要求",
  },
  [RULE_PART_SHEETS.counting]: {
    withIssue: "见问题清单",
    without: "表中没有填写认得出的口径",
  },
};

/**
 * The pane's 设置 notice above the form a rule sheet (考评办法, 达标要求, 统计口径) replaces, or
 * null when the workbook has no such sheet. After a 一键计算 of this workbook it says what that
 * run did (took the sheet, or did without it and why); before one, or for a sheet added since,
 * what a run will do. `sheet` is the canonical name; `sheets` the workbook's sheet names now.
 * @example ruleSheetNotice("考评办法", ["考评办法"], { read: ["考评办法"], taken: [], issueSheets: ["考评办法"] })
 *   → "本工作簿的「考评办法」表上次一键计算时未采用（表头认不出或没有可用的考评项目，见问题清单），按这里的设置计算。"
 */
export function ruleSheetNotice(
  sheet: string,
  sheets: readonly string[],
  lastRun: OneClickRules | null,
): string | null {
  const named = (name: string) => normalizeText(name) === sheet;
  const present = sheets.find(named);
  if (present === undefined) return null;
  const read = lastRun?.read.find(named);
  if (!lastRun || read === undefined)
    return `本工作簿有「${present}」表：一键计算和命令行将按该表计算（该表读不出或没有填写内容时除外，届时按这里的设置计算）。要修改请直接编辑该表。`;
  const took = lastRun.taken.find((t) => RULE_PART_SHEETS[t.part] === sheet);
  if (took)
    return `本工作簿的「${took.sheet}」表优先：一键计算和命令行都按该表计算，这里的设置仅在没有该表时使用。要修改请直接编辑该表。`;
  const why = NOT_TAKEN[sheet];
  const reason = lastRun.issueSheets.includes(read) ? why?.withIssue : why?.without;
  return `本工作簿的「${read}」表上次一键计算时未采用${reason ? `（${reason}）` : ""}，按这里的设置计算。`;
}
