// Benchmark (not a test): reading .xlsx files with @zsyz/xlsx's readXlsx against the floor
// of "unzip + one indexOf scan of every sheet" and against exceljs (skipped when exceljs is
// no longer installed); also fflate vs node:zlib inflate, and our tokenizer vs saxes.
// Run: npx tsx bench/read.bench.ts [files] [rows]
import { readXlsx } from "@zsyz/xlsx";
import { inflateSync, strFromU8, unzipSync } from "fflate";
import { inflateRawSync } from "node:zlib";
import { inflateCapped } from "../packages/xlsx/src/read/inflateCapped.js";
import { buildXlsx } from "../packages/xlsx/src/read/testing/buildXlsx.js";
import type { TestCell } from "../packages/xlsx/src/read/testing/buildXlsx.js";
import { OPEN, XmlScanner } from "../packages/xlsx/src/read/XmlScanner.js";

const FILES = Number(process.argv[2] ?? 10);
const ROWS = Number(process.argv[3] ?? 10_000);
const HEADER = ["序号", "项目名称", "投资方", "签约类型", "签约时间", "签约资金（万元）"];
const STATUSES = ["签约", "注册", "开工", "在建", "竣工", "投产"];

let seed = 42;
const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

function ledger(f: number): Uint8Array {
  const rows: TestCell[][] = [
    [`第${f}镇招商引资项目台账`],
    [...HEADER, "本年到位", "状态", "备注"],
  ];
  for (let i = 1; i <= ROWS; i += 1)
    rows.push([
      i,
      `第${f}镇项目${i}`,
      `投资公司${Math.floor(rand() * 5000)}`,
      "合同",
      new Date(Date.UTC(2024, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28))),
      Math.round(rand() * 1e6) / 100,
      { formula: `F${i + 2}*0.3`, result: Math.round(rand() * 1e5) / 100 },
      STATUSES[Math.floor(rand() * STATUSES.length)] ?? "签约",
      rand() < 0.2 ? "用地手续报批中" : null,
    ]);
  return buildXlsx([{ name: "台账", rows }]);
}

const time = (label: string, run: () => unknown, repeat = 3): number => {
  run(); // warm-up
  const start = performance.now();
  for (let i = 0; i < repeat; i += 1) run();
  const ms = (performance.now() - start) / repeat;
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms`);
  return ms;
};

console.log(`generating ${FILES} files × ${ROWS} rows × 9 columns …`);
const files = Array.from({ length: FILES }, (_, f) => ledger(f + 1));
const mb = files.reduce((n, b) => n + b.length, 0) / 1e6;
console.log(`${mb.toFixed(1)} MB of .xlsx\n`);

const floor = time("unzip (fflate) + indexOf scan of every part", () => {
  for (const bytes of files) {
    let cells = 0;
    for (const [name, data] of Object.entries(unzipSync(bytes))) {
      if (!name.endsWith(".xml")) continue;
      const xml = strFromU8(data);
      for (let i = xml.indexOf("<c "); i >= 0; i = xml.indexOf("<c ", i + 3)) cells += 1;
    }
    if (cells === 0) throw new Error("no cells");
  }
});
const ours = time("readXlsx (fflate)", () => {
  for (const bytes of files) if (!readXlsx(bytes, "b.xlsx").ok) throw new Error("read failed");
});
const zlib = (data: Uint8Array, maxSize: number): Uint8Array =>
  inflateRawSync(data, { maxOutputLength: Math.max(1, maxSize) });
const oursZlib = time("readXlsx (node:zlib injected)", () => {
  for (const bytes of files)
    if (!readXlsx(bytes, "b.xlsx", { inflateRaw: zlib }).ok) throw new Error("read failed");
});
console.log(
  `  readXlsx / floor: ${(ours / floor).toFixed(2)}× (fflate), ${(oursZlib / floor).toFixed(2)}× (zlib)`,
);

try {
  const { readGrid } = await import("../apps/batch/src/xlsx/readGrid.js");
  const start = performance.now();
  for (const bytes of files) await readGrid(bytes, "b.xlsx");
  const ms = performance.now() - start;
  console.log(`${"exceljs readGrid (one run)".padEnd(44)} ${ms.toFixed(0).padStart(7)} ms`);
  console.log(`  exceljs / readXlsx: ${(ms / ours).toFixed(1)}×`);
} catch (thrown) {
  console.log(`exceljs skipped (${String(thrown).slice(0, 80)})`);
}

// Inflate alone, over the largest part of every file.
console.log("\ninflate only (the worksheet parts):");
const raw = files.map((bytes) => rawWorksheetDeflate(bytes));
const outMb = raw.reduce((n, r) => n + inflateSync(r).length, 0) / 1e6;
console.log(`  ${outMb.toFixed(1)} MB inflated per run`);
time("  fflate inflateSync (no cap)", () => raw.forEach((r) => inflateSync(r)));
time("  fflate streaming, capped (readXlsx default)", () =>
  raw.forEach((r) => inflateCapped(r, 2 ** 28)),
);
time("  node:zlib inflateRawSync, capped", () => raw.forEach((r) => zlib(r, 2 ** 28)));

// Tokenizer alone: one worksheet's XML, every open tag visited.
console.log("\ntokenize only (one worksheet):");
const sheetXml = strFromU8(
  unzipSync(files[0] ?? new Uint8Array())["xl/worksheets/sheet1.xml"] ?? new Uint8Array(),
);
console.log(`  ${(sheetXml.length / 1e6).toFixed(1)} M characters`);
time("  XmlScanner (ours)", () => {
  const s = new XmlScanner(sheetXml);
  let n = 0;
  while (s.next()) if (s.kind === OPEN && s.name === "c" && s.attr("r")) n += 1;
  return n;
});
try {
  const { SaxesParser } = await import("saxes");
  time("  saxes 6", () => {
    const p = new SaxesParser();
    let n = 0;
    p.on("opentag", (t) => {
      if (t.name === "c" && t.attributes["r"]) n += 1;
    });
    p.write(sheetXml).close();
    return n;
  });
} catch (thrown) {
  console.log(`  saxes skipped (${String(thrown).slice(0, 80)})`);
}

/** The raw DEFLATE data of xl/worksheets/sheet1.xml, cut out of the zip by its local header. */
function rawWorksheetDeflate(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let p = 0; p + 30 < bytes.length;) {
    if (view.getUint32(p, true) !== 0x04034b50) break;
    const size = view.getUint32(p + 18, true);
    const nameLength = view.getUint16(p + 26, true);
    const start = p + 30 + nameLength + view.getUint16(p + 28, true);
    const name = strFromU8(bytes.subarray(p + 30, p + 30 + nameLength));
    if (name === "xl/worksheets/sheet1.xml") return bytes.subarray(start, start + size);
    p = start + size;
  }
  throw new Error("no worksheet");
}
