import { describe, expect, it } from "vitest";
import { ENUMS, LEDGER_FIELDS, TARGET_FIELDS } from "./fields.js";
import { makeSheet } from "./makeSheet.js";
import { readLedger } from "./readLedger.js";
import { readTargets } from "./readTargets.js";
import { ledgerTemplate, ownershipTemplate, targetTemplate } from "./template.js";
import { readOwnership } from "./readOwnership.js";

describe("ledgerTemplate()", () => {
  it("lays out every canonical ledger column in order", () => {
    expect(ledgerTemplate(2025).columns.map((c) => c.key)).toEqual(LEDGER_FIELDS.map((f) => f.key));
  });

  it("writes the unit into money headers", () => {
    const headers = ledgerTemplate(2025).columns.map((c) => c.header);
    expect(headers).toContain("签约资金（万元）");
    expect(headers).toContain("外资（万美元）");
    expect(headers).toContain("项目名称");
  });

  it("gives the four enum columns of the issue a strict dropdown of the canonical values", () => {
    const byKey = new Map(ledgerTemplate(2025).columns.map((c) => [c.key, c]));
    for (const key of ["status", "sign_type", "fund_source", "land_status"] as const) {
      expect(byKey.get(key)).toMatchObject({ list: ENUMS[key], strictList: true });
    }
    expect(byKey.get("industry")).toMatchObject({ list: ENUMS.industry, strictList: false });
  });

  it("is read back by the ledger reader as one clean project, every column recognised", () => {
    const t = ledgerTemplate(2025);
    const grid = makeSheet(t.sheetName, [t.columns.map((c) => c.header), [...t.example]]);
    const read = readLedger({ file: "新台账.xlsx", sheets: [grid] }, { asOf: "2025-09-30" });
    expect(read.sheets[0]?.columns.map((c) => c.key)).toEqual(LEDGER_FIELDS.map((f) => f.key));
    expect(read.records).toHaveLength(1);
    expect(read.records[0]?.fields).toMatchObject({
      amt_signed: 10000,
      sign_date: "2025-01-06",
      status: "在建",
    });
    expect(read.issues).toEqual([]);
  });
});

describe("targetTemplate()", () => {
  it("lays out every target column with units, counts in 个", () => {
    const t = targetTemplate();
    expect(t.columns.map((c) => c.key)).toEqual(TARGET_FIELDS.map((f) => f.key));
    expect(t.columns.map((c) => c.header)).toContain("年度签约项目数任务（个）");
    expect(t.columns.map((c) => c.header)).toContain("年度签约资金任务（万元）");
  });

  it("is read back by the target reader with the example's values", () => {
    const t = targetTemplate();
    const grid = makeSheet(t.sheetName, [t.columns.map((c) => c.header), [...t.example]]);
    const read = readTargets({ file: "任务.xlsx", sheets: [grid] });
    expect(read.targets).toHaveLength(1);
    expect(read.targets[0]?.values).toMatchObject({
      target_amt_signed: 50000,
      target_n_signed: 5,
      dispatch_amt_arrived: 22500,
    });
  });
});

describe("ownershipTemplate()", () => {
  it("is read back by readOwnership: project, owner and note of each row", () => {
    const t = ownershipTemplate();
    const grid = makeSheet(t.sheetName, [
      t.columns.map((c) => c.header),
      ["光伏电站项目", "城关镇", "10月协调会确定"],
      ["储能项目", "", ""],
    ]);
    const read = readOwnership({ file: "任务.xlsx", sheets: [grid] });
    expect(read.owners).toEqual([
      {
        project: "光伏电站项目",
        owner: "城关镇",
        note: "10月协调会确定",
        file: "任务.xlsx",
        sheet: "重复项目归属",
        row: 2,
        cell: "A2",
      },
    ]);
    expect(read.issues.map((i) => `${i.cell} ${i.code}`)).toEqual(["B3 ownership_invalid"]);
    expect(read.issues[0]?.message).toContain("没有填写归属单位");
  });
});
