import { describe, expect, it } from "vitest";
import type { XlRequestContext } from "../../src/office/excelApi.js";
import { FakeExcel } from "./FakeExcel.js";

function fakeWithData(apiMinor = 18): FakeExcel {
  const fake = new FakeExcel({ apiMinor });
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

  it("rejects a request over 5 MB on Windows with the payload code, writing nothing", async () => {
    const fake = new FakeExcel({ platform: "windows" });
    fake.loadGrid({ file: "t.xlsx", sheets: [{ name: "台账", merges: [], rows: [] }] });
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

  it("rejects a request over 5 MB on the web as a bare GeneralException", async () => {
    const fake = fakeWithData();
    // 900,000 Chinese characters: 2.7 MB as UTF-8, 5.4 MB escaped as \uXXXX — plus the JSON.
    const big = Array.from({ length: 45_000 }, () => ["一二三四五六七八九十一二三四五六七八九十"]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("D1:D45000").values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.syncs[0]!.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it.each([
    ["2024-01-05", 45296, "yyyy/m/d"],
    ["2024/1/5", 45296, "yyyy/m/d"],
    ["2024年1月", 45292, "yyyy/m/d"],
    ["0012", 12, undefined],
    ["1,234.5", 1234.5, undefined],
    ["50%", 0.5, "0%"],
    ["1e3", 1000, undefined],
    ["(200)", -200, undefined],
  ])(
    "turns %s written through values into the number %d, as Excel parses typed input",
    async (text, value, format) => {
      const fake = fakeWithData();
      await fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("C1").values = [[text]];
        await ctx.sync();
      });
      expect(fake.cell("台账", "C1")).toEqual(
        format === undefined ? { value } : { value, numberFormat: format },
      );
    },
  );

  it("turns text starting with =, + or - into a formula, and TRUE into a boolean", async () => {
    const fake = fakeWithData();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("C1:C4").values = [
        ["=A1"],
        ["-某某公司"],
        ["+86 联系人"],
        ["true"],
      ];
      await ctx.sync();
    });
    expect(fake.cell("台账", "C1")?.formula).toBe("=A1");
    expect(fake.cell("台账", "C2")?.formula).toBe("=-某某公司");
    expect(fake.cell("台账", "C3")?.formula).toBe("=+86 联系人");
    expect(fake.cell("台账", "C4")?.value).toBe(true);
  });

  it('keeps text as text in a cell formatted "@" before the value is written', async () => {
    const fake = fakeWithData();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("台账").getRange("C1:C2");
      range.numberFormat = [["@"], ["@"]];
      range.values = [["2024-01-05"], ["-某某公司"]];
      await ctx.sync();
    });
    expect(fake.cell("台账", "C1")).toEqual({ value: "2024-01-05", numberFormat: "@" });
    expect(fake.cell("台账", "C2")).toEqual({ value: "-某某公司", numberFormat: "@" });
  });

  it("fails a merged-area lookup over more than 512 areas, and finds only merges starting in the range", async () => {
    const fake = fakeWithData();
    const sheet = fake.sheet("台账");
    sheet.merges = Array.from({ length: 600 }, (_, i) => ({
      top: 10 + i,
      bottom: 10 + i,
      left: 0,
      right: 1,
    }));
    sheet.merges.push({ top: 0, bottom: 2, left: 5, right: 5 });
    const lookup = (address: string) =>
      fake.run(async (ctx) => {
        const areas = ctx.workbook.worksheets
          .getItem("台账")
          .getRange(address)
          .getMergedAreasOrNullObject()
          .load(["areas/items/address"]);
        await ctx.sync();
        return areas.isNullObject ? [] : areas.areas.items.map((a) => a.address);
      });
    await expect(lookup("A1:B700")).rejects.toMatchObject({ code: "GeneralException" });
    expect(await lookup("A11:B12")).toEqual(["台账!A11:B11", "台账!A12:B12"]);
    // F1:F3 starts above F2:F3, so a lookup over F2:F3 does not see it (office-js#3611).
    expect(await lookup("F2:F3")).toEqual([]);
  });

  it("freezes the active sheet's view, whichever sheet's freezePanes is called", async () => {
    const fake = fakeWithData();
    await fake.run(async (ctx) => {
      const added = ctx.workbook.worksheets.add("新表");
      added.freezePanes.freezeRows(1);
      await ctx.sync();
    });
    expect(fake.sheet("新表").freeze).toEqual({ rows: 0, columns: 0 });
    expect(fake.sheet("台账").freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("puts a table added by an address without a sheet name on the active sheet", async () => {
    const fake = fakeWithData();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("新表").tables.add("A1:B2", true);
      await ctx.sync();
    });
    expect(fake.state.tables.map((t) => t.sheet.name)).toEqual(["台账"]);
  });

  it("keeps formulas stale after a suspended write until application.calculate runs", async () => {
    const fake = fakeWithData();
    await fake.run(async (ctx) => {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem("台账").getRange("C2").formulas = [["=B2*2"]];
      await ctx.sync();
      expect(fake.state.calculationStale).toBe(true);
      ctx.workbook.worksheets.getItem("台账").getRange("D2").values = [[1]];
      await ctx.sync();
      expect(fake.state.calculationStale).toBe(true);
      ctx.workbook.application.calculate("Full");
      await ctx.sync();
    });
    expect(fake.state.calculationStale).toBe(false);
  });

  it.each([
    ["Workbook.load", 7, (ctx: XlRequestContext) => void ctx.workbook.load(["name"])],
    [
      "WorksheetFreezePanes.freezeRows",
      7,
      (ctx: XlRequestContext) => ctx.workbook.worksheets.getItem("台账").freezePanes.freezeRows(1),
    ],
    [
      "ChartSeries.setXAxisValues",
      7,
      (ctx: XlRequestContext) => {
        const ws = ctx.workbook.worksheets.getItem("台账");
        const chart = ws.charts.add("ColumnClustered", ws.getRange("B1:B2"), "Columns");
        chart.series.getItemAt(0).setXAxisValues(ws.getRange("A1:A2"));
      },
    ],
    [
      "Chart.valueAxis.numberFormat",
      8,
      (ctx: XlRequestContext) => {
        const ws = ctx.workbook.worksheets.getItem("台账");
        const chart = ws.charts.add("ColumnClustered", ws.getRange("B1:B2"), "Columns");
        chart.axes.valueAxis.numberFormat = "0";
      },
    ],
  ])("refuses %s below ExcelApi 1.%d with ApiNotFound", async (location, minor, call) => {
    const below = fakeWithData(minor - 1);
    const run = (fake: FakeExcel) =>
      fake.run(async (ctx) => {
        call(ctx);
        await ctx.sync();
      });
    await expect(run(below)).rejects.toMatchObject({
      code: "ApiNotFound",
      debugInfo: { errorLocation: location },
    });
    await expect(run(fakeWithData(minor))).resolves.toBeUndefined();
  });

  it("fails the sync a test names with GeneralException, running none of it", async () => {
    const fake = fakeWithData();
    fake.failSyncNumber = 1;
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("C1").values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.cell("台账", "C1")).toBeUndefined();
  });
});
