import { describe, expect, it } from "vitest";
import { ByteSink } from "./ByteSink.js";

const written = (write: (sink: ByteSink) => void, capacity?: number): Uint8Array => {
  const sink = new ByteSink(capacity);
  write(sink);
  return sink.take();
};

describe("ByteSink", () => {
  it("encodes text as TextEncoder does: ASCII, 2- and 3-byte characters, pairs, lone surrogates", () => {
    const texts = [
      "",
      "abc<&>",
      "é·—",
      "第1镇项目12（省外）",
      "𠮷野家😀",
      "lone \ud800 high",
      "lone \udc00 low",
      "end \ud83d",
      "\ud83d\ud83d\ude00",
      "x".repeat(300) + "镇",
    ];
    for (const text of texts)
      expect([text, written((s) => s.text(text), 1)]).toEqual([
        text,
        new TextEncoder().encode(text),
      ]);
  });

  it("keeps text written one piece after another in order as the buffer grows", () => {
    const pieces = ['<c r="A1">', "城关镇", "😀", "z".repeat(1000)];
    const bytes = written((s) => pieces.forEach((p) => s.text(p)), 4);
    expect(new TextDecoder().decode(bytes)).toBe(pieces.join(""));
  });

  it("writes numbers as String() spells them", () => {
    const numbers = [
      0,
      -0,
      7,
      10,
      99,
      100,
      12345,
      -42,
      2 ** 31,
      999999999999999,
      1e15,
      -1e15,
      1e21,
      0.1,
      -3.25,
      1 / 3,
      2 ** 53 + 2,
    ];
    for (const n of numbers)
      expect([n, new TextDecoder().decode(written((s) => s.number(n), 1))]).toEqual([n, String(n)]);
  });

  it("writes non-negative integers as digits", () => {
    for (const n of [0, 9, 10, 11, 1000, 4294967296])
      expect(new TextDecoder().decode(written((s) => s.uint(n)))).toBe(String(n));
  });
});
