import { buildWorkbookPlan, type PlanCell, type SheetPlan } from "@zsyz/indicators";
import { columnLetter, readLedger, readTargets } from "@zsyz/ledger";
import { sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { collectChunks } from "./collectChunks.js";
import { recyclePiece } from "./ByteSink.js";
import { streamPlan, streamPlanAsync } from "./streamPlan.js";
import { cellsOf, unzipParts } from "./testing/readParts.js";
import { writePlan } from "./writePlan.js";
import type { DeflateRaw } from "./zipEntries.js";

const base = sampleLedgers().flatMap((wb) => readLedger(wb, { asOf: "2024-09-30" }).records);
const targets = readTargets(sampleTargets()).targets;
const now = new Date("2024-10-08T09:30:00Z");
// 100 copies of the sample ledgers: a 6,400-row detail sheet, several pieces long.
const records = Array.from({ length: 100 }, () => base).flat();
const plan = buildWorkbookPlan({
  records,
  targets,
  asOf: "2024-09-30",
  options: { lazyDetail: true },
});

/** Raw DEFLATE in stored blocks (no compression): the simplest deflate a host could inject. */
const storedDeflate: DeflateRaw = (data, final) => {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(data.length + 5 * blocks);
  let to = 0;
  for (let b = 0, at = 0; b < blocks; b += 1, at += 65535) {
    const n = Math.min(65535, data.length - at);
    out.set([final && b === blocks - 1 ? 1 : 0, n & 255, n >> 8, ~n & 255, (~n >> 8) & 255], to);
    out.set(data.subarray(at, at + n), to + 5);
    to += 5 + n;
  }
  return out;
};

describe("streamPlan()", () => {
  it("yields chunks that join into the bytes writePlan returns", () => {
    const chunks = [...streamPlan(plan, { now })];
    expect(chunks.length).toBeGreaterThan(1);
    expect(latin1(collectChunks(chunks))).toBe(latin1(writePlan(plan, { now })));
  });

  it("hands out bytes of the detail sheet before its lazy rows are all generated", () => {
    const detail = plan.sheets[1]!;
    const { lazyRows: _rows, ...cellsOnly } = detail;
    // Taken a row at a time (lazyRows, as our plans offer), or a cell at a time.
    let rows = 0;
    const byRow: SheetPlan = {
      ...detail,
      lazyRows: function* (): Generator<readonly PlanCell[]> {
        for (const r of detail.lazyRows!()) {
          rows += 1;
          yield r;
        }
      },
    };
    let cells = 0;
    const byCell: SheetPlan = {
      ...cellsOnly,
      lazyCells: function* (): Generator<PlanCell> {
        for (const c of detail.lazyCells!()) {
          cells += 1;
          yield c;
        }
      },
    };
    const totals = { rows: [...detail.lazyRows!()].length, cells: [...detail.lazyCells!()].length };
    expect(totals.rows).toBe(detail.rowCount);
    const seen = { rows: [] as number[], cells: [] as number[] };
    for (const _chunk of streamPlan({ ...plan, sheets: [plan.sheets[0]!, byRow] }, { now }))
      seen.rows.push(rows);
    for (const _chunk of streamPlan({ ...plan, sheets: [plan.sheets[0]!, byCell] }, { now }))
      seen.cells.push(cells);
    expect(seen.rows.some((n) => n > 0 && n < totals.rows / 2)).toBe(true);
    expect(seen.cells.some((n) => n > 0 && n < totals.cells / 2)).toBe(true);
    expect([rows, cells]).toEqual([totals.rows, totals.cells]);
    // Both ways write the same sheet.
    expect(unzipParts(collectChunks(streamPlan({ ...plan, sheets: [byCell] }, { now })))).toEqual(
      unzipParts(collectChunks(streamPlan({ ...plan, sheets: [detail] }, { now }))),
    );
  });

  it("compresses with an injected deflate when given one", () => {
    const bytes = collectChunks(streamPlan(plan, { now, deflateRaw: storedDeflate }));
    const parts = unzipParts(bytes);
    expect(parts).toEqual(unzipParts(writePlan(plan, { now })));
    // Stored blocks are larger than the sheets' text: proof the injected deflate did the work.
    expect(bytes.length).toBeGreaterThan(parts["xl/worksheets/sheet2.xml"]!.length);
  });

  it("checksums with an injected CRC-32 when given one, and records it in the zip", () => {
    let calls = 0;
    const crc32 = (data: Uint8Array, previous: number): number => {
      calls += 1;
      return referenceCrc32(data, previous);
    };
    const bytes = collectChunks(streamPlan(plan, { now, deflateRaw: storedDeflate, crc32 }));
    const parts = unzipParts(bytes);
    expect(parts).toEqual(unzipParts(writePlan(plan, { now })));
    expect(calls).toBeGreaterThan(0);
    const recorded = centralCrcs(bytes);
    for (const [name, data] of Object.entries(parts))
      expect(recorded.get(name)).toBe(referenceCrc32(new TextEncoder().encode(data), 0));
  });

  it("writes the same bytes with an asynchronous deflate, pieces finishing out of order", async () => {
    let inFlight = 0;
    let most = 0;
    let calls = 0;
    // Later pieces often finish first: the writer must still put them back in order.
    const deflateRaw = async (data: Uint8Array, final: boolean): Promise<Uint8Array> => {
      calls += 1;
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, (calls * 7) % 5));
      inFlight -= 1;
      return storedDeflate(data, final);
    };
    const chunks: Uint8Array[] = [];
    for await (const chunk of streamPlanAsync(plan, { now, deflateRaw, crc32: tableCrc32 }))
      chunks.push(chunk);
    const sync = collectChunks(
      streamPlan(plan, { now, deflateRaw: storedDeflate, crc32: tableCrc32 }),
    );
    // Compared as one string: toEqual walks megabytes of bytes one element at a time.
    expect(latin1(collectChunks(chunks))).toBe(latin1(sync));
    expect(most).toBeGreaterThan(1);
  });

  it("writes the same bytes when the deflate moves each piece's memory away, as a worker does", async () => {
    let moved = 0;
    // As zsyz's compression worker: the piece is transferred (detached here), compressed
    // elsewhere and handed back for reuse.
    const deflateRaw = async (data: Uint8Array, final: boolean): Promise<Uint8Array> => {
      const there = structuredClone(data, { transfer: [data.buffer as ArrayBuffer] });
      moved += data.byteLength === 0 ? 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 1));
      const out = storedDeflate(there, final);
      recyclePiece(there);
      return out;
    };
    const chunks: Uint8Array[] = [];
    for await (const chunk of streamPlanAsync(plan, { now, deflateRaw, crc32: tableCrc32 }))
      chunks.push(chunk);
    const sync = collectChunks(
      streamPlan(plan, { now, deflateRaw: storedDeflate, crc32: tableCrc32 }),
    );
    expect(moved).toBeGreaterThan(10);
    expect(latin1(collectChunks(chunks))).toBe(latin1(sync));
  });

  it("writes shared formulas over all 6,400 detail rows", () => {
    const cells = cellsOf(unzipParts(writePlan(plan, { now }))["xl/worksheets/sheet2.xml"]!);
    const columns = plan.sheets[1]!.sharedFormulas!.columns;
    const [first, last] = [columnLetter(columns[0]!), columnLetter(columns.at(-1)!)];
    expect(cells.get(`${first}2`)!.f!.attrs["ref"]).toBe(`${first}2:${first}${records.length + 1}`);
    expect(cells.get(`${last}${records.length + 1}`)!.f!.attrs).toEqual({
      t: "shared",
      si: String(columns.length - 1),
    });
  });
});

/** The textbook CRC-32 (zlib's), bit by bit: slow, and independent of fflate and Node. */
function referenceCrc32(data: Uint8Array, previous: number): number {
  let crc = ~previous >>> 0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}

// Entry n: the byte n run through the bitwise CRC from a zero register.
const latin1 = (bytes: Uint8Array): string => new TextDecoder("latin1").decode(bytes);

const CRC_TABLE = Array.from(
  { length: 256 },
  (_, n) => ~referenceCrc32(Uint8Array.of(n), ~0) >>> 0,
);

/** The same CRC-32 a byte at a time from a table (checked against the textbook one by the test above). */
function tableCrc32(data: Uint8Array, previous: number): number {
  let crc = ~previous >>> 0;
  for (const byte of data) crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ byte) & 255]!;
  return ~crc >>> 0;
}

/** Entry name → CRC-32 as the zip's central directory records it. */
function centralCrcs(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = new Map<string, number>();
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    out.set(name, view.getUint32(at + 16, true));
  }
  return out;
}
