// Test-only: loads the committed sample files. Tests run in Node alone, so reading the disk
// here does not touch the package's purity (its runtime code never imports this).
// eslint-disable-next-line no-restricted-imports -- test helper, Node only
import { readdirSync, readFileSync } from "node:fs";

const ROOT = new URL("../../../test-data/", import.meta.url);

/** Names of the files in a test-data folder ("corpus", "样例"), snapshots excluded. */
export function listTestData(group: string): string[] {
  return readdirSync(new URL(`${group}/`, ROOT))
    .filter((name) => !name.endsWith(".json"))
    .sort();
}

/** Bytes of a committed test file. */
export function readTestBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path, ROOT)));
}

/** A committed JSON snapshot, parsed. */
export function readTestJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, ROOT), "utf8")) as unknown;
}
