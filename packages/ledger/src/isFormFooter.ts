import { normalizeText } from "./normalizeText.js";

// The labels of a ledger form's footer, by what follows them. A label word must be followed by
// a colon ("审核人：李四"), so a project named "审核中心改扩建项目" or "联系人才公寓" is no footer.
const PERSON =
  "填报人|审核人|填表人|制表人|制表|审核|负责人|单位负责人|主要负责人|分管领导|联系人|签字|经办人";
const PHONE = "联系电话|电话|手机|联系方式";
const DATE = "填报日期|填表日期|报送日期|日期";
const SEAL = "填报单位\\(盖章\\)|单位\\(盖章\\)|填报单位|报送单位|盖章";
const NOTE = "备注|注|说明";
// "填表人（签字）：": a signature or seal mark between the label and its colon is decoration.
const LABEL = new RegExp(
  `(${[SEAL, PERSON, PHONE, DATE, NOTE].join("|")})(\\((签字|签名|盖章)\\))?[:：]`,
  "g",
);

// A seal label as forms print it, without a colon: "单位（盖章）".
const BARE_SEAL = new RegExp(`^(${SEAL})$`);

const VALUE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  // 张三, 张三、李四, 欧阳·娜娜.
  [new RegExp(`^(${PERSON})$`), /^([\u4e00-\u9fff·]{2,5}([、,，/][\u4e00-\u9fff·]{2,5})*)?$/],
  [new RegExp(`^(${PHONE})$`), /^[\d\-()+、,，/]*$/],
  [new RegExp(`^(${DATE})$`), /^[\d年月日号.\-/]*$/],
  // The unit that fills the form in or seals it: any name.
  [new RegExp(`^(${SEAL})$`), /^/],
  // A note is free text, unless it reads as a project's name ("注：塑新材料项目").
  [new RegExp(`^(${NOTE})$`), /^(?!.*(项目|工程|基地|产业园|厂|公司|中心)(\([^)]*\))?$)/],
];

/**
 * Whether a cell below a ledger's table is the form's footer: one or more "label：value" pairs
 * such as "联系电话：13812345678", "填报人：张三  审核人：李四", "备注：本表金额单位为万元",
 * "单位（盖章）：", each value shaped as its label wants (a name, a phone number, a date, a unit,
 * a note). Such a row is neither a project nor a project skipped for its label. "总计算中心项目",
 * "审核中心改扩建项目" and "注：塑新材料项目" are not footers.
 * @example isFormFooter("填报人：张三  审核人：李四") === true
 */
export function isFormFooter(text: string): boolean {
  // Asked of every row's name: a project's name has neither a colon nor a seal.
  if (!/[:：]|盖章/.test(text)) return false;
  const t = normalizeText(text);
  if (BARE_SEAL.test(t)) return true;
  const labels = [...t.matchAll(LABEL)];
  if (labels.length === 0 || labels[0]!.index !== 0) return false;
  return labels.every((m, i) => {
    const value = t.slice(m.index + m[0].length, labels[i + 1]?.index ?? t.length);
    const shape = VALUE.find(([label]) => label.test(m[1]!))?.[1];
    return shape !== undefined && shape.test(value);
  });
}
