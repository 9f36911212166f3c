import { afterEach, describe, expect, it } from "vitest";
import { installLegacyBuiltins } from "./legacyBuiltins.js";

// Stand in for an older embedded Chromium: remove the natives, install, then put them back.
const NATIVE = [
  [Object, "hasOwn"],
  [Array.prototype, "at"],
  [String.prototype, "at"],
  [Array.prototype, "findLast"],
  [Array.prototype, "findLastIndex"],
] as const;
const saved = NATIVE.map(([target, name]) => Object.getOwnPropertyDescriptor(target, name)!);

function removeNatives(): void {
  for (const [target, name] of NATIVE) delete (target as unknown as Record<string, unknown>)[name];
}

afterEach(() => {
  NATIVE.forEach(([target, name], i) => Object.defineProperty(target, name, saved[i]!));
});

describe("installLegacyBuiltins()", () => {
  it("gives a browser without them Object.hasOwn, at, findLast and findLastIndex", () => {
    removeNatives();
    expect("findLast" in Array.prototype).toBe(false);
    installLegacyBuiltins();
    const hasOwn = (Object as unknown as { hasOwn(o: object, k: string): boolean }).hasOwn;
    expect(hasOwn({ a: 1 }, "a")).toBe(true);
    expect(hasOwn(Object.create({ a: 1 }) as object, "a")).toBe(false);
    const list = [3, 8, 5, 8, 1];
    expect([list.at(0), list.at(-1), list.at(-5), list.at(5), list.at(-6)]).toEqual([
      3,
      1,
      3,
      undefined,
      undefined,
    ]);
    expect("县区".at(-1)).toBe("区");
    expect(list.findLast((x) => x > 4)).toBe(8);
    expect(list.findLastIndex((x) => x > 4)).toBe(3);
    expect(list.findLastIndex((x) => x > 9)).toBe(-1);
    // Added like the natives: not enumerable, so for…in over arrays stays clean.
    const keys: string[] = [];
    for (const key in list) keys.push(key);
    expect(keys).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("leaves native built-ins as they are", () => {
    installLegacyBuiltins();
    expect(Array.prototype.findLast).toBe(saved[3]!.value);
    expect(Object.getOwnPropertyDescriptor(Object, "hasOwn")).toEqual(saved[0]);
  });
});
