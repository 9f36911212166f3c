import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlaceholder, parseMoney } from "./parseMoney.js";

const value = (v: number, approximate = false) => ({ kind: "value", value: v, approximate });

/** Moves the decimal point of a plain decimal string by `places` (positive: right) and reads it. */
function shiftPoint(text: string, places: number): number {
  const negative = text.startsWith("-");
  const [int = "", frac = ""] = text.replace(/^-/, "").split(".");
  const digits = int + frac;
  const point = int.length + places;
  const padded =
    point > digits.length
      ? digits.padEnd(point, "0")
      : point < 0
        ? "0".repeat(-point) + digits
        : digits;
  const at = Math.max(point, 0);
  return Number(`${negative ? "-" : ""}${padded.slice(0, at) || "0"}.${padded.slice(at) || "0"}`);
}

describe("parseMoney()", () => {
  describe("numbers", () => {
    it("keeps a number under a 万元 header as it is", () => {
      expect(parseMoney(1200, 1)).toEqual(value(1200));
    });

    it("multiplies a number under a 亿元 header by 10000", () => {
      expect(parseMoney(1.2, 10000)).toEqual(value(12000));
    });

    it("divides a number under a 元 header by 10000", () => {
      expect(parseMoney(3000, 0.0001)).toEqual(value(0.3));
    });

    it("scales 0.07 亿元 to exactly 700 万元, not 700.0000000000001", () => {
      expect(parseMoney(0.07, 10000)).toEqual(value(700));
    });

    it("does not read NaN or Infinity as money", () => {
      expect(parseMoney(Number.NaN, 1)).toEqual({ kind: "unparsed" });
      expect(parseMoney(Number.POSITIVE_INFINITY, 1)).toEqual({ kind: "unparsed" });
    });
  });

  describe("text", () => {
    it("reads a thousands separator: 1,200", () => {
      expect(parseMoney("1,200", 1)).toEqual(value(1200));
    });

    it("reads full-width digits: １２００", () => {
      expect(parseMoney("１２００", 1)).toEqual(value(1200));
    });

    it("reads full-width digits with a full-width comma: １，２００", () => {
      expect(parseMoney("１，２００", 1)).toEqual(value(1200));
    });

    it("reads 1200万 as 1200 万元", () => {
      expect(parseMoney("1200万", 1)).toEqual(value(1200));
    });

    it("reads 1.2亿 as exactly 12000 万元", () => {
      expect(parseMoney("1.2亿", 1)).toEqual(value(12000));
    });

    it("reads 0.1亿 as exactly 1000 万元", () => {
      expect(parseMoney("0.1亿", 1)).toEqual(value(1000));
    });

    it("reads 3亿元 as 30000 万元", () => {
      expect(parseMoney("3亿元", 1)).toEqual(value(30000));
    });

    it("reads 3000元 as 0.3 万元", () => {
      expect(parseMoney("3000元", 1)).toEqual(value(0.3));
    });

    it("reads 1千万元 as 1000 万元", () => {
      expect(parseMoney("1千万元", 1)).toEqual(value(1000));
    });

    it("lets a unit written in the cell win over the header's unit", () => {
      expect(parseMoney("400万元", 10000)).toEqual(value(400));
    });

    it("applies the header's unit to text without a unit", () => {
      expect(parseMoney("1.5", 10000)).toEqual(value(15000));
    });

    it("reads 12,345.67万元 with separator, decimals and unit", () => {
      expect(parseMoney("12,345.67万元", 1)).toEqual(value(12345.67));
    });

    it("ignores spaces and line breaks around the number", () => {
      expect(parseMoney(" 1200 \n", 1)).toEqual(value(1200));
    });

    it("keeps the sign of a negative amount so it can be reported", () => {
      expect(parseMoney("-5", 1)).toEqual(value(-5));
    });
  });

  describe("amounts beyond a number (issue 15, class 4)", () => {
    it.each([
      ["a 400-digit amount", `1${"0".repeat(400)}`, 1],
      ["320 nines of 亿", `${"9".repeat(320)}亿`, 1],
      ["1e305 under a 亿元 header", 1e305, 10000],
      ["the largest number under a 亿元 header", Number.MAX_VALUE, 10000],
    ] as const)("reports %s as unparsed, never Infinity", (_, input, scale) => {
      expect(parseMoney(input, scale)).toEqual({ kind: "unparsed" });
    });

    it("still reads the largest amount a number holds in a 万元 column", () => {
      expect(parseMoney(1e300, 1)).toEqual(value(1e300));
    });
  });

  describe("currencies (issue 15, class 8)", () => {
    it.each(["100万美元", "100美元", "1亿美元", "约100万美元"])(
      "does not count %j in a 万元 column as 人民币",
      (text) => {
        expect(parseMoney(text, 1)).toEqual({ kind: "unparsed" });
      },
    );

    it.each(["100万港币", "100万港元", "100万欧元", "100万日元", "100万美金"])(
      "does not read the other currency %j as money",
      (text) => {
        expect(parseMoney(text, 1)).toEqual({ kind: "unparsed" });
      },
    );

    it("reads 万美元, 美元 and 亿美元 in a 万美元 column", () => {
      expect(parseMoney("100万美元", 1, "usd")).toEqual(value(100));
      expect(parseMoney("300000美元", 1, "usd")).toEqual(value(30));
      expect(parseMoney("1.2亿美元", 1, "usd")).toEqual(value(12000));
      expect(parseMoney("100", 1, "usd")).toEqual(value(100));
    });

    it("does not count 人民币 written in a 万美元 column as dollars", () => {
      expect(parseMoney("700万元", 1, "usd")).toEqual({ kind: "unparsed" });
    });

    it("keeps reading bare 万 and 亿 in the column's own currency", () => {
      expect(parseMoney("1.2亿", 1)).toEqual(value(12000));
      expect(parseMoney("1.2亿", 1, "usd")).toEqual(value(12000));
    });
  });

  describe("approximate amounts", () => {
    it("reads the approximate form 500+ as 500, flagged approximate", () => {
      expect(parseMoney("500+", 1)).toEqual(value(500, true));
      expect(parseMoney("500万+", 1)).toEqual(value(500, true));
      expect(parseMoney("0.2+", 10000)).toEqual(value(2000, true));
    });

    it("reads 约500 as 500, flagged approximate", () => {
      expect(parseMoney("约500", 1)).toEqual(value(500, true));
    });

    it("reads 400多万元 as 400, flagged approximate", () => {
      expect(parseMoney("400多万元", 1)).toEqual(value(400, true));
    });

    it("reads 500余万 as 500, flagged approximate", () => {
      expect(parseMoney("500余万", 1)).toEqual(value(500, true));
    });

    it("reads 500万左右 as 500, flagged approximate", () => {
      expect(parseMoney("500万左右", 1)).toEqual(value(500, true));
    });

    it("reads 约1.5 under a 亿元 header as 15000, flagged approximate", () => {
      expect(parseMoney("约1.5", 10000)).toEqual(value(15000, true));
    });

    it("does not flag an exact amount", () => {
      expect(parseMoney("500", 1)).toEqual(value(500, false));
    });
  });

  describe("placeholders", () => {
    it.each(["—", "/", "无", "待定", "-", "——", "", "   ", "暂无"])("reads %j as empty", (text) => {
      expect(parseMoney(text, 1)).toEqual({ kind: "empty" });
    });

    it("recognises placeholders written with spaces or full-width characters", () => {
      expect(isPlaceholder(" ／ ")).toBe(true);
      expect(isPlaceholder(" 无 ")).toBe(true);
    });

    it("does not take a real amount for a placeholder", () => {
      expect(isPlaceholder("0")).toBe(false);
      expect(isPlaceholder("500")).toBe(false);
    });
  });

  describe("garbage", () => {
    it.each(["abc", "1.2.3", "见附件", "1e5", "0x10", "Infinity", "五百万", "12-15"])(
      "reports %j as unparsed, never 0",
      (text) => {
        expect(parseMoney(text, 1)).toEqual({ kind: "unparsed" });
      },
    );
  });

  describe("properties", () => {
    const decimal = fc
      .tuple(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 9999 }),
      )
      .map(
        ([negative, int, places, frac]) =>
          `${negative ? "-" : ""}${int}${places > 0 ? `.${String(frac).padStart(4, "0").slice(0, places)}` : ""}`,
      )
      // "-0" is no amount anyone writes, and -0 and 0 differ to toEqual.
      .filter((text) => !(text.startsWith("-") && Number(text) === 0));

    it("reads any decimal with up to 4 decimals as written", () => {
      fc.assert(
        fc.property(decimal, (text) => {
          expect(parseMoney(text, 1)).toEqual(value(Number(text)));
        }),
      );
    });

    it("multiplies by 10000 (亿元) exactly, as if moving the decimal point", () => {
      fc.assert(
        fc.property(decimal, (text) => {
          expect(parseMoney(text, 10000)).toEqual(value(shiftPoint(text, 4)));
        }),
      );
    });

    it("divides by 10000 (元) exactly, and the 亿元 scale brings it back", () => {
      fc.assert(
        fc.property(decimal, (text) => {
          const down = parseMoney(text, 0.0001);
          expect(down).toEqual(value(shiftPoint(text, -4)));
          if (down.kind !== "value") return;
          expect(parseMoney(down.value, 10000)).toEqual(value(Number(text)));
        }),
      );
    });

    it("reads the same amount whether a number or its text with 亿 is given", () => {
      fc.assert(
        fc.property(decimal, (text) => {
          expect(parseMoney(`${text}亿`, 1)).toEqual(parseMoney(Number(text), 10000));
        }),
      );
    });

    it("never throws and never invents a non-finite amount, whatever the text", () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.string({ unit: "grapheme" }),
            fc.string({ unit: "grapheme-composite" }),
          ),
          (text) => {
            const parsed = parseMoney(text, 1);
            if (parsed.kind === "value") expect(Number.isFinite(parsed.value)).toBe(true);
          },
        ),
      );
    });

    it("reads text without a single digit as empty or unparsed, never as a value", () => {
      fc.assert(
        fc.property(
          fc.string({ unit: "grapheme" }).filter((s) => !/\p{N}/u.test(s.normalize("NFKC"))),
          (text) => {
            expect(parseMoney(text, 1).kind).not.toBe("value");
          },
        ),
      );
    });
  });
});
