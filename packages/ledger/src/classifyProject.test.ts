import { describe, expect, it } from "vitest";
import {
  classifyProject,
  isSigned,
  isStarted,
  makeClassifier,
  policyExclusion,
  PROJECT_FLAG,
} from "./classifyProject.js";
import type { LedgerFields } from "./record.js";

const AS_OF = "2024-09-30";
const signedThisYear: LedgerFields = { sign_type: "合同", sign_date: "2024-03-01", status: "在建" };
const signedLastYear: LedgerFields = { sign_type: "协议", sign_date: "2023-06-01", status: "在建" };

describe("classifyProject()", () => {
  it("counts a 合同 or 协议 signed between 1 January and the 截至日期 as new", () => {
    expect(classifyProject(signedThisYear, AS_OF)).toBe("new");
    expect(
      classifyProject({ ...signedThisYear, sign_type: "协议", sign_date: "2024-01-01" }, AS_OF),
    ).toBe("new");
    expect(classifyProject({ ...signedThisYear, sign_date: AS_OF }, AS_OF)).toBe("new");
  });

  it("does not count a project signed after the 截至日期", () => {
    expect(classifyProject({ ...signedThisYear, sign_date: "2024-10-01" }, AS_OF)).toBe("none");
  });

  it.each([["意向"], ["框架协议"]] as const)(
    "never counts a %s as signed, this year or carried over",
    (signType) => {
      expect(classifyProject({ ...signedThisYear, sign_type: signType }, AS_OF)).toBe("none");
      expect(classifyProject({ ...signedLastYear, sign_type: signType }, AS_OF)).toBe("none");
      expect(
        classifyProject({ ...signedLastYear, sign_type: signType, is_new: "续建" }, AS_OF),
      ).toBe("none");
    },
  );

  it.each([["在谈"], ["终止"], ["退回"]] as const)(
    "does not count a project signed this year whose status is %s",
    (status) => {
      expect(classifyProject({ ...signedThisYear, status }, AS_OF)).toBe("none");
    },
  );

  it("counts a project signed before this year as carried over (续建)", () => {
    expect(classifyProject(signedLastYear, AS_OF)).toBe("carried");
  });

  it.each([["终止"], ["退回"]] as const)("does not carry over a %s project", (status) => {
    expect(classifyProject({ ...signedLastYear, status }, AS_OF)).toBe("none");
  });

  it("lets an explicit 新签/续建 override the date", () => {
    expect(classifyProject({ ...signedLastYear, is_new: "新签" }, AS_OF)).toBe("new");
    expect(classifyProject({ ...signedThisYear, is_new: "续建" }, AS_OF)).toBe("carried");
  });

  it("does not let 新签 count a project still 在谈", () => {
    expect(classifyProject({ ...signedThisYear, status: "在谈", is_new: "新签" }, AS_OF)).toBe(
      "none",
    );
  });

  it("does not count a project without a sign date", () => {
    expect(classifyProject({ sign_type: "合同", status: "签约" }, AS_OF)).toBe("none");
  });
});

describe("isStarted()", () => {
  it.each([["开工"], ["在建"], ["竣工"], ["投产"]] as const)("calls %s started", (status) => {
    expect(isStarted({ status })).toBe(true);
  });

  it.each([["在谈"], ["签约"], ["注册"], ["停建"], ["终止"]] as const)(
    "does not call %s started",
    (status) => {
      expect(isStarted({ status })).toBe(false);
    },
  );
});

describe("isSigned()", () => {
  it("calls a 合同 or a project past 签约 signed", () => {
    expect(isSigned({ sign_type: "合同" })).toBe(true);
    expect(isSigned({ status: "注册" })).toBe(true);
  });

  it("does not call a project 在谈 or 终止 signed, whatever its type", () => {
    expect(isSigned({ sign_type: "合同", status: "在谈" })).toBe(false);
    expect(isSigned({ sign_type: "合同", status: "终止" })).toBe(false);
  });
});

describe("makeClassifier()", () => {
  const classify = makeClassifier(AS_OF);
  const { new: NEW, carried: CARRIED, started: STARTED, counted: COUNTED } = PROJECT_FLAG;

  it("marks a project signed this year and under construction as new, counted and started", () => {
    expect(classify(signedThisYear)).toBe(NEW | COUNTED | STARTED);
  });

  it("marks a project signed on 31 December of last year as carried over and counted", () => {
    expect(classify({ ...signedLastYear, sign_date: "2023-12-31", status: "签约" })).toBe(
      CARRIED | COUNTED,
    );
  });

  it("marks a project signed the day after the 截至日期 as nothing at all", () => {
    expect(classify({ ...signedThisYear, sign_date: "2024-10-01", status: "签约" })).toBe(0);
  });

  it("marks a started 意向 of this year as started and intent only, never signed", () => {
    expect(classify({ ...signedThisYear, sign_type: "意向" })).toBe(STARTED | PROJECT_FLAG.intent);
  });

  it("reports a 框架协议 of last year, or a 终止 one, as no intent of this year", () => {
    expect(classify({ ...signedThisYear, sign_type: "框架协议", sign_date: "2023-12-31" })).toBe(
      STARTED,
    );
    expect(classify({ ...signedThisYear, sign_type: "框架协议", status: "终止" })).toBe(0);
  });

  it("takes an explicit 新签 over a sign date after the 截至日期 (the check warns about it)", () => {
    expect(classify({ ...signedThisYear, sign_date: "2024-11-01", is_new: "新签" })).toBe(
      NEW | COUNTED | STARTED,
    );
  });
});

describe("the counting policy and the checks", () => {
  const intent: LedgerFields = { sign_type: "框架协议", sign_date: "2024-03-01", status: "签约" };

  it("classifies for the checks whatever the origin: a 县内 project signed this year is new", () => {
    expect(classifyProject({ ...signedThisYear, fund_source: "县内" }, AS_OF)).toBe("new");
  });

  it("reports 框架协议/意向 apart even where the policy counts them as signed", () => {
    const counting = makeClassifier(AS_OF, {
      origins: ["省外"],
      signTypes: ["合同", "协议", "框架协议"],
    });
    const { new: NEW, counted: COUNTED, intent: INTENT } = PROJECT_FLAG;
    expect(counting({ ...intent, fund_source: "省外" })).toBe(NEW | COUNTED | INTENT);
  });

  it("never calls an intent project of a local investor left out: it is reported apart", () => {
    expect(policyExclusion({ ...intent, fund_source: "县内" }, AS_OF)).toBeNull();
    expect(policyExclusion({ ...signedThisYear, fund_source: "县内" }, AS_OF)).toContain("县内");
  });
});
