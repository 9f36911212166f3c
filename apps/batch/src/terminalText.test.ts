import { describe, expect, it } from "vitest";
import { forTerminal, oneLine } from "./terminalText.js";

describe("forTerminal()", () => {
  it.each([
    ["colour", "红\x1b[31m色\x1b[0m", "红色"],
    ["clear screen", "清\x1b[2J\x1b[H屏", "清屏"],
    ["window title (OSC, BEL)", "标\x1b]0;被改的标题\x07题", "标题"],
    ["hyperlink (OSC, ST)", "链\x1b]8;;http://x.example\x1b\\接\x1b]8;;\x1b\\", "链接"],
    ["one-byte CSI", "单\x9b31m字节", "单字节"],
    ["carriage return overprint", "真名\r假名", "真名假名"],
    ["backspaces and bell", "退\b\b格\x07", "退格"],
    ["bidi override", "项目\u202e名称\u202c", "项目名称"],
    ["a lone ESC at the end", "结尾\x1b", "结尾"],
  ])("removes a %s", (_, input, output) => {
    expect(forTerminal(input)).toBe(output);
  });

  it("keeps Chinese text, punctuation and line breaks", () => {
    expect(forTerminal("“签约资金”的值\n无法识别（1.2亿）")).toBe(
      "“签约资金”的值\n无法识别（1.2亿）",
    );
  });
});

describe("oneLine()", () => {
  it("turns line breaks into one space so a cell cannot forge a line of the list", () => {
    expect(oneLine("甲项目\n  错误  台账!B9  伪造的问题")).toBe(
      "甲项目   错误  台账!B9  伪造的问题",
    );
    expect(oneLine("a\r\nb")).toBe("a b");
  });
});
