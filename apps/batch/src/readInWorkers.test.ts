import { readLedgerSource } from "@zsyz/county";
import { build } from "esbuild";
import { sampleLedgers } from "@zsyz/ledger/samples";
import { writeGrid } from "@zsyz/xlsx";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { beforeAll, describe, expect, it } from "vitest";
import type { InputFile } from "./findInputs.js";
import { readInWorkers } from "./readInWorkers.js";
import { readSource } from "./readSource.js";

const AS_OF = "2024-09-30";

// The workers run readWorker.ts bundled by esbuild, as the CLI runs dist/readWorker.mjs.
let entry = "";
beforeAll(async () => {
  entry = join(await mkdtemp(join(tmpdir(), "zsyz-worker-entry-")), "readWorker.mjs");
  await build({
    entryPoints: [fileURLToPath(new URL("./readWorker.ts", import.meta.url))],
    outfile: entry,
    bundle: true,
    platform: "node",
    format: "esm",
    logLevel: "warning",
  });
});
// This thread reads a file only after a worker has answered, so both kinds of reading are
// in every run however slowly the workers start.
let replies = 0;
let answered = (): void => undefined;
const options = (workers: number) => {
  replies = 0;
  const firstReply = new Promise<void>((resolve) => (answered = resolve));
  return {
    workers,
    startWorker: () =>
      new Worker(entry).on("message", () => {
        replies += 1;
        answered();
      }),
    readHere: async (input: InputFile) => {
      await firstReply;
      return readSource(input);
    },
  };
};

async function inputs(): Promise<InputFile[]> {
  const dir = await mkdtemp(join(tmpdir(), "zsyz-workers-"));
  const files: InputFile[] = [];
  for (const ledger of sampleLedgers()) {
    const path = join(dir, ledger.file);
    await writeFile(path, writeGrid(ledger));
    files.push({ path, kind: "xlsx" });
  }
  const corrupt = join(dir, "坏.xlsx");
  await writeFile(corrupt, new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]));
  // Bad files between good ones: a corrupt zip, a missing file, an old .xls read here.
  files.splice(1, 0, { path: corrupt, kind: "xlsx" });
  files.splice(3, 0, { path: join(dir, "不存在.xlsx"), kind: "missing" });
  files.splice(5, 0, { path: join(dir, "旧.doc"), kind: "other" });
  return files;
}

describe("readInWorkers()", () => {
  it("gives, in input order, what reading each file here gives", async () => {
    const files = await inputs();
    const expected = [];
    for (const input of files) expected.push(readLedgerSource(await readSource(input), AS_OF));
    const seen: Array<[number, string]> = [];
    const got = [];
    for await (const source of readInWorkers(
      files,
      AS_OF,
      (done, _total, file) => seen.push([done, file]),
      options(3),
    ))
      got.push(readLedgerSource(source, AS_OF));
    expect(got).toEqual(expected);
    expect(got.map((s) => s.file)).toEqual(files.map((f) => f.path));
    expect(got.filter((s) => "ledger" in s).length).toBe(sampleLedgers().length);
    expect(seen).toEqual([...files.map((f, i) => [i, f.path]), [files.length, ""]]);
    expect(replies).toBeGreaterThan(0);
  });

  it("keeps the order with one worker for many files", async () => {
    const files = await inputs();
    const got = [];
    for await (const source of readInWorkers(files, AS_OF, () => undefined, options(1)))
      got.push(source.file);
    expect(got).toEqual(files.map((f) => f.path));
  });
});
