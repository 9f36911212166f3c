// Outputs that would overwrite an input are refused before any work starts: exit 2, a Chinese
// message naming the option and the file, every input byte for byte as it was, nothing written.
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { FIXTURES, hashFile, runZsyz } from "../helpers/runZsyz.js";

let dir: string;
let before: Map<string, string>;

async function hashes(): Promise<Map<string, string>> {
  // Every file, so a stray output (县汇总.xlsx, a .json, a temp file) shows up too.
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
  return new Map(files.map((f) => [f, hashFile(join(dir, f))]));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "zsyz-outputs-e2e-"));
  await cp(FIXTURES, dir, { recursive: true });
  before = await hashes();
});

const merge = (...args: string[]) =>
  runZsyz(
    ["merge", "台账", "--targets", "任务分解表.xlsx", "--as-of", "2024-09-30", "-q", ...args],
    {
      cwd: dir,
    },
  );

describe("zsyz merge never writes over its inputs", () => {
  it.each([
    [
      ["--out", "县汇总.xlsx", "--json", "台账/东城街道.xlsx"],
      /--json 指定的输出文件 台账\/东城街道\.xlsx 就是台账/,
    ],
    [["--out", "任务分解表.xlsx"], /--out 指定的输出文件 任务分解表\.xlsx 就是任务分解表/],
    [["--out", "县汇总.xlsx", "--json", "./县汇总.xlsx"], /--out 和 --json 指定了同一个文件/],
    [["--out", "县汇总.xlsx", "--json", "没有/汇总.json"], /--json 指定的输出文件夹 没有 不存在/],
  ])(
    "refuses %j with exit 2, writes nothing and leaves every input as it was",
    async (args, message) => {
      const run = merge(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(await hashes()).toEqual(before);
    },
  );
});

describe("zsyz check never writes over its inputs", () => {
  it("refuses --json naming one of the ledgers", async () => {
    const run = runZsyz(["check", "台账", "--json", "台账/北山镇.xlsx", "-q"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--json 指定的输出文件 台账\/北山镇\.xlsx 就是台账/);
    expect(await hashes()).toEqual(before);
  });
});
