import { describe, expect, it } from "vitest";
import { remembering } from "./remembering.js";

describe("remembering()", () => {
  it("reads each argument once while it remembers, and shares the frozen result", () => {
    let reads = 0;
    const parse = remembering((text: string) => {
      reads += 1;
      return { length: text.length };
    });
    const first = parse("开工");
    expect(parse("开工")).toBe(first);
    expect(reads).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("still gives every argument its own result after more arguments than it keeps", () => {
    let reads = 0;
    const iso = remembering((day: number) => {
      reads += 1;
      return `day ${day}`;
    });
    for (let day = 0; day < 10_000; day += 1) expect(iso(day)).toBe(`day ${day}`);
    for (let day = 0; day < 10_000; day += 1) expect(iso(day)).toBe(`day ${day}`);
    // It started over when full, so it read some arguments again, but never more than twice.
    expect(reads).toBeGreaterThan(10_000);
    expect(reads).toBeLessThanOrEqual(20_000);
  });
});
