// Fixed boundary tests of DOMAIN.md "Which projects count" (issue 15, blind spots): the days
// where a `>=` slipping to `>` (or `<=` to `<`) changes the count — 1 January, the 截至日期, the
// day after it, 31 December before, a leap day, an as-of date on 1 January — and a 新签 signed
// in the future. Expected flags worked out by hand from DOMAIN.md, one case per line.
import { describe, expect, it } from "vitest";
import { classifyProject, makeClassifier, PROJECT_FLAG } from "./classifyProject.js";
import type { LedgerFields } from "./record.js";
import { AS_OF, brief, CLEAN, readProjects } from "./testkit.js";

const { new: NEW, carried: CARRIED, counted: COUNTED } = PROJECT_FLAG;
// A signed, not yet started project: only the date decides.
const signedOn = (sign_date: string): LedgerFields => ({
  sign_type: "合同",
  sign_date,
  status: "签约",
});

describe("which projects count, at the edges of the year and of the 截至日期", () => {
  it.each([
    // as-of,       signed on,     flags
    ["2024-09-30", "2024-01-01", NEW | COUNTED], // 1 January: the first day of the year counts
    ["2024-09-30", "2023-12-31", CARRIED | COUNTED], // the day before: last year's, carried
    ["2024-09-30", "2024-09-30", NEW | COUNTED], // the 截至日期 itself counts
    ["2024-09-30", "2024-10-01", 0], // the day after it does not, not even as carried
    ["2024-09-30", "2025-01-01", 0], // next year: nothing
    ["2024-02-29", "2024-02-29", NEW | COUNTED], // a leap-day 截至日期
    ["2024-02-29", "2024-03-01", 0],
    ["2025-01-01", "2025-01-01", NEW | COUNTED], // as of 1 January: that day only is new
    ["2025-01-01", "2024-12-31", CARRIED | COUNTED], // and yesterday is last year's
    ["2024-12-31", "2024-12-31", NEW | COUNTED], // the year's last day
  ])("as of %s, a 合同 signed on %s has flags %i", (asOf, signed, flags) => {
    expect(makeClassifier(asOf)(signedOn(signed))).toBe(flags);
  });

  it.each([
    ["2024-01-01", "new"],
    ["2023-12-31", "carried"],
    ["2024-09-30", "new"],
    ["2024-10-01", "none"],
  ] as const)("classifyProject agrees: signed %s as of 2024-09-30 is %s", (signed, kind) => {
    expect(classifyProject(signedOn(signed), "2024-09-30")).toBe(kind);
  });

  it("counts a project marked 新签 but signed after the 截至日期 as new (the column wins), and warns at the date", () => {
    // DOMAIN.md: an explicit 新签/续建 column overrides the date rule; a contradiction is a warning.
    expect(makeClassifier(AS_OF)({ ...signedOn("2024-10-15"), is_new: "新签" })).toBe(
      NEW | COUNTED,
    );
    const read = readProjects([
      { ...CLEAN, 签约时间: "2024-10-15", 项目状态: "签约", 开工时间: undefined, 新签续建: "新签" },
    ]);
    expect(read.records[0]?.fields.is_new).toBe("新签");
    expect(classifyProject(read.records[0]!.fields, AS_OF)).toBe("new");
    expect(brief(read.issues)).toContain("warning E3 date_after_as_of");
  });

  it("does not count a future project without the column, and warns at its date", () => {
    const read = readProjects([
      { ...CLEAN, 签约时间: "2024-10-15", 项目状态: "签约", 开工时间: undefined },
    ]);
    expect(brief(read.issues)).toContain("warning E3 date_after_as_of");
    expect(classifyProject(read.records[0]!.fields, AS_OF)).toBe("none");
  });
});
