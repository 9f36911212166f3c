import { classifyProject as ledgerClassify, type LedgerFields } from "@zsyz/ledger";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyProject } from "./classify.js";

const asOf = "2024-09-30";
const base: LedgerFields = { sign_type: "合同", sign_date: "2024-03-01", status: "签约" };
const cls = (f: LedgerFields) => classifyProject({ ...base, ...f }, asOf);

describe("classifyProject()", () => {
  it("counts a 合同 signed this year by the as-of date as new", () => {
    expect(cls({})).toEqual({ isNew: true, isCarried: false, isStarted: false });
  });

  it("counts a 协议 signed on the as-of date itself as new", () => {
    expect(cls({ sign_type: "协议", sign_date: asOf }).isNew).toBe(true);
  });

  it("does not count a signing after the as-of date", () => {
    expect(cls({ sign_date: "2024-10-01" })).toEqual({
      isNew: false,
      isCarried: false,
      isStarted: false,
    });
  });

  it.each(["意向", "框架协议"] as const)("never counts %s as signed, new or carried", (t) => {
    expect(
      [cls({ sign_type: t }), cls({ sign_type: t, sign_date: "2023-05-01" })].map(
        (c) => c.isNew || c.isCarried,
      ),
    ).toEqual([false, false]);
  });

  it.each(["在谈", "终止", "退回"] as const)(
    "does not count a new project in status %s",
    (status) => {
      expect(cls({ status }).isNew).toBe(false);
    },
  );

  it("counts a project signed last year as carried over (续建)", () => {
    expect(cls({ sign_date: "2023-12-31", status: "在建" })).toEqual({
      isNew: false,
      isCarried: true,
      isStarted: true,
    });
  });

  it.each(["终止", "退回"] as const)("drops a carried-over project in status %s", (status) => {
    expect(cls({ sign_date: "2023-06-01", status }).isCarried).toBe(false);
  });

  it("lets an explicit 续建 override a this-year date", () => {
    expect(cls({ is_new: "续建" })).toMatchObject({ isNew: false, isCarried: true });
  });

  it("lets an explicit 新签 override a last-year date", () => {
    expect(cls({ is_new: "新签", sign_date: "2023-06-01" })).toMatchObject({
      isNew: true,
      isCarried: false,
    });
  });

  it("counts a project without a sign date as neither new nor carried", () => {
    expect(classifyProject({ sign_type: "合同", status: "签约" }, asOf)).toMatchObject({
      isNew: false,
      isCarried: false,
    });
  });

  it.each(["开工", "在建", "竣工", "投产"] as const)("marks status %s as started", (status) => {
    expect(cls({ status }).isStarted).toBe(true);
  });
});

describe("classifyProject() agrees with the ledger package", () => {
  it("classifies every combination the way @zsyz/ledger's checks do (property)", () => {
    const fields = fc.record(
      {
        sign_type: fc.constantFrom("合同", "协议", "框架协议", "意向"),
        sign_date: fc.constantFrom("2023-12-31", "2024-01-01", "2024-09-30", "2024-10-01"),
        is_new: fc.constantFrom("新签", "续建"),
        status: fc.constantFrom(
          "在谈",
          "签约",
          "注册",
          "开工",
          "在建",
          "竣工",
          "投产",
          "停建",
          "终止",
          "退回",
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fields, (f) => {
        const mine = classifyProject(f, asOf);
        expect(mine.isNew ? "new" : mine.isCarried ? "carried" : "none").toBe(
          ledgerClassify(f, asOf),
        );
      }),
    );
  });
});
