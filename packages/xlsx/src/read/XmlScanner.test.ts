import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCellRef } from "./parseCellRef.js";
import { CLOSE, OPEN, XmlScanner } from "./XmlScanner.js";

/** The scanner on `<c r="…" s="…"/>`, at the tag. */
function at(attributes: string): XmlScanner {
  const s = new XmlScanner(`<c ${attributes}/>`);
  expect(s.next()).toBe(OPEN);
  return s;
}

// What a worksheet's r and s attributes may hold: refs of any case and size, junk, entities.
const ref = fc.oneof(
  fc
    .tuple(fc.stringMatching(/^[A-Za-z]{1,4}$/), fc.integer({ min: 0, max: 2_000_000 }))
    .map(([letters, row]) => `${letters}${row}`),
  fc.constantFrom("", "A", "1", "$A$1", "A1:B2", "A&#49;", "XFD1048576", "XFE1", "A01", " A1"),
);
const number = fc.oneof(
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.constantFrom("", "007", " 5", "1e3", "-2", "12345678901", "x"),
);

describe("XmlScanner attribute readers", () => {
  it("reads a cell ref in place exactly as parseCellRef reads the decoded value", () => {
    fc.assert(
      fc.property(ref, (r) => {
        const s = at(`r="${r}"`);
        const i = s.attrIndex("r");
        expect(s.attrCellRef(i)).toBe(parseCellRef(s.attr("r")!));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a style index in place as Number(value) | 0 does", () => {
    fc.assert(
      fc.property(number, (n) => {
        const s = at(`s="${n}"`);
        expect(s.attrInt(s.attrIndex("s"))).toBe(Number(n) | 0);
      }),
    );
  });

  it("reads a <v> number in place exactly as parseFloat / parseInt read its text, or leaves it", () => {
    const text = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.integer({ min: -1e9, max: 1e12 }).map(String),
      fc
        .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 9999999 }))
        .map(([a, b]) => `${a}.${b}`),
      fc.constantFrom(
        "",
        "-",
        "5.",
        ".5",
        "007",
        "-0",
        " 1",
        "1e5",
        "12a",
        "&#49;",
        "1234567890123456",
      ),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (v, integerOnly) => {
        const s = new XmlScanner(`<v>${v}</v>`);
        s.next();
        const read = s.readPlainNumber(integerOnly);
        if (read === undefined) {
          // Left for readText, which still finds the whole text.
          expect(s.readText()).toBe(v.replace("&#49;", "1"));
          return;
        }
        expect(Object.is(read, integerOnly ? parseInt(v, 10) : parseFloat(v))).toBe(true);
        expect(s.next()).toBe(CLOSE);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds only the exact unprefixed name, compares values in place, reads them later", () => {
    const s = at(`x:t="str" t="s" r="B&#51;"`);
    const t = s.attrIndex("t");
    expect([s.attrIs(t, "s"), s.attrIs(t, "str"), s.attrIndex("x")]).toEqual([true, false, -1]);
    const r = s.attrIndex("r");
    const [start, end, plain] = [s.valueStart(r), s.valueEnd(r), s.attrIsPlain(r)];
    s.next();
    expect(s.source(start, end, plain)).toBe("B3");
  });
});
