import { describe, expect, it } from "vitest";
import { oneYearBefore } from "./checkRecord.js";
import { rawOf } from "./record.js";
import { brief, CLEAN, readProjects, type Project } from "./testkit.js";

// CLEAN's columns: A 序号, B 项目名称, C 投资方, D 签约类型, E 签约时间, F 签约资金,
// G 本年到位资金, H 项目状态, I 开工时间, J 土地手续; extra columns follow from K. Row 3.
const issuesOf = (p: Project): string[] => brief(readProjects([p]).issues);
const only = (p: Project) => {
  const issues = readProjects([p]).issues;
  expect(issues).toHaveLength(1);
  return issues[0]!;
};

describe("checkRecord()", () => {
  it("raises nothing on a clean project", () => {
    expect(issuesOf(CLEAN)).toEqual([]);
  });

  describe("required cells", () => {
    it("reports an empty 投资方", () => {
      expect(issuesOf({ ...CLEAN, 投资方: undefined })).toMatchInlineSnapshot(`
        [
          "error C3 required_empty",
        ]
      `);
    });

    it("reports an empty 签约类型 and 项目状态", () => {
      expect(issuesOf({ ...CLEAN, 签约类型: undefined, 项目状态: undefined }))
        .toMatchInlineSnapshot(`
        [
          "error D3 required_empty",
          "error H3 required_empty",
        ]
      `);
    });

    it("names the column in the message", () => {
      expect(only({ ...CLEAN, 投资方: undefined }).message).toContain("“投资方”未填写");
    });

    it("reports an empty 签约时间, 签约资金 and 本年到位资金 on a signed project", () => {
      expect(
        issuesOf({ ...CLEAN, 签约时间: undefined, 签约资金: undefined, 本年到位资金: undefined }),
      ).toMatchInlineSnapshot(`
        [
          "error E3 required_empty",
          "error F3 required_empty",
          "error G3 required_empty",
        ]
      `);
    });

    it("does not require a sign date nor amounts of a project still 在谈", () => {
      expect(
        issuesOf({
          ...CLEAN,
          签约类型: "意向",
          签约时间: undefined,
          签约资金: undefined,
          本年到位资金: undefined,
          项目状态: "在谈",
          开工时间: undefined,
        }),
      ).toEqual([]);
    });

    it("reports a started project without 开工时间", () => {
      const issue = only({ ...CLEAN, 开工时间: undefined });
      expect([issue.severity, issue.cell, issue.code]).toEqual(["error", "I3", "required_empty"]);
      expect(issue.message).toContain("在建");
    });

    it("does not require 开工时间 before the project starts", () => {
      expect(
        issuesOf({ ...CLEAN, 项目状态: "签约", 开工时间: undefined, 本年到位资金: 0 }),
      ).toEqual([]);
    });

    it("reports a 投产 project without 投产时间", () => {
      expect(issuesOf({ ...CLEAN, 项目状态: "投产", 投产时间: undefined })).toMatchInlineSnapshot(`
        [
          "error K3 required_empty",
        ]
      `);
    });

    it("does not require 投产时间 of a project still 在建", () => {
      expect(issuesOf({ ...CLEAN, 投产时间: undefined })).toEqual([]);
    });

    it("does not report a missing cell of a column the ledger does not have", () => {
      const { 开工时间: _start, ...withoutStart } = CLEAN;
      expect(issuesOf(withoutStart)).toEqual([]);
    });

    it("does not report as empty a cell whose value was not understood (that has its own issue)", () => {
      expect(issuesOf({ ...CLEAN, 签约资金: "五千" })).toMatchInlineSnapshot(`
        [
          "error F3 money_unparsed",
        ]
      `);
    });
  });

  describe("amounts", () => {
    it("warns when 本年到位资金 exceeds 签约资金 on a new project", () => {
      const issue = only({ ...CLEAN, 签约资金: 1000, 本年到位资金: 1200 });
      expect([issue.severity, issue.cell, issue.code, issue.raw]).toEqual([
        "warning",
        "G3",
        "arrived_exceeds_signed",
        "1200",
      ]);
      expect(issue.message).toContain("到位 1200 万元 > 签约 1000 万元");
    });

    it("allows 本年到位资金 over 签约资金 on a carried-over project", () => {
      expect(
        issuesOf({ ...CLEAN, 签约时间: "2023-03-01", 签约资金: 1000, 本年到位资金: 1200 }),
      ).toEqual([]);
    });

    it("allows 本年到位资金 equal to 签约资金", () => {
      expect(issuesOf({ ...CLEAN, 签约资金: 1000, 本年到位资金: 1000 })).toEqual([]);
    });

    it("compares amounts after the header's unit: 0.12亿 over 1000万 is over", () => {
      expect(issuesOf({ ...CLEAN, 签约资金: "1000万", 本年到位资金: "0.12亿" })).toEqual([
        "warning G3 arrived_exceeds_signed",
      ]);
    });

    it("reports 其中省外签约资金 larger than 签约资金", () => {
      const issue = only({ ...CLEAN, 其中省外签约资金: 6000 });
      expect([issue.severity, issue.cell, issue.code]).toEqual([
        "error",
        "K3",
        "outprov_exceeds_total",
      ]);
      expect(issue.message).toContain("“其中省外签约资金”大于“签约资金”");
    });

    it("reports 其中省外到位资金 larger than 本年到位资金", () => {
      expect(issuesOf({ ...CLEAN, 其中省外到位资金: 1000.01 })).toMatchInlineSnapshot(`
        [
          "error K3 outprov_exceeds_total",
        ]
      `);
    });

    it("allows a 省外 part equal to the whole", () => {
      expect(issuesOf({ ...CLEAN, 其中省外签约资金: 5000, 其中省外到位资金: 1000 })).toEqual([]);
    });

    it("reports 累计到位资金 below 本年到位资金", () => {
      const issue = only({ ...CLEAN, 累计到位资金: 800 });
      expect([issue.severity, issue.cell, issue.code]).toEqual([
        "error",
        "K3",
        "cumulative_below_year",
      ]);
      expect(issue.message).toContain("累计 800 < 本年 1000 万元");
    });

    it("allows 累计到位资金 equal to 本年到位资金", () => {
      expect(issuesOf({ ...CLEAN, 累计到位资金: 1000 })).toEqual([]);
    });

    it("reports a negative amount", () => {
      expect(issuesOf({ ...CLEAN, 总投资: -100 })).toEqual(["error K3 money_negative"]);
    });

    it("reports an approximate amount, counted at its number", () => {
      const read = readProjects([{ ...CLEAN, 签约资金: "约5000" }]);
      expect(brief(read.issues)).toEqual(["warning F3 money_approximate"]);
      expect(read.records[0]?.fields.amt_signed).toBe(5000);
      expect(read.records[0]?.approximate).toEqual(["amt_signed"]);
    });

    it("reports text it cannot read as money and leaves the amount out, not 0", () => {
      const read = readProjects([{ ...CLEAN, 本年到位资金: "见附表" }]);
      expect(brief(read.issues)).toEqual(["error G3 money_unparsed"]);
      expect(read.records[0]?.fields.amt_arrived).toBeUndefined();
      expect(read.records[0]?.raw.amt_arrived).toBe("见附表");
    });

    it("reads a placeholder in 本年到位资金 as empty, without an issue of its own", () => {
      const read = readProjects([
        { ...CLEAN, 项目状态: "签约", 开工时间: undefined, 本年到位资金: "—" },
      ]);
      expect(read.records[0]?.fields.amt_arrived).toBeUndefined();
      expect(read.issues).toEqual([]);
    });
  });

  describe("dates and land", () => {
    it("warns when a started 工业 project's land is only 已流转, not when a 农业 one's is", () => {
      expect(
        issuesOf({ ...CLEAN, 项目状态: "在建", 产业类别: "工业", 土地手续: "已流转" }),
      ).toEqual(["warning J3 started_without_land"]);
      expect(
        only({ ...CLEAN, 项目状态: "在建", 产业类别: "工业", 土地手续: "已流转" }).message,
      ).toBe(
        "项目状态为“在建”，但土地手续为“已流转（工业项目不能以流转土地代替建设用地）”：未办结用地手续即开工，存在审计风险。请核实土地手续或项目状态。",
      );
      expect(
        issuesOf({ ...CLEAN, 项目状态: "在建", 产业类别: "农业", 土地手续: "已流转" }),
      ).toEqual([]);
    });

    it.each([["开工"], ["在建"]])("warns when a %s project's land is 报批中", (status) => {
      const issue = only({ ...CLEAN, 项目状态: status, 土地手续: "报批中" });
      expect([issue.severity, issue.cell, issue.code, issue.raw]).toEqual([
        "warning",
        "J3",
        "started_without_land",
        "报批中",
      ]);
    });

    it("warns when a started project has no land procedures (无)", () => {
      expect(issuesOf({ ...CLEAN, 土地手续: "无" })).toEqual(["warning J3 started_without_land"]);
    });

    it("does not warn about land on a project that has not started", () => {
      expect(
        issuesOf({ ...CLEAN, 项目状态: "签约", 开工时间: undefined, 土地手续: "报批中" }),
      ).toEqual([]);
    });

    it("does not warn about land on a project with 已流转 land", () => {
      expect(issuesOf({ ...CLEAN, 土地手续: "已流转" })).toEqual([]);
    });

    it("warns when 开工时间 is before 签约时间", () => {
      const issue = only({ ...CLEAN, 签约时间: "2024-06-01", 开工时间: "2024-05-01" });
      expect([issue.severity, issue.cell, issue.code]).toEqual([
        "warning",
        "I3",
        "start_before_sign",
      ]);
      expect(issue.message).toContain("开工 2024-05-01，签约 2024-06-01");
    });

    it("allows a start on the day of signing", () => {
      expect(issuesOf({ ...CLEAN, 签约时间: "2024-05-01", 开工时间: "2024-05-01" })).toEqual([]);
    });

    it("warns about each date after the 截至日期", () => {
      expect(issuesOf({ ...CLEAN, 签约时间: "2024-10-01", 开工时间: "2024-10-08" }))
        .toMatchInlineSnapshot(`
        [
          "warning E3 date_after_as_of",
          "warning I3 date_after_as_of",
        ]
      `);
    });

    it("allows a date on the 截至日期 itself", () => {
      expect(issuesOf({ ...CLEAN, 签约时间: "2024-09-30", 开工时间: "2024-09-30" })).toEqual([]);
    });

    it("reports a date it cannot read", () => {
      const read = readProjects([{ ...CLEAN, 签约时间: "2024-02-30" }]);
      expect(brief(read.issues)).toEqual(["error E3 date_unparsed"]);
      expect(read.records[0]?.fields.sign_date).toBeUndefined();
    });

    it("reads 9月 in the report year and says the year was assumed", () => {
      const read = readProjects([{ ...CLEAN, 签约时间: "3月" }]);
      expect(brief(read.issues)).toEqual(["warning E3 date_year_assumed"]);
      expect(read.records[0]?.fields.sign_date).toBe("2024-03-01");
      expect(read.issues[0]?.message).toContain("2024-03-01");
    });

    it("reads a serial number in a date column as a date, with or without a date format", () => {
      const read = readProjects([
        { ...CLEAN, 签约时间: { value: 45352, numFmt: "yyyy-mm-dd" }, 开工时间: 45413 },
      ]);
      expect(read.records[0]?.fields).toMatchObject({
        sign_date: "2024-03-01",
        start_date: "2024-05-01",
      });
      expect(rawOf(read.records[0]!, "sign_date")).toBe("2024-03-01");
      expect(read.issues).toEqual([]);
    });

    it("reads a real Date in a date column", () => {
      const read = readProjects([{ ...CLEAN, 签约时间: new Date(Date.UTC(2024, 2, 1)) }]);
      expect(read.records[0]?.fields.sign_date).toBe("2024-03-01");
    });
  });

  describe("enums", () => {
    it("reports a 签约类型 it does not know, listing the choices", () => {
      const issue = only({ ...CLEAN, 签约类型: "口头约定" });
      expect([issue.severity, issue.cell, issue.code, issue.raw]).toEqual([
        "error",
        "D3",
        "enum_unparsed",
        "口头约定",
      ]);
      expect(issue.message).toContain("合同、协议、框架协议、意向");
    });

    it("reads 境外（港资） as 境外", () => {
      const read = readProjects([{ ...CLEAN, 资金来源: "境外（港资）" }]);
      expect(read.records[0]?.fields.fund_source).toBe("境外");
      expect(read.issues).toEqual([]);
    });

    it("keeps a free 产业类别 as written, without an issue", () => {
      const read = readProjects([{ ...CLEAN, 产业类别: "新能源" }]);
      expect(read.records[0]?.fields.industry).toBe("新能源");
      expect(read.issues).toEqual([]);
    });
  });

  describe("stalled and unfunded projects", () => {
    it("warns about a project signed over a year ago and still not started", () => {
      const issue = only({
        ...CLEAN,
        签约时间: "2022-06-01",
        项目状态: "签约",
        开工时间: undefined,
        本年到位资金: 0,
      });
      expect([issue.severity, issue.cell, issue.code]).toEqual([
        "warning",
        "H3",
        "stalled_not_started",
      ]);
      expect(issue.message).toContain("2022-06-01");
    });

    it("warns about a project only registered (注册) since over a year", () => {
      expect(
        issuesOf({
          ...CLEAN,
          签约时间: "2023-09-01",
          项目状态: "注册",
          开工时间: undefined,
          本年到位资金: 0,
        }),
      ).toEqual(["warning H3 stalled_not_started"]);
    });

    it("does not call a project signed exactly one year ago stalled: not yet over a year", () => {
      expect(
        issuesOf({
          ...CLEAN,
          签约时间: "2023-09-30",
          项目状态: "签约",
          开工时间: undefined,
          本年到位资金: 0,
        }),
      ).toEqual([]);
    });

    it("does not call a project signed half a year ago stalled", () => {
      expect(
        issuesOf({
          ...CLEAN,
          签约时间: "2024-03-01",
          项目状态: "签约",
          开工时间: undefined,
          本年到位资金: 0,
        }),
      ).toEqual([]);
    });

    it("does not call a started project stalled, however old", () => {
      expect(issuesOf({ ...CLEAN, 签约时间: "2021-03-01", 开工时间: "2021-05-01" })).toEqual([]);
    });

    it.each([["在建"], ["开工"]])("warns about a %s project with 0 arrived this year", (status) => {
      const issue = only({ ...CLEAN, 项目状态: status, 本年到位资金: 0 });
      expect([issue.severity, issue.cell, issue.code, issue.raw]).toEqual([
        "warning",
        "G3",
        "started_without_funds",
        "0",
      ]);
    });

    it("warns about a started project whose 本年到位资金 is a placeholder", () => {
      expect(issuesOf({ ...CLEAN, 本年到位资金: "/" })).toEqual([
        "warning G3 started_without_funds",
      ]);
    });

    it("does not ask a finished (投产) project for money this year", () => {
      expect(
        issuesOf({ ...CLEAN, 项目状态: "投产", 投产时间: "2024-08-01", 本年到位资金: 0 }),
      ).toEqual([]);
    });
  });

  describe("新签/续建 column", () => {
    it("warns when 新签 is written on a project signed last year", () => {
      const issue = only({ ...CLEAN, 签约时间: "2023-11-01", "新签/续建": "新签" });
      expect([issue.severity, issue.cell, issue.code]).toEqual([
        "warning",
        "K3",
        "new_flag_conflict",
      ]);
      expect(issue.message).toContain("应为“续建”");
    });

    it("warns when 续建 is written on a project signed this year", () => {
      expect(issuesOf({ ...CLEAN, "新签/续建": "续建" })).toEqual(["warning K3 new_flag_conflict"]);
    });

    it("is quiet when the column agrees with the date", () => {
      expect(issuesOf({ ...CLEAN, "新签/续建": "新签" })).toEqual([]);
      expect(issuesOf({ ...CLEAN, 签约时间: "2023-11-01", "新签/续建": "续建" })).toEqual([]);
    });
  });
});

describe("oneYearBefore()", () => {
  it("goes back one calendar year", () => {
    expect(oneYearBefore("2024-09-30")).toBe("2023-09-30");
  });

  it("takes 29 February back to 28 February", () => {
    expect(oneYearBefore("2024-02-29")).toBe("2023-02-28");
  });
});
