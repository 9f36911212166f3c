import { describe, expect, it } from "vitest";
import { FakeExcel } from "./FakeExcel.js";

function fakeWithData(): FakeExcel {
  const fake = new FakeExcel();
  fake.loadGrid({
    file: "t.xlsx",
    sheets: [
      {
        name: "台账",
        merges: [],
        rows: [
          [{ value: "项目名称" }, { value: "签约资金" }],
          [{ value: "甲" }, { value: 100 }],
        ],
      },
    ],
  });
  return fake;
}

describe("FakeExcel", () => {
  it("throws PropertyNotLoaded for a property read without load()", async () => {
    const fake = fakeWithData();
    await expect(
      fake.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("台账").getRange("A1:B2");
        await ctx.sync();
        return range.values;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("throws PropertyNotLoaded for a loaded property read before sync()", async () => {
    const fake = fakeWithData();
    await expect(
      fake.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("台账").getRange("A1:B2").load(["values"]);
        return range.values;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it('returns loaded values after sync, as 2D arrays with empty cells as ""', async () => {
    const fake = fakeWithData();
    const values = await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("台账").getRange("A1:C2").load(["values"]);
      await ctx.sync();
      return range.values;
    });
    expect(values).toEqual([
      ["项目名称", "签约资金", ""],
      ["甲", 100, ""],
    ]);
  });

  it("reports a missing sheet as ItemNotFound at sync time, with its location", async () => {
    const fake = fakeWithData();
    const seen: string[] = [];
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("没有这张表");
        seen.push("queued");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "WorksheetCollection.getItem" },
    });
    expect(seen).toEqual(["queued"]);
  });

  it("answers isNullObject only after sync", async () => {
    const fake = fakeWithData();
    const result = await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject("没有");
      expect(() => ws.isNullObject).toThrow(/not available/);
      await ctx.sync();
      return ws.isNullObject;
    });
    expect(result).toBe(true);
  });

  it("applies writes only at sync and evaluates no formulas", async () => {
    const fake = fakeWithData();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("台账");
      ws.getRange("C2").formulas = [["=B2*2"]];
      expect(fake.cell("台账", "C2")).toBeUndefined();
      await ctx.sync();
    });
    expect(fake.cell("台账", "C2")).toEqual({ value: "", formula: "=B2*2" });
  });

  it("counts syncs and the request bytes of each", async () => {
    const fake = fakeWithData();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("A3").values = [["乙"]];
      await ctx.sync();
      await ctx.sync();
    });
    expect(fake.syncs).toHaveLength(2);
    expect(fake.syncs[0]?.requestBytes).toBeGreaterThan(10);
    expect(fake.syncs[1]).toMatchObject({ operations: 0, requestBytes: 2 });
  });

  it("rejects a request over 5 MB like Excel on the web, writing nothing", async () => {
    const fake = fakeWithData();
    const big = Array.from({ length: 60_000 }, () => [
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十",
    ]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("D1:D60000").values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cell("台账", "D1")).toBeUndefined();
  });

  it("rejects writes to a protected sheet with AccessDenied", async () => {
    const fake = fakeWithData();
    fake.sheet("台账").protected = true;
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("A1").format.fill.color = "#FF0000";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("fails every sync with InvalidOperationInCellEditMode while a cell is being edited", async () => {
    const fake = fakeWithData();
    fake.editMode = true;
    await expect(fake.run(async (ctx) => ctx.sync())).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
  });

  it("fails an API newer than the fake's version with ApiNotFound", async () => {
    const fake = new FakeExcel({ apiMinor: 12 });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().notes.add("A1", "x");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fake.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.13")).toBe(false);
  });

  it("refuses a second sheet with the same name, ignoring case", async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add("sheet1");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});
