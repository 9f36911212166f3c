import { ENUMS, type EnumKey } from "./fields.js";
import { normalizeText } from "./normalizeText.js";
import { remembering } from "./remembering.js";

/** Outcome of reading one enum cell: a canonical value, free text kept (产业类别), or not understood. */
export type EnumParse =
  | { kind: "empty" }
  | { kind: "value"; value: string }
  | { kind: "free"; value: string }
  | { kind: "unparsed" };

// Common spellings staff use, mapped to the canonical value. Checked after an exact match.
const VARIANTS: Record<EnumKey, ReadonlyArray<readonly [RegExp, string]>> = {
  fund_source: [
    [/^(省外|外省|国内省外|省外资金|区外|省外境内)$/, "省外"],
    [/^(省内市外|市外省内|省内外市|省内|省内其他市|市外)$/, "省内市外"],
    [/^(市内|本市|市内县外|县外市内|市内资金)$/, "市内"],
    // DOMAIN.md: 本县/本地 → 县内 (not counted by the default counting policy).
    [/^(县内|本县|本地|县内资金|本县资金)$/, "县内"],
    [/^(境外|国外|外资|港澳台|海外|国(境)?外)$/, "境外"],
  ],
  industry: [
    [/^(农业|第一产业|一产|现代农业|农林牧渔)/, "农业"],
    [/^(工业|第二产业|二产|制造业|工业项目)/, "工业"],
    [/^(服务业|第三产业|三产|现代服务业|商贸服务业)/, "服务业"],
  ],
  sign_type: [
    [/框架/, "框架协议"],
    [/意向|备忘录/, "意向"],
    [/合同/, "合同"],
    [/协议/, "协议"],
  ],
  is_new: [
    [/^(新签|新签约|当年新签|本年新签|新签项目|是|新)$/, "新签"],
    [/^(续建|结转|往年签约|续建项目|否|续)$/, "续建"],
  ],
  status: [
    [/^(在谈|洽谈|洽谈中|在洽谈|正在洽谈|意向|对接中|在谈项目)$/, "在谈"],
    [/^(签约|已签约|签约未开工|已签|签约待建)$/, "签约"],
    [/^(注册|已注册|完成注册|注册落地)$/, "注册"],
    [/^(开工|已开工|新开工|开工建设)$/, "开工"],
    [/^(在建|建设中|正在建设|施工中|续建)$/, "在建"],
    [/^(竣工|已竣工|建成|完工|已完工|基本建成)$/, "竣工"],
    [/^(投产|已投产|运营|投入运营|已运营|达产|投产运营|营业)$/, "投产"],
    [/^(停建|停工|暂停|缓建|暂缓)$/, "停建"],
    [/^(终止|已终止|取消|解约|已解约|撤销)$/, "终止"],
    [/^(退回|已退回|退出)$/, "退回"],
  ],
  land_status: [
    [/^(已供地|已出让|已摘牌|已挂牌|已取得|已落实|已办结|已征地|已取得土地|已供)$/, "已供地"],
    [/^(已流转|流转|租赁|已租赁)$/, "已流转"],
    [/^(报批中|在报批|办理中|正在办理|正在报批|在办理|审批中|组卷中)$/, "报批中"],
    [/^(无|未办理|未办|没有|无手续|未供地)$/, "无"],
  ],
};

// Written by staff when a column does not apply: empty, not a wrong value.
const NOT_APPLICABLE = new Set([
  "",
  "-",
  "—",
  "——",
  "/",
  "不涉及",
  "无需",
  "无需用地",
  "待定",
  "暂无",
]);

/**
 * Reads an enum cell into its canonical value. 产业类别 keeps unknown text as written.
 * @example parseEnum("status", "已开工") → { kind: "value", value: "开工" }
 */
export function parseEnum(key: EnumKey, input: string): EnumParse {
  // A column of a county's ledgers holds a handful of spellings over 100,000s of cells: each
  // is read once.
  return (PARSED[key] ??= remembering((text: string) => readEnum(key, text)))(input);
}

const PARSED: Partial<Record<EnumKey, (input: string) => EnumParse>> = {};

function readEnum(key: EnumKey, input: string): EnumParse {
  const text = normalizeText(input).replace(/[。.]$/, "");
  const canonical: readonly string[] = ENUMS[key];
  if (canonical.includes(text)) return { kind: "value", value: text };
  if (NOT_APPLICABLE.has(text) && !(key === "land_status" && text === "无"))
    return { kind: "empty" };
  const hit = VARIANTS[key].find(([re]) => re.test(text));
  if (hit) return { kind: "value", value: hit[1] };
  const remark = /^(.+?)\(.*\)$/.exec(text);
  if (remark?.[1]) {
    const inner = readEnum(key, remark[1]);
    if (inner.kind === "value") return inner;
  }
  return key === "industry" ? { kind: "free", value: input.trim() } : { kind: "unparsed" };
}
