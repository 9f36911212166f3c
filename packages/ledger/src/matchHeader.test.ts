import { describe, expect, it } from "vitest";
import { LEDGER_FIELDS } from "./fields.js";
import { LEDGER_INDEX } from "./ledgerIndex.js";
import { lookupHeader, matchHeader, splitHeader } from "./matchHeader.js";

const keyOf = (text: string, parent?: string): string | undefined => {
  const label = splitHeader(text).base;
  return parent === undefined
    ? LEDGER_INDEX.get(label)
    : matchHeader(LEDGER_INDEX, label, splitHeader(parent).base);
};

describe("splitHeader()", () => {
  it.each([
    ["签约资金（万元）", 1],
    ["签约资金(万元)", 1],
    ["签约资金[亿元]", 10000],
    ["签约资金【亿元】", 10000],
    ["签约资金\n（亿元）", 10000],
    ["签约资金 （ 亿元 ）", 10000],
    ["签约资金(元)", 0.0001],
    ["签约资金万元", 1],
    ["签约资金亿元", 10000],
    ["签约资金（单位：亿元）", 10000],
    ["签约资金（千万元）", 1000],
  ])("reads %j as 签约资金 with scale %d", (text, scale) => {
    expect(splitHeader(text)).toEqual({ base: "签约资金", scale });
  });

  it.each([
    ["万元", 1],
    ["（亿元）", 10000],
    ["单位：元", 0.0001],
  ])("reads a cell holding only the unit %j as all unit", (text, scale) => {
    expect(splitHeader(text)).toEqual({ base: "", scale });
  });

  it("leaves a header without a unit without a scale", () => {
    expect(splitHeader("签约资金")).toEqual({ base: "签约资金" });
  });

  it("does not take the 资 of 外资 for a unit", () => {
    expect(splitHeader("外资")).toEqual({ base: "外资" });
  });

  it("reads 万美元 on foreign capital as scale 1", () => {
    expect(splitHeader("实际利用外资（万美元）")).toEqual({ base: "实际利用外资", scale: 1 });
  });

  it("drops spaces, line breaks, ideographic spaces and asterisks", () => {
    expect(splitHeader(" 项目\n名称*")).toEqual({ base: "项目名称" });
    expect(splitHeader("项目\u3000名称")).toEqual({ base: "项目名称" });
  });

  it("drops counts and percentages in brackets", () => {
    expect(splitHeader("签约项目数（个）")).toEqual({ base: "签约项目数" });
  });

  it("drops the slash of 新签/续建 and the brackets of 进展情况（阶段）", () => {
    expect(splitHeader("新签/续建").base).toBe("新签续建");
    expect(splitHeader("进展情况（阶段）").base).toBe("进展情况阶段");
  });
});

describe("matchHeader()", () => {
  it("finds every standard header and synonym of DOMAIN.md", () => {
    for (const f of LEDGER_FIELDS) {
      for (const name of [f.header, ...f.synonyms])
        expect([name, keyOf(name)]).toEqual([name, f.key]);
    }
  });

  it.each([
    ["项目名称", "name"],
    ["签约日期", "sign_date"],
    ["合同引资额（万元）", "amt_signed"],
    ["当年到位资金", "amt_arrived"],
    ["开累到位", "amt_arrived_cum"],
    ["进展情况（阶段）", "status"],
    ["进展情况", "progress"],
    ["所属乡镇", "unit"],
    ["外来投资方", "investor"],
    ["动工时间", "start_date"],
    ["实际利用外资（万美元）", "fdi"],
  ])("maps %j to %s", (text, key) => {
    expect(keyOf(text)).toBe(key);
  });

  it("joins 到位资金 over 本年 into 本年到位资金", () => {
    expect(keyOf("本年", "到位资金")).toBe("amt_arrived");
  });

  it("joins 到位资金 over 累计 into 累计到位资金", () => {
    expect(keyOf("累计", "到位资金（万元）")).toBe("amt_arrived_cum");
  });

  it("reads 签约资金 over 合计 as 签约资金 itself", () => {
    expect(keyOf("合计", "签约资金")).toBe("amt_signed");
  });

  it("joins 签约资金 over 其中：省外 into 其中省外签约资金", () => {
    expect(keyOf("其中：省外", "签约资金")).toBe("amt_signed_outprov");
  });

  it("joins 到位资金 over 其中：省外 into 其中省外到位资金", () => {
    expect(keyOf("其中：省外", "到位资金")).toBe("amt_arrived_outprov");
  });

  it("falls back to the child's own meaning under an unrelated parent", () => {
    expect(keyOf("开工时间", "项目进展")).toBe("start_date");
  });

  it("knows nothing of a header outside the catalogue", () => {
    expect(keyOf("联系人电话")).toBeUndefined();
  });
});

describe("lookupHeader()", () => {
  it.each([
    ["1-9月签约资金（万元）", "amt_signed"],
    ["2024年1—9月到位资金", "amt_arrived"],
    ["截至9月底累计到位资金", "amt_arrived_cum"],
    ["项目名称（全称）", "name"],
    ["投资方(签约企业全称)", "investor"],
    ["年度签约资金", "amt_signed"],
    ["本年到位资金", "amt_arrived"],
  ])("reads the ledger header %j as %s, periods and remarks set aside", (text, key) => {
    expect(lookupHeader(LEDGER_INDEX, splitHeader(text))).toBe(key);
  });

  it("does not read 累计到位资金 as this year's", () => {
    expect(lookupHeader(LEDGER_INDEX, splitHeader("累计到位资金"))).toBe("amt_arrived_cum");
  });
});
