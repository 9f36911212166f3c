import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dateToIso,
  dateToSerial,
  daysInMonth,
  isoToSerial,
  parseDate,
  serialToDate,
  serialToIso,
} from "./parseDate.js";

const date = (iso: string, yearAssumed = false) => ({ kind: "value", date: iso, yearAssumed });
const unparsed = { kind: "unparsed" };

describe("parseDate()", () => {
  describe("real dates and serials", () => {
    it("reads a Date at UTC midnight, as exceljs hands it over, as that calendar day", () => {
      expect(parseDate(new Date(Date.UTC(2023, 8, 6)), 2024)).toEqual(date("2023-09-06"));
    });

    it("reads the calendar day of a Date late in the UTC day, not the next day", () => {
      expect(parseDate(new Date(Date.UTC(2023, 8, 6, 23, 59)), 2024)).toEqual(date("2023-09-06"));
    });

    it("reports an invalid Date as unparsed", () => {
      expect(parseDate(new Date(Number.NaN), 2024)).toEqual(unparsed);
    });

    it("reads an Excel serial number as its date (45175 is 2023-09-06)", () => {
      expect(parseDate(45175, 2024)).toEqual(date("2023-09-06"));
    });

    it("reads a serial with a time fraction as its day", () => {
      expect(parseDate(45175.75, 2024)).toEqual(date("2023-09-06"));
    });

    it("reads a serial written as text", () => {
      expect(parseDate("45175", 2024)).toEqual(date("2023-09-06"));
    });

    it("reads 20230906 typed as a number as yyyymmdd, not as a serial", () => {
      expect(parseDate(20230906, 2024)).toEqual(date("2023-09-06"));
    });

    it("reads 202309 typed as a number as the first of that month", () => {
      expect(parseDate(202309, 2024)).toEqual(date("2023-09-01"));
    });

    it("does not take a small number for a date (2023 is not a year-only date nor a 1905 serial)", () => {
      expect(parseDate(2023, 2024)).toEqual(unparsed);
      expect(parseDate(0, 2024)).toEqual(unparsed);
    });
  });

  describe("text forms of DOMAIN.md", () => {
    it.each([
      ["2023-09-06", "2023-09-06"],
      ["2023.9.6", "2023-09-06"],
      ["2023/9/6", "2023-09-06"],
      ["2023年9月6日", "2023-09-06"],
      ["2023年09月06日", "2023-09-06"],
      ["2023-09-06 10:30", "2023-09-06"],
      ["2023-9-6 10:30", "2023-09-06"],
      ["20230906", "2023-09-06"],
      ["２０２３－０９－０６", "2023-09-06"],
    ])("reads %j as %s", (text, iso) => {
      expect(parseDate(text, 2024)).toEqual(date(iso));
    });

    it.each([
      ["202309", "2023-09-01"],
      ["2023.09", "2023-09-01"],
      ["2023/09", "2023-09-01"],
      ["2023年9月", "2023-09-01"],
      ["2023年9月份", "2023-09-01"],
    ])("reads the month %j as its first day", (text, iso) => {
      expect(parseDate(text, 2024)).toEqual(date(iso));
    });

    it("reads 9月 as the first of September of the report year, flagged", () => {
      expect(parseDate("9月", 2024)).toEqual(date("2024-09-01", true));
    });

    it("reads 9月6日 in the report year, flagged", () => {
      expect(parseDate("9月6日", 2024)).toEqual(date("2024-09-06", true));
    });

    it("reads 9月6号 like 9月6日", () => {
      expect(parseDate("9月6号", 2024)).toEqual(date("2024-09-06", true));
    });

    it("does not flag a date that carries its year", () => {
      expect(parseDate("2023年9月6日", 2024)).toEqual(date("2023-09-06", false));
    });
  });

  describe("empty and invalid", () => {
    it.each(["", "  ", "—", "/", "无", "待定"])("reads %j as empty", (text) => {
      expect(parseDate(text, 2024)).toEqual({ kind: "empty" });
    });

    it.each([
      "2023-02-30",
      "2023-02-29",
      "2023-13-01",
      "2023-00-10",
      "13月",
      "9月31日",
      "下半年",
      "2023",
      "1900-01-01",
    ])("reports %j as unparsed", (text) => {
      expect(parseDate(text, 2024)).toEqual(unparsed);
    });

    it("accepts 29 February in a leap year", () => {
      expect(parseDate("2024-02-29", 2024)).toEqual(date("2024-02-29"));
    });
  });

  describe("properties", () => {
    const isoDay = fc
      .date({
        min: new Date(Date.UTC(1950, 0, 1)),
        max: new Date(Date.UTC(2100, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));

    it("reads every real date, its serial and its ISO, 点 and 年月日 texts as the same day", () => {
      fc.assert(
        fc.property(isoDay, (iso) => {
          const [y, m, d] = iso.split("-").map(Number);
          expect(parseDate(new Date(`${iso}T00:00:00Z`), 2024)).toEqual(date(iso));
          expect(parseDate(isoToSerial(iso), 2024)).toEqual(date(iso));
          expect(parseDate(iso, 2024)).toEqual(date(iso));
          expect(parseDate(`${y}.${m}.${d}`, 2024)).toEqual(date(iso));
          expect(parseDate(`${y}年${m}月${d}日`, 2024)).toEqual(date(iso));
        }),
      );
    });

    it("never throws and only returns well-formed ISO dates, whatever the text", () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.string({ unit: "grapheme" }),
            fc.stringMatching(/^\d{1,8}([-./年月]\d{0,2}){0,3}[日号]?$/),
          ),
          (text) => {
            const parsed = parseDate(text, 2024);
            if (parsed.kind === "value")
              expect(parsed.date).toMatch(
                /^(19[5-9]\d|20\d\d|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
              );
          },
        ),
      );
    });

    it("never throws on any number", () => {
      fc.assert(
        fc.property(fc.double(), (n) => {
          expect(["value", "unparsed"]).toContain(parseDate(n, 2024).kind);
        }),
      );
    });
  });
});

describe("serialToIso() and isoToSerial()", () => {
  it("agree with Excel on a known day: 2023-09-06 is 45175", () => {
    expect(isoToSerial("2023-09-06")).toBe(45175);
    expect(serialToIso(45175)).toBe("2023-09-06");
  });

  it("agree with Excel on 1 March 1900, past its phantom 29 February: serial 61", () => {
    expect(serialToIso(61)).toBe("1900-03-01");
  });

  it("round-trip every day from 1950 to 2100", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: isoToSerial("1950-01-01"), max: isoToSerial("2100-12-31") }),
        (serial) => {
          expect(isoToSerial(serialToIso(serial))).toBe(serial);
        },
      ),
    );
  });

  it("round-trip every ISO date", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1901, 0, 1)),
          max: new Date(Date.UTC(2199, 11, 31)),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(serialToIso(isoToSerial(iso))).toBe(iso);
        },
      ),
    );
  });
});

describe("dates the reader made (Date cells)", () => {
  it("read as the UTC day the calendar gives, any time of day, 1950–2100 only", () => {
    const utcDay = (d: Date) => {
      const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      const iso = `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      return y < 1950 || y > 2100 ? { kind: "unparsed" } : date(iso);
    };
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1800-01-01"), max: new Date("2300-01-01"), noInvalidDate: true }),
        (d) => {
          expect(parseDate(d, 2024)).toEqual(utcDay(d));
          // The text a person sees, read twice: the same day each time.
          expect(dateToIso(d)).toBe(d.toISOString().slice(0, 10));
          expect(dateToIso(d)).toBe(d.toISOString().slice(0, 10));
        },
      ),
      { numRuns: 2000 },
    );
    expect(parseDate(new Date(Number.NaN), 2024)).toEqual({ kind: "unparsed" });
  });

  it("reads the same spelling of a date written as text the same way every time, and by the year", () => {
    expect([parseDate("3月5日", 2024), parseDate("3月5日", 2024)]).toEqual([
      date("2024-03-05", true),
      date("2024-03-05", true),
    ]);
    expect(parseDate("3月5日", 2023)).toEqual(date("2023-03-05", true));
    expect(parseDate("3月5日", 2024)).toEqual(date("2024-03-05", true));
  });
});

describe("daysInMonth()", () => {
  it("knows February of leap and common years, and of 1900 and 2000", () => {
    expect([
      daysInMonth(2024, 2),
      daysInMonth(2023, 2),
      daysInMonth(1900, 2),
      daysInMonth(2000, 2),
    ]).toEqual([29, 28, 28, 29]);
  });

  it("knows 30- and 31-day months", () => {
    expect([daysInMonth(2024, 9), daysInMonth(2024, 12)]).toEqual([30, 31]);
  });

  it("agrees with the calendar on every month from 1900 to 2200", () => {
    for (let year = 1900; year <= 2200; year += 1)
      for (let month = 1; month <= 12; month += 1)
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
  });
});

describe("dateToSerial() and serialToDate()", () => {
  it("gives 2023-09-06 at UTC midnight serial 45175", () => {
    expect(dateToSerial(new Date("2023-09-06T00:00:00Z"))).toBe(45175);
  });
  it("keeps the time of day as the fraction", () => {
    expect(dateToSerial(new Date("2023-09-06T12:00:00Z"))).toBe(45175.5);
  });
  it("reads a serial in the 1904 date system 1462 days later", () => {
    expect(serialToDate(43713, true).toISOString()).toBe("2023-09-06T00:00:00.000Z");
  });
  it("turns a time of day back without floating-point drift", () => {
    expect(serialToDate(45175 + 1 / 3).toISOString()).toBe("2023-09-06T08:00:00.000Z");
  });
});
