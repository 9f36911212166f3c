import { describe, expect, it } from "vitest";
import { splitHeader } from "./matchHeader.js";
import { matchTargetHeader } from "./matchTargetHeader.js";

const keyOf = (text: string): string | undefined => matchTargetHeader(splitHeader(text));

describe("matchTargetHeader()", () => {
  it.each([
    ["年度签约资金任务", "target_amt_signed"],
    ["签约资金年度任务（万元）", "target_amt_signed"],
    ["2024年签约资金目标任务", "target_amt_signed"],
    ["全年招商引资签约资金任务(亿元)", "target_amt_signed"],
    ["年度到位资金任务", "target_amt_arrived"],
    ["签约项目数任务（个）", "target_n_signed"],
    ["年度签约项目个数目标", "target_n_signed"],
    ["年度省外签约资金任务", "target_amt_signed_outprov"],
    ["区外境内到位资金任务", "target_amt_arrived_outprov"],
    ["实际利用外资任务（万美元）", "target_fdi"],
    ["签约资金调度目标", "dispatch_amt_signed"],
    ["第三季度签约资金调度目标", "dispatch_amt_signed"],
    ["三季度签约资金目标", "dispatch_amt_signed"],
    ["1-9月到位资金任务", "dispatch_amt_arrived"],
    ["上半年到位资金调度任务", "dispatch_amt_arrived"],
    ["第三季度(1——9月)签约省外资金调度目标", "dispatch_amt_signed_outprov"],
    ["三季度省外到位资金调度目标", "dispatch_amt_arrived_outprov"],
    ["全年签约资金调度目标", "dispatch_amt_signed"],
  ])("reads %j as %s", (text, key) => {
    expect(keyOf(text)).toBe(key);
  });

  it.each([
    ["签约资金完成率"],
    ["签约资金"],
    ["备注"],
    ["三季度签约项目数任务"],
    ["省外外资任务"],
    ["签约资金任务完成情况"],
  ])("does not take %j for a target", (text) => {
    expect(keyOf(text)).toBeUndefined();
  });
});
