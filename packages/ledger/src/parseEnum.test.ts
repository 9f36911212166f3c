import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENUMS, type EnumKey } from "./fields.js";
import { parseEnum } from "./parseEnum.js";

const as = (value: string) => ({ kind: "value", value });

describe("parseEnum()", () => {
  it("reads every canonical value as itself", () => {
    for (const key of Object.keys(ENUMS) as EnumKey[]) {
      for (const v of ENUMS[key]) expect(parseEnum(key, v)).toEqual(as(v));
    }
  });

  it("ignores spaces, line breaks and a trailing full stop", () => {
    expect(parseEnum("status", " 在建\n")).toEqual(as("在建"));
    expect(parseEnum("land_status", "报批中。")).toEqual(as("报批中"));
  });

  it.each([
    ["外省", "省外"],
    ["省外资金", "省外"],
    ["省内", "省内市外"],
    ["本市", "市内"],
    ["本县", "县内"],
    ["本地", "县内"],
    ["县内资金", "县内"],
    ["港澳台", "境外"],
    ["国外", "境外"],
    ["境外（港资）", "境外"],
    ["境外(港资)", "境外"],
  ])("reads 资金来源 %j as %s", (text, v) => {
    expect(parseEnum("fund_source", text)).toEqual(as(v));
  });

  it.each([
    ["第二产业", "工业"],
    ["制造业", "工业"],
    ["现代农业", "农业"],
    ["第三产业", "服务业"],
  ])("reads 产业类别 %j as %s", (text, v) => {
    expect(parseEnum("industry", text)).toEqual(as(v));
  });

  it("keeps free 产业类别 text as written", () => {
    expect(parseEnum("industry", " 新能源 ")).toEqual({ kind: "free", value: "新能源" });
  });

  it.each([
    ["投资合同", "合同"],
    ["正式合同", "合同"],
    ["投资协议", "协议"],
    ["战略合作框架协议", "框架协议"],
    ["意向协议", "意向"],
    ["合作备忘录", "意向"],
  ])("reads 签约类型 %j as %s", (text, v) => {
    expect(parseEnum("sign_type", text)).toEqual(as(v));
  });

  it.each([
    ["新签约", "新签"],
    ["当年新签", "新签"],
    ["是", "新签"],
    ["结转", "续建"],
    ["否", "续建"],
  ])("reads 新签/续建 %j as %s", (text, v) => {
    expect(parseEnum("is_new", text)).toEqual(as(v));
  });

  it.each([
    ["洽谈中", "在谈"],
    ["已签约", "签约"],
    ["已注册", "注册"],
    ["已开工", "开工"],
    ["建设中", "在建"],
    ["已竣工", "竣工"],
    ["已投产", "投产"],
    ["停工", "停建"],
    ["已解约", "终止"],
    ["退出", "退回"],
    ["在建（主体完工）", "在建"],
  ])("reads 项目状态 %j as %s", (text, v) => {
    expect(parseEnum("status", text)).toEqual(as(v));
  });

  it.each([
    ["已出让", "已供地"],
    ["租赁", "已流转"],
    ["办理中", "报批中"],
    ["未办理", "无"],
  ])("reads 土地手续 %j as %s", (text, v) => {
    expect(parseEnum("land_status", text)).toEqual(as(v));
  });

  it("reads 无 in 土地手续 as the value 无 (no land procedures), not as empty", () => {
    expect(parseEnum("land_status", "无")).toEqual(as("无"));
  });

  it("reads 不涉及 in 土地手续 as empty", () => {
    expect(parseEnum("land_status", "不涉及")).toEqual({ kind: "empty" });
  });

  it.each([["—"], ["/"], [""]])("reads the placeholder %j as empty", (text) => {
    expect(parseEnum("status", text)).toEqual({ kind: "empty" });
  });

  it.each([
    ["sign_type", "口头约定"],
    ["fund_source", "火星"],
    ["status", "研究中"],
    ["land_status", "看情况"],
    ["is_new", "不知道"],
  ] as const)("reports %s %j as unparsed", (key, text) => {
    expect(parseEnum(key, text)).toEqual({ kind: "unparsed" });
  });

  it("never throws, and a value it returns is always canonical (or free 产业类别 text)", () => {
    const keys = Object.keys(ENUMS) as EnumKey[];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.string({ unit: "grapheme" }), (key, text) => {
        const parsed = parseEnum(key, text);
        if (parsed.kind === "value")
          expect(ENUMS[key] as readonly string[]).toContain(parsed.value);
        if (parsed.kind === "free") expect(key).toBe("industry");
      }),
    );
  });
});
