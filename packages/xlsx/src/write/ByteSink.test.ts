import { describe, expect, it } from "vitest";
import { ByteSink, putBytes, putNumber, putUtf8 } from "./ByteSink.js";

/** What `put` writes into room reserved in a sink (growing it from `capacity`), as the sheet writer does. */
const written = (
  put: (b: Uint8Array, at: number) => number,
  room: number,
  capacity?: number,
): Uint8Array => {
  const sink = new ByteSink(capacity);
  sink.wrote(put(sink.reserve(room), sink.length));
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
      expect([text, written((b, at) => putUtf8(b, at, text), text.length * 3, 1)]).toEqual([
        text,
        new TextEncoder().encode(text),
      ]);
  });

  it("keeps pieces written one after another in order as the buffer grows", () => {
    const pieces = [
      '<c r="A1">',
      "城关镇",
      "😀",
      "z".repeat(1000),
      "第1镇项目12（省外）".repeat(3),
    ];
    const sink = new ByteSink(4);
    for (const p of pieces) sink.wrote(putUtf8(sink.reserve(p.length * 3), sink.length, p));
    // Prepared bytes, short (copied in a loop) and long (copied with set).
    for (const p of ["</v></c>", '" s="20" t="b"><f t="shared" si="0"/><v>']) {
      const bytes = new TextEncoder().encode(p);
      sink.wrote(putBytes(sink.reserve(bytes.length), sink.length, bytes));
    }
    expect(new TextDecoder().decode(sink.take())).toBe(
      `${pieces.join("")}</v></c>" s="20" t="b"><f t="shared" si="0"/><v>`,
    );
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
      expect([n, new TextDecoder().decode(written((b, at) => putNumber(b, at, n), 24, 1))]).toEqual(
        [n, String(n)],
      );
  });
});
