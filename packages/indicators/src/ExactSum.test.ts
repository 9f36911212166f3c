import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactSum } from "./ExactSum.js";
import { addDecimal, toDecimal } from "./math.js";

const sumOf = (values: number[]): string => {
  const s = new ExactSum();
  values.forEach((v) => s.add(v));
  return s.value();
};

describe("ExactSum", () => {
  it("adds 0.1 and 0.2 to exactly 0.3", () => {
    expect(sumOf([0.1, 0.2])).toBe("0.3");
  });

  it("keeps amounts with more than 6 decimals exact", () => {
    expect(sumOf([0.12345678, 0.00000002, 1])).toBe("1.1234568");
  });

  it("stays exact past 2^53 millionths", () => {
    expect(sumOf(Array.from({ length: 30 }, () => 999999999.999999))).toBe("29999999999.99997");
  });

  it("equals the decimal sum of the numbers as written, up to 8 decimals (property)", () => {
    const amount = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 10000),
      fc.integer({ min: 0, max: 1e12 }).map((n) => n / 1e6),
      fc
        .double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true })
        .map((x) => Math.round(x * 1e8) / 1e8),
    );
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 40 }), (values) => {
        const expected = values.map(toDecimal).reduce(addDecimal, "0");
        expect(Number(sumOf(values))).toBe(Number(expected));
        expect(addDecimal(sumOf(values), "0")).toBe(addDecimal(expected, "0"));
      }),
    );
  });

  it("merges sums with addSum", () => {
    const a = new ExactSum();
    const b = new ExactSum();
    a.add(0.1);
    b.add(0.2);
    b.add(1e-9);
    a.addSum(b);
    expect(a.value()).toBe("0.300000001");
  });
});
