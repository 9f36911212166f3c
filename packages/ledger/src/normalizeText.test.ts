import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalizeText.js";

const slow = (text: string): string =>
  text.normalize("NFKC").replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, "");

// Ledger-like text: ASCII, ideographs, Chinese punctuation, full-width forms, combining marks,
// circled and compatibility characters — the shortcut must never differ from NFKC.
const pieces = fc.constantFrom(
  "签约资金",
  "（万元）",
  "(万元)",
  "1,200",
  "１２００",
  "约500",
  "“合同”",
  "《协议》",
  "。",
  "、",
  "【",
  "】",
  "·",
  "—",
  " ",
  "\u3000",
  "\n",
  "\u00a0",
  "①",
  "㎡",
  "Ⅱ",
  "ｶ",
  "e\u0301",
  "ﬁ",
  "\u2460",
  "℃",
  "A",
  "z",
  "~",
  "项目",
  "第1期",
);

describe("normalizeText()", () => {
  it("folds full-width forms and drops white space", () => {
    expect(normalizeText(" 签约资金\n（万元）")).toBe("签约资金(万元)");
  });

  it("gives exactly what NFKC gives, shortcut or not", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(normalizeText(text)).toBe(slow(text));
      }),
      { numRuns: 2000 },
    );
  });
});
