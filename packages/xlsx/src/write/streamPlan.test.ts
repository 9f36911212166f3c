import { buildWorkbookPlan, type PlanCell, type SheetPlan } from "@zsyz/indicators";
import { columnLetter, readLedger, readTargets } from "@zsyz/ledger";
import { sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { collectChunks } from "./collectChunks.js";
import { streamPlan } from "./streamPlan.js";
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
  const blocks: number[] = [];
  let at = 0;
  do {
    const n = Math.min(65535, data.length - at);
    const last = final && at + n === data.length;
    blocks.push(
      last ? 1 : 0,
      n & 255,
      n >> 8,
      ~n & 255,
      (~n >> 8) & 255,
      ...data.subarray(at, at + n),
    );
    at += n;
  } while (at < data.length);
  return Uint8Array.from(blocks);
};

describe("streamPlan()", () => {
  it("yields chunks that join into the bytes writePlan returns", () => {
    const chunks = [...streamPlan(plan, { now })];
    expect(chunks.length).toBeGreaterThan(1);
    expect(collectChunks(chunks)).toEqual(writePlan(plan, { now }));
  });

  it("hands out bytes of the detail sheet before its lazy rows are all generated", () => {
    const detail = plan.sheets[1]!;
    let generated = 0;
    const counted: SheetPlan = {
      ...detail,
      lazyCells: function* (): Generator<PlanCell> {
        for (const c of detail.lazyCells!()) {
          generated += 1;
          yield c;
        }
      },
    };
    const total = [...detail.lazyCells!()].length;
    const seen: number[] = [];
    for (const _chunk of streamPlan({ ...plan, sheets: [plan.sheets[0]!, counted] }, { now }))
      seen.push(generated);
    expect(seen.some((n) => n > 0 && n < total / 2)).toBe(true);
    expect(generated).toBe(total);
  });

  it("compresses with an injected deflate when given one", () => {
    const bytes = collectChunks(streamPlan(plan, { now, deflateRaw: storedDeflate }));
    const parts = unzipParts(bytes);
    expect(parts).toEqual(unzipParts(writePlan(plan, { now })));
    // Stored blocks are larger than the sheets' text: proof the injected deflate did the work.
    expect(bytes.length).toBeGreaterThan(parts["xl/worksheets/sheet2.xml"]!.length);
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
