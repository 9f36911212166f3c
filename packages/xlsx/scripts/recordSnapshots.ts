/* eslint-disable no-restricted-imports -- a Node script run by hand from the repo root, not part of the package */
// Records what today's exceljs-based reader (apps/batch loadWorkbook → readGrid) gives for
// every sample ledger and every bad-input corpus file, into packages/xlsx/test-data/, so
// readXlsx's tests can assert the same grids after exceljs is gone.
// Run from the repo root while exceljs is installed:  npx tsx packages/xlsx/scripts/recordSnapshots.ts
import { copyFile, mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { loadWorkbook } from "../../../apps/batch/src/loadWorkbook.js";
import { readGrid } from "../../../apps/batch/src/xlsx/readGrid.js";
import { buildCorpus } from "../../../tests/batch/corpus.js";
import { BIG_CASES } from "../src/read/testing/bigCases.js";
import { hashText, toJson, toSnapshot } from "../src/read/testing/snapshot.js";

const ROOT = new URL("../../../", import.meta.url).pathname;
const OUT = join(ROOT, "packages/xlsx/test-data");
const MAX_COMMITTED = 200 * 1024;

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out.sort();
}

async function record(group: string, files: readonly string[]): Promise<void> {
  const dir = join(OUT, group);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const path of files) {
    const name = basename(path);
    if ((await stat(path)).size > MAX_COMMITTED) {
      console.log(`skip ${group}/${name} (over ${MAX_COMMITTED} bytes; see big cases)`);
      continue;
    }
    const result = await loadWorkbook(path, name);
    await copyFile(path, join(dir, name));
    let text = JSON.stringify(toSnapshot(result), null, 1);
    // A 10 MB text cell would make a 10 MB snapshot: keep its hash instead.
    if (text.length > MAX_COMMITTED && result.ok)
      text = JSON.stringify({ ok: true, hash: hashText(toJson(result.workbook)) }, null, 1);
    await writeFile(join(dir, `${name}.json`), `${text}\n`);
    console.log(`${group}/${name}: ${result.ok ? "grid" : result.message}`);
  }
}

async function recordBig(): Promise<void> {
  const hashes: Record<string, { rows: number; hash: string }> = {};
  for (const [name, build] of Object.entries(BIG_CASES)) {
    const workbook = await readGrid(build(), `${name}.xlsx`);
    hashes[name] = {
      rows: workbook.sheets.reduce((n, s) => n + s.rows.length, 0),
      hash: hashText(toJson(workbook)),
    };
    console.log(`big/${name}: ${JSON.stringify(hashes[name])}`);
  }
  await writeFile(join(OUT, "big.json"), `${JSON.stringify(hashes, null, 1)}\n`);
}

await record("样例", await listFiles(join(ROOT, "fixtures/样例")));
const corpus = await buildCorpus();
await record("corpus", await listFiles(corpus));
await rm(corpus, { recursive: true, force: true });
await recordBig();
