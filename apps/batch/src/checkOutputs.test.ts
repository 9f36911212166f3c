import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkOutputs } from "./checkOutputs.js";
import { UsageError } from "./UsageError.js";

let dir: string;
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zsyz-outputs-"));
  await mkdir(at("台账"));
  await writeFile(at("台账/城关镇.xlsx"), "x");
  await writeFile(at("任务分解表.xlsx"), "x");
  await symlink(at("台账"), at("链接"));
});

const ledgers = () => [{ kind: "台账" as const, path: at("台账/城关镇.xlsx") }];
const targets = () => ({ kind: "任务分解表" as const, path: at("任务分解表.xlsx") });

describe("checkOutputs()", () => {
  it("lets new files in existing folders through", () => {
    expect(() =>
      checkOutputs(
        [
          { option: "--out", path: at("县汇总.xlsx") },
          { option: "--json", path: at("汇总.json") },
        ],
        [...ledgers(), targets()],
      ),
    ).not.toThrow();
  });

  it("refuses --json naming one of the ledgers", () => {
    expect(() =>
      checkOutputs([{ option: "--json", path: at("台账/城关镇.xlsx") }], ledgers()),
    ).toThrowError(/--json 指定的输出文件 .*城关镇\.xlsx 就是台账/);
  });

  it("refuses --out naming the target table", () => {
    expect(() =>
      checkOutputs([{ option: "--out", path: at("任务分解表.xlsx") }], [...ledgers(), targets()]),
    ).toThrowError(/就是任务分解表/);
  });

  it("refuses --json and --out naming the same file", () => {
    expect(() =>
      checkOutputs(
        [
          { option: "--out", path: at("县汇总.xlsx") },
          { option: "--json", path: at("./县汇总.xlsx") },
        ],
        ledgers(),
      ),
    ).toThrowError(/--out 和 --json 指定了同一个文件/);
  });

  it("sees a ledger through a linked folder as the same file", () => {
    expect(() =>
      checkOutputs([{ option: "--json", path: at("链接/城关镇.xlsx") }], ledgers()),
    ).toThrowError(UsageError);
  });

  it("refuses a --json into a folder that does not exist, before anything is written", () => {
    expect(() =>
      checkOutputs(
        [
          { option: "--out", path: at("县汇总.xlsx") },
          { option: "--json", path: at("没有的文件夹/汇总.json") },
        ],
        ledgers(),
      ),
    ).toThrowError(/--json 指定的输出文件夹 .*没有的文件夹 不存在/);
  });
});
