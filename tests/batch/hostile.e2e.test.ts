// Ordinary Excel features and hostile packages in small files (issue 15, class 2): each must cost
// bounded time and memory and end either merged or in a per-file Chinese message, while the
// other files merge and the accounting balances. The files are generated here, by code.
import { strToU8, zipSync } from "fflate";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPackage, worksheet } from "../../packages/xlsx/src/read/testing/buildXlsx.js";
import { runZsyz, type SummaryJson } from "../helpers/runZsyz.js";
import { HEADER } from "./corpus.js";

// The corpus ledgers' first eight columns: enough for a project row.
const COLUMNS_USED = HEADER.slice(0, 8);
const COLUMNS = "ABCDEFGH";

/** Inline-string cell, so the sheet needs no shared-string part. */
const text = (ref: string, value: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const num = (ref: string, value: number): string => `<c r="${ref}"><v>${value}</v></c>`;

/** A small valid ledger's rows (header on row 1), `extra(row)` appended to each data row. */
function ledgerRows(
  prefix: string,
  count: number,
  extra: (row: number) => string = () => "",
): string {
  const header = COLUMNS_USED.map((h, c) => text(`${COLUMNS[c]}1`, h)).join("");
  const rows = [`<row r="1">${header}</row>`];
  for (let i = 1; i <= count; i++) {
    const r = i + 1;
    rows.push(
      `<row r="${r}">${num(`A${r}`, i)}${text(`B${r}`, `${prefix}项目${i}`)}${text(`C${r}`, `${prefix}公司${i}`)}${text(`D${r}`, "合同")}${text(`E${r}`, "2024-03-05")}${num(`F${r}`, 1000 + i)}${num(`G${r}`, 100)}${text(`H${r}`, "签约")}${extra(r)}</row>`,
    );
  }
  return rows.join("");
}

const ledger = (sheetXml: string, after = ""): Uint8Array =>
  buildPackage({
    sheets: [{ name: "台账", xml: worksheet(`<sheetData>${sheetXml}</sheetData>${after}`) }],
  });

const wholeColumns = (count: number): string =>
  Array.from({ length: count }, (_, i) => {
    const l = String.fromCharCode(75 + i); // K, L, M…
    return `<dataValidation type="list" allowBlank="1" sqref="${l}1:${l}1048576"><formula1>"合同,协议,框架协议,意向"</formula1></dataValidation>`;
  }).join("");

const merges = (refs: readonly string[]): string =>
  `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;

let dir: string;
let summary: SummaryJson;
let code: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zsyz-hostile-"));
  const files: Record<string, Uint8Array> = {
    "正常.xlsx": ledger(ledgerRows("正常", 3)),
    "十二列下拉.xlsx": ledger(
      ledgerRows("下拉", 5),
      `<dataValidations count="12">${wholeColumns(12)}</dataValidations>`,
    ),
    "整表合并.xlsx": ledger(ledgerRows("整表", 4), merges(["A1:XFD1048576"])),
    "三个整列合并.xlsx": ledger(
      ledgerRows("整列", 4),
      merges(["K1:K1048576", "L1:L1048576", "M1:M1048576"]),
    ),
    "两万个合并.xlsx": ledger(
      ledgerRows("合并", 4),
      merges(Array.from({ length: 20_000 }, (_, i) => `Z${i + 10}:AA${i + 10}`)),
    ),
    "XFD列.xlsx": ledger(ledgerRows("宽表", 2_000, (r) => num(`XFD${r}`, 1))),
    "实体声明.xlsx": buildPackage({
      sheets: [
        {
          name: "台账",
          xml: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "${"啊".repeat(100)}">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`,
        },
      ],
    }),
  };
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
  // A zip bomb: a 270 MB sheet of spaces that zips to a few hundred KB (the per-part cap is 256 MiB).
  const bombSheet = new Uint8Array(270 * 1024 * 1024).fill(32);
  bombSheet.set(strToU8(worksheet("<sheetData/>")).subarray(0, 40));
  const bombParts: Record<string, Uint8Array | [Uint8Array, { level: 1 }]> = {
    "[Content_Types].xml": strToU8(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    ),
    "_rels/.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="s1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": [bombSheet, { level: 1 }],
  };
  await writeFile(join(dir, "压缩炸弹.xlsx"), zipSync(bombParts));
  const run = runZsyz(
    ["merge", ".", "--as-of", "2024-09-30", "--out", "县汇总.xlsx", "--json", "汇总.json", "-q"],
    {
      cwd: dir,
    },
  );
  code = run.code;
  summary = JSON.parse(await readFile(join(dir, "汇总.json"), "utf8")) as SummaryJson;
});

const file = (name: string) => summary.files.find((f) => f.file === name)!;

describe("zsyz merge over ordinary features and hostile packages", () => {
  it("finishes with a result for every file, never an internal error", () => {
    expect(code).toBe(1); // data errors (the refused files), not "cannot run"
    const names = [
      "正常",
      "十二列下拉",
      "整表合并",
      "三个整列合并",
      "两万个合并",
      "XFD列",
      "实体声明",
      "压缩炸弹",
    ];
    expect(new Set(summary.files.map((f) => f.file))).toEqual(
      new Set(names.map((n) => `${n}.xlsx`)),
    );
  });

  it.each([
    ["正常.xlsx", 3],
    ["十二列下拉.xlsx", 5],
    ["三个整列合并.xlsx", 4],
    ["两万个合并.xlsx", 4],
    ["XFD列.xlsx", 2000],
  ])("reads %s as a ledger with all %i projects", (name, rows) => {
    expect(file(name)).toMatchObject({ status: "ok", rows });
  });

  it("shows a sheet merged whole as Excel does (A1 only) and says no ledger header is there", () => {
    // Excel displays only the top-left value of a merge; the covered cells stay empty here too.
    expect(file("整表合并.xlsx")).toMatchObject({ status: "error", rows: 0 });
    expect(file("整表合并.xlsx").message).toContain("没有找到项目台账表头");
  });

  it("refuses the zip bomb with a Chinese message that says so", () => {
    expect(file("压缩炸弹.xlsx")).toMatchObject({ status: "error", rows: 0 });
    expect(file("压缩炸弹.xlsx").message).toContain("压缩炸弹");
  });

  it("refuses a DOCTYPE/ENTITY declaration without expanding it", () => {
    expect(file("实体声明.xlsx")).toMatchObject({ status: "error", rows: 0 });
    expect(file("实体声明.xlsx").message).toContain("DOCTYPE");
  });

  it("balances the accounting over all of them: read = merged + rejected = the files' rows", () => {
    const { read, merged, rejected } = summary.rows;
    expect(read).toBe(merged + rejected);
    expect(read).toBe(summary.files.reduce((n, f) => n + f.rows, 0));
    expect(merged).toBe(3 + 5 + 4 + 4 + 2000);
  });
});
