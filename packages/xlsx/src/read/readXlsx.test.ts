import { deflateSync, inflateSync, strToU8, zipSync } from "fflate";
import { inflateCapped, InflateLimitError } from "./inflateCapped.js";
import { describe, expect, it } from "vitest";
import { readXlsx } from "./readXlsx.js";
import type { ReadXlsxOptions, ReadXlsxResult } from "./readXlsx.js";
import { buildPackage, NS, worksheet } from "./testing/buildXlsx.js";
import type { PackageSpec } from "./testing/buildXlsx.js";

const sheetData = (rows: string): string => worksheet(`<sheetData>${rows}</sheetData>`);

function workbook(result: ReadXlsxResult) {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.workbook;
}

/** Reads a one-sheet package built from raw worksheet XML. */
function readSheet(xml: string, spec: Partial<PackageSpec> = {}, options?: ReadXlsxOptions) {
  const bytes = buildPackage({ sheets: [{ name: "台账", xml }], ...spec });
  const sheet = workbook(readXlsx(bytes, "t.xlsx", options)).sheets[0];
  if (!sheet) throw new Error("no sheet");
  return sheet;
}

const code = (result: ReadXlsxResult): string => (result.ok ? "ok" : result.code);

describe("readXlsx()", () => {
  describe("triage", () => {
    it("refuses an empty file with the empty-file message", () => {
      const result = readXlsx(new Uint8Array(0), "a.xlsx");
      expect(result).toMatchObject({ ok: false, code: "empty_file" });
      expect(!result.ok && result.message).toContain("0 字节");
    });

    it("tells a password-protected .xlsx (OLE with EncryptionInfo) from an old .xls", () => {
      const ole = [
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...new Array<number>(64).fill(0),
      ];
      const name = Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0]);
      expect(code(readXlsx(new Uint8Array([...ole, ...name]), "a.xlsx"))).toBe("encrypted");
      expect(code(readXlsx(new Uint8Array(ole), "a.xls"))).toBe("legacy_format");
    });

    it("refuses a renamed text file as not a workbook", () => {
      expect(code(readXlsx(strToU8("序号,项目名称\n1,甲\n"), "a.xlsx"))).toBe("not_zip");
    });

    it("refuses a zip header followed by junk as corrupt", () => {
      const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(500).fill(3)]);
      expect(code(readXlsx(bytes, "a.xlsx"))).toBe("corrupt_zip");
    });

    it("refuses a zip without a workbook part", () => {
      const bytes = zipSync({ "readme.txt": strToU8("hello") });
      expect(code(readXlsx(bytes, "a.zip"))).toBe("missing_workbook");
    });

    it("refuses a truncated zip as corrupt", () => {
      const bytes = buildPackage({ sheets: [{ name: "a", xml: sheetData("") }] });
      expect(code(readXlsx(bytes.subarray(0, bytes.length - 30), "a.xlsx"))).toBe("corrupt_zip");
    });
  });

  describe("hostile files", () => {
    const bomb = (size: number): PackageSpec => ({
      sheets: [{ name: "a", xml: sheetData("") + " ".repeat(size) }],
    });

    it("refuses a part that inflates past the per-part cap", () => {
      const bytes = buildPackage(bomb(4 * 1024 * 1024));
      const result = readXlsx(bytes, "a.xlsx", { limits: { maxPartBytes: 1024 * 1024 } });
      expect(result).toMatchObject({ ok: false, code: "part_too_large" });
      expect(!result.ok && result.message).toContain("压缩炸弹");
    });

    it("refuses a package whose parts together inflate past the total cap", () => {
      const bytes = buildPackage(bomb(600 * 1024));
      const limits = { maxTotalBytes: 512 * 1024, maxPartBytes: 1024 * 1024 };
      expect(code(readXlsx(bytes, "a.xlsx", { limits }))).toBe("too_large");
    });

    it("does not trust the sizes the zip directory declares", () => {
      const bytes = buildPackage(bomb(4 * 1024 * 1024));
      // Rewrite every central-directory entry to claim 100 uncompressed bytes.
      const view = new DataView(bytes.buffer);
      for (let p = 0; p + 46 < bytes.length; p += 1)
        if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, 100, true);
      const result = readXlsx(bytes, "a.xlsx", { limits: { maxPartBytes: 1024 * 1024 } });
      expect(code(result)).toBe("part_too_large");
    });

    it("refuses a 64 MB zip bomb at the cap", () => {
      const bytes = buildPackage({
        sheets: [{ name: "a", xml: "" }],
        extra: { "xl/worksheets/sheet1.xml": new Uint8Array(64 * 1024 * 1024) },
      });
      expect(bytes.length).toBeLessThan(200 * 1024);
      const result = readXlsx(bytes, "a.xlsx", { limits: { maxPartBytes: 4 * 1024 * 1024 } });
      expect(code(result)).toBe("part_too_large");
    });

    it("stops inflating at the cap instead of reading a bomb to its end", () => {
      // 64 MB of zeros, then bytes that are not DEFLATE: an inflater that went on past the
      // cap would fail on them with an error of its own, not with the cap's.
      const bomb = deflateSync(new Uint8Array(64 * 1024 * 1024));
      const poisoned = new Uint8Array([
        ...bomb.subarray(0, bomb.length - 8),
        ...Array<number>(64).fill(0xff),
      ]);
      expect(() => inflateCapped(poisoned, 4 * 1024 * 1024)).toThrow(InflateLimitError);
    });

    it("inflates with an injected inflater, passing it the cap", () => {
      const caps: number[] = [];
      const bytes = buildPackage({ sheets: [{ name: "a", xml: sheetData("") }] });
      const result = readXlsx(bytes, "a.xlsx", {
        inflateRaw: (data, maxSize) => {
          caps.push(maxSize);
          return inflateSync(data);
        },
      });
      expect(code(result)).toBe("ok");
      expect(caps.length).toBeGreaterThan(2);
      expect(caps[0]).toBe(256 * 1024 * 1024);
    });

    it("reports an injected inflater's RangeError as a part over the cap", () => {
      const bytes = buildPackage({ sheets: [{ name: "a", xml: sheetData("") }] });
      const result = readXlsx(bytes, "a.xlsx", {
        inflateRaw: () => {
          throw new RangeError("Cannot create a Buffer larger than 1 bytes");
        },
      });
      expect(code(result)).toBe("part_too_large");
    });

    it("refuses a part with a DOCTYPE", () => {
      const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${sheetData("")}`;
      const bytes = buildPackage({ sheets: [{ name: "a", xml }] });
      const result = readXlsx(bytes, "a.xlsx");
      expect(result).toMatchObject({ ok: false, code: "unsafe_xml" });
    });

    it("refuses an ENTITY declaration even outside a DOCTYPE", () => {
      const bytes = buildPackage({
        sheets: [{ name: "a", xml: sheetData("") }],
        sharedStrings: `<sst xmlns="${NS}"><!ENTITY lol "lol"><si><t>&lol;</t></si></sst>`,
      });
      expect(code(readXlsx(bytes, "a.xlsx"))).toBe("unsafe_xml");
    });

    it("keeps a row with a value in column XFD sparse, not 16,384 cells wide", () => {
      const sheet = readSheet(
        sheetData(`<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>`),
      );
      const row = sheet.rows[0] ?? [];
      expect(row[16383]).toEqual({ value: 2 });
      expect(Object.keys(row)).toEqual(["0", "16383"]);
    });

    it("clips a merge over the whole sheet to the used area", () => {
      const sheet = readSheet(
        worksheet(
          `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="B2"><v>3</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`,
        ),
      );
      expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
      expect(sheet.rows).toEqual([
        [{ value: 1 }, null],
        [null, null],
      ]);
    });

    it("clips whole-column merges to the used rows", () => {
      const merges = Array.from({ length: 50 }, (_, c) => {
        const col = String.fromCharCode(65 + (c % 26)) + (c >= 26 ? "A" : "");
        return `<mergeCell ref="${col}1:${col}1048576"/>`;
      }).join("");
      const sheet = readSheet(
        worksheet(
          `<sheetData><row r="3"><c r="A3"><v>1</v></c></row></sheetData><mergeCells>${merges}</mergeCells>`,
        ),
      );
      expect(sheet.rows.length).toBe(3);
      expect(Math.max(...sheet.merges.map((m) => m.bottom))).toBe(2);
    });

    // Its time is a benchmark's business (bench/read.bench.ts), not a test's.
    it("reads 20,000 merges", () => {
      const rows: string[] = [];
      const merges: string[] = [];
      for (let r = 1; r <= 20_000; r += 1) {
        rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
        merges.push(`<mergeCell ref="A${r}:C${r}"/>`);
      }
      const sheet = readSheet(
        worksheet(
          `<sheetData>${rows.join("")}</sheetData><mergeCells>${merges.join("")}</mergeCells>`,
        ),
      );
      expect(sheet.merges).toHaveLength(20_000);
      expect(sheet.rows[19_999]).toEqual([{ value: 20_000 }, null, null]);
    });

    it("refuses a sheet with more cells than the cap", () => {
      const cells = Array.from({ length: 11 }, (_, i) => `<c><v>${i}</v></c>`).join("");
      const bytes = buildPackage({
        sheets: [{ name: "a", xml: sheetData(`<row>${cells}</row>`) }],
      });
      const result = readXlsx(bytes, "a.xlsx", { limits: { maxCellsPerSheet: 10 } });
      expect(code(result)).toBe("too_many_cells");
    });

    it("ignores data validations and conditional formats entirely", () => {
      const sheet = readSheet(
        worksheet(
          `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression"><formula>1</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>`,
        ),
      );
      expect(sheet.rows).toEqual([[{ value: 1 }]]);
    });

    it("resolves relationship targets inside the package, never above its root", () => {
      const bytes = buildPackage({
        sheets: [
          {
            name: "a",
            xml: sheetData(`<row r="1"><c r="A1"><v>7</v></c></row>`),
            part: "../../../../worksheets/s.xml",
          },
        ],
      });
      // "../../../../worksheets/s.xml" from xl/workbook.xml stays inside: "worksheets/s.xml".
      const bytes2 = buildPackage({
        sheets: [{ name: "a", xml: sheetData(`<row r="1"><c r="A1"><v>7</v></c></row>`) }],
      });
      expect(code(readXlsx(bytes, "a.xlsx"))).toBe("ok");
      expect(workbook(readXlsx(bytes2, "a.xlsx")).sheets).toHaveLength(1);
    });

    it("refuses an unknown entity as malformed XML", () => {
      const sheet = sheetData(`<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>`);
      const bytes = buildPackage({ sheets: [{ name: "a", xml: sheet }] });
      expect(code(readXlsx(bytes, "a.xlsx"))).toBe("malformed_xml");
    });
  });

  describe("cells", () => {
    it("reads dates of a 1904 workbook", () => {
      const sheet = readSheet(sheetData(`<row r="1"><c r="A1" s="1"><v>0</v></c></row>`), {
        date1904: true,
      });
      expect(sheet.rows[0]?.[0]).toEqual({
        value: new Date(Date.UTC(1904, 0, 1)),
        numFmt: "yyyy-mm-dd",
      });
    });

    it("reads a date-formatted number of a 1900 workbook as a Date at UTC midnight", () => {
      const sheet = readSheet(sheetData(`<row r="1"><c r="A1" s="1"><v>45356</v></c></row>`));
      expect(sheet.rows[0]?.[0]?.value).toEqual(new Date("2024-03-05T00:00:00Z"));
    });

    it("reads the zh-CN built-in date format 31 as a date", () => {
      const styles = `<styleSheet xmlns="${NS}"><cellXfs><xf numFmtId="0"/><xf numFmtId="31"/></cellXfs></styleSheet>`;
      const sheet = readSheet(sheetData(`<row r="1"><c r="A1" s="1"><v>45356</v></c></row>`), {
        styles,
      });
      expect(sheet.rows[0]?.[0]).toEqual({
        value: new Date("2024-03-05T00:00:00Z"),
        numFmt: 'yyyy"年"m"月"d"日"',
      });
    });

    it("reads inline strings", () => {
      const sheet = readSheet(
        sheetData(`<row r="1"><c r="A1" t="inlineStr"><is><t>城关镇</t></is></c></row>`),
      );
      expect(sheet.rows[0]?.[0]).toEqual({ value: "城关镇" });
    });

    it("joins the runs of inline rich text", () => {
      const sheet = readSheet(
        sheetData(
          `<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>签约</t></r><r><t>资金</t></r></is></c></row>`,
        ),
      );
      expect(sheet.rows[0]?.[0]).toEqual({ value: "签约资金" });
    });

    it("joins shared-string runs and leaves out phonetic guides", () => {
      const sst = `<sst xmlns="${NS}"><si><r><rPr><sz val="11"/></rPr><t>招商</t></r><r><t xml:space="preserve"> 引资</t></r><rPh sb="0" eb="2"><t>zhaoshang</t></rPh><phoneticPr fontId="1"/></si></sst>`;
      const sheet = readSheet(sheetData(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), {
        sharedStrings: sst,
      });
      expect(sheet.rows[0]?.[0]).toEqual({ value: "招商 引资" });
    });

    it("decodes escaped entities and character references", () => {
      const sst = `<sst xmlns="${NS}"><si><t>A&amp;B &lt;&#x4E2D;&#25991;&gt; &quot;&apos;</t></si></sst>`;
      const sheet = readSheet(sheetData(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), {
        sharedStrings: sst,
      });
      expect(sheet.rows[0]?.[0]?.value).toBe(`A&B <中文> "'`);
    });

    it("keeps leading and trailing spaces, with or without xml:space", () => {
      const sst = `<sst xmlns="${NS}"><si><t xml:space="preserve">  甲 </t></si><si><t> 乙</t></si></sst>`;
      const sheet = readSheet(
        sheetData(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`),
        { sharedStrings: sst },
      );
      expect(sheet.rows[0]?.map((c) => c?.value)).toEqual(["  甲 ", " 乙"]);
    });

    it("decodes _xHHHH_ escapes in shared strings", () => {
      const sst = `<sst xmlns="${NS}"><si><t>a_x000D_b</t></si></sst>`;
      const sheet = readSheet(sheetData(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), {
        sharedStrings: sst,
      });
      expect(sheet.rows[0]?.[0]?.value).toBe("a\rb");
    });

    it("places rows and cells without r attributes by position", () => {
      const sheet = readSheet(
        sheetData(
          `<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>`,
        ),
      );
      expect(sheet.rows).toEqual([
        [{ value: 1 }, { value: 2 }],
        [null, null, { value: 3 }, { value: 4 }],
      ]);
    });

    it("reads booleans, errors, numbers and string formula results", () => {
      const sheet = readSheet(
        sheetData(
          `<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#REF!</v></c><c r="C1"><v>-1.5E-3</v></c><c r="D1" t="str"><f>A1&amp;"x"</f><v>TRUEx</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`,
        ),
      );
      expect(sheet.rows[0]).toEqual([
        { value: true },
        { value: null, error: "#REF!" },
        { value: -0.0015 },
        { value: "TRUEx", formula: 'A1&"x"' },
        { value: null, formula: "1/0", error: "#DIV/0!" },
      ]);
    });

    it("keeps a formula's cached result 0 (exceljs dropped it)", () => {
      const sheet = readSheet(sheetData(`<row r="1"><c r="A1"><f>1-1</f><v>0</v></c></row>`));
      expect(sheet.rows[0]?.[0]).toEqual({ value: 0, formula: "1-1" });
    });

    it("gives a shared formula's dependent cells the formula moved to them", () => {
      const sheet = readSheet(
        sheetData(
          `<row r="3"><c r="G3"><f t="shared" ref="G3:G5" si="0">F3*0.1+$A$1</f><v>1</v></c></row><row r="4"><c r="G4"><f t="shared" si="0"/><v>2</v></c></row>`,
        ),
      );
      expect(sheet.rows[3]?.[6]).toEqual({ value: 2, formula: "F4*0.1+$A$1" });
    });

    it("reads SpreadsheetML written with a namespace prefix", () => {
      const xml = `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
      expect(readSheet(xml).rows).toEqual([[{ value: "甲" }]]);
    });

    it("empties the cells a merge covers and keeps the merge", () => {
      const sheet = readSheet(
        worksheet(
          `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>9</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells>`,
        ),
      );
      expect(sheet.rows).toEqual([
        [{ value: 1 }, null],
        [null, null],
      ]);
      expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    });

    it("lists hidden rows that hold values", () => {
      const sheet = readSheet(
        sheetData(
          `<row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row><row r="3" hidden="1"/>`,
        ),
      );
      expect(sheet.hiddenRows).toEqual([1]);
    });
  });

  describe("workbook", () => {
    it("marks hidden and very hidden sheets", () => {
      const xml = sheetData("");
      const bytes = buildPackage({
        sheets: [
          { name: "a", xml },
          { name: "b", xml, state: "hidden" },
          { name: "c", xml, state: "veryHidden" },
        ],
      });
      expect(workbook(readXlsx(bytes, "a.xlsx")).sheets.map((s) => [s.name, s.hidden])).toEqual([
        ["a", undefined],
        ["b", true],
        ["c", true],
      ]);
    });

    it("orders sheets as workbook.xml does, not by part name", () => {
      const bytes = buildPackage({
        sheets: [
          { name: "第二", xml: sheetData(""), part: "worksheets/sheet2.xml" },
          { name: "第一", xml: sheetData(""), part: "worksheets/sheet1.xml" },
        ],
      });
      expect(workbook(readXlsx(bytes, "a.xlsx")).sheets.map((s) => s.name)).toEqual([
        "第二",
        "第一",
      ]);
    });

    it("reports the application that saved the file", () => {
      const bytes = buildPackage({
        sheets: [{ name: "a", xml: sheetData("") }],
        application: "招商台账助手 zsyz",
      });
      expect(workbook(readXlsx(bytes, "a.xlsx")).application).toBe("招商台账助手 zsyz");
    });

    it("names the workbook by the file argument", () => {
      const bytes = buildPackage({ sheets: [{ name: "a", xml: sheetData("") }] });
      expect(workbook(readXlsx(bytes, "乡镇/城关镇.xlsx")).file).toBe("乡镇/城关镇.xlsx");
    });
  });
});
