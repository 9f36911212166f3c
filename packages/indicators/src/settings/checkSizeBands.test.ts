import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSizeBands, readSizeBandsText, sizeBandsText } from "./checkSizeBands.js";
import { parseSettings } from "./parseSettings.js";

const HOW = "请写 1 到 6 个互不相同的整数金额（万元），用顿号分隔，如“1000、10000、100000”。";

describe("readSizeBandsText()", () => {
  it("reads the bands as staff type them, with 顿号, commas or spaces, kept ascending", () => {
    expect(readSizeBandsText("10000，1000 100000")).toEqual({
      ok: true,
      bands: [1000, 10000, 100000],
    });
    expect(readSizeBandsText("５０００、50000")).toEqual({ ok: true, bands: [5000, 50000] });
  });

  it("leaves an empty field to the default bands", () => {
    expect(readSizeBandsText("  ")).toEqual({ ok: true, bands: undefined });
  });

  it("names the word that is no amount, as typed", () => {
    expect(readSizeBandsText("5000、一亿")).toEqual({
      ok: false,
      message: `「签约金额分档」中的“一亿”不是 1 到 100000000 之间的整数。${HOW}`,
    });
  });

  it("refuses a band written twice and a seventh band", () => {
    expect(readSizeBandsText("5000、5000")).toEqual({
      ok: false,
      message: `「签约金额分档」中的“5000”写了不止一次。${HOW}`,
    });
    expect(readSizeBandsText("1、2、3、4、5、6、7")).toEqual({
      ok: false,
      message: `「签约金额分档」有 7 档，最多 6 档。${HOW}`,
    });
  });

  it("gives back what sizeBandsText wrote", () => {
    expect(readSizeBandsText(sizeBandsText([1000, 5000]))).toEqual({
      ok: true,
      bands: [1000, 5000],
    });
    expect(sizeBandsText(undefined)).toBe("");
  });
});

describe("checkSizeBands()", () => {
  it("agrees with parseSettings on any list of numbers typed into the form, word for word", () => {
    const band = fc.oneof(
      fc.constantFrom(1000, 5000, 10000, 100000, 0, 100_000_000, 100_000_001),
      fc.integer({ min: -20, max: 200_000_000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(fc.array(band, { minLength: 1, maxLength: 8 }), (list) => {
        const form = readSizeBandsText(list.map(String).join("、"));
        const file = parseSettings(JSON.stringify({ version: 1, sizeBands: list }));
        if (file.ok) expect(form).toEqual({ ok: true, bands: file.settings.sizeBands });
        else expect(form).toEqual({ ok: false, message: file.errors[0]?.message });
        expect(file.ok ? [] : file.errors).toHaveLength(file.ok ? 0 : 1);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses what is not a list at all", () => {
    expect(checkSizeBands("1000、10000")).toEqual({
      ok: false,
      message: `「签约金额分档」写法有误。${HOW}`,
    });
  });
});
