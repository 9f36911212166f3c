import { copyFile, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  FIXTURES,
  hashFile,
  runZsyz,
  type RunResult,
  type SummaryJson as Summary,
} from "../helpers/runZsyz.js";

const LEDGERS = join(FIXTURES, "台账");

describe("zsyz check on the bundled sample ledgers", () => {
  let run: RunResult;
  let summary: Summary;
  let hashes: string[];
  beforeAll(async () => {
    const files = (await readdir(LEDGERS)).map((f) => join(LEDGERS, f));
    hashes = files.map(hashFile);
    const out = join(await mkdtemp(join(tmpdir(), "zsyz-check-")), "问题.json");
    run = runZsyz(["check", LEDGERS, "--as-of", "2024-09-30", "--json", out]);
    summary = JSON.parse(await readFile(out, "utf8")) as Summary;
  });

  it("exits 1 because the samples hold planted errors", () => {
    expect(run.code).toBe(1);
  });

  it("lists each problem under its file with sheet and cell", () => {
    expect(run.stdout).toContain(
      "东城街道.xlsx  东城街道，工作表“9月台账”，10 行项目：1 个错误、6 个警告",
    );
    expect(run.stdout).toContain(
      "警告  9月台账!H4  “签约资金”的值“约1.5”是约数，已按 15000 万元计入。",
    );
    expect(run.stdout).toContain("错误  统计表!A5  缺少必填列“投资方”。");
    expect(run.stdout).toContain("错误  北山镇!G8  “本年到位资金”单元格是错误值“#DIV/0!”");
    expect(run.stdout).toContain(
      "警告  Sheet1!G20  合计行的“签约资金”与上方各行之和不符（合计行 136624 万元，明细之和 137624 万元）",
    );
  });

  it("flags the project reported by two units on both rows", () => {
    const dup = summary.issues.filter((i) => i.code === "duplicate_project");
    expect(dup.map((i) => `${i.file.split("/").pop()}!${i.cell}`).sort()).toEqual([
      "城关镇招商引资项目台账.xlsx!B6",
      "经济开发区项目台账.xlsx!B6",
    ]);
  });

  it("accounts for every project row: read = merged + rejected", () => {
    // The one row without a project name is rejected; the project two units both report is
    // merged on both rows and flagged (the county total counts it once).
    expect(summary.rows).toEqual({ read: 65, merged: 64, rejected: 1 });
    expect(summary.files.reduce((n, f) => n + f.rows, 0)).toBe(summary.rows.read);
  });

  it("writes the summary contract with every issue located", () => {
    expect(summary.version).toBe(2);
    expect(summary.asOf).toBe("2024-09-30");
    expect(summary.files.map((f) => [f.unit, f.status])).toEqual(
      expect.arrayContaining([
        ["城关镇", "ok"],
        ["河西乡", "ok"],
        ["东城街道", "ok"],
        ["经济开发区", "ok"],
        ["北山镇", "ok"],
        ["南湖镇", "ok"],
      ]),
    );
    for (const issue of summary.issues) {
      expect(issue.severity).toMatch(/^(error|warning)$/);
      expect(issue.cell).toMatch(/^([A-Z]+\d+)?$/);
      expect(issue.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const printedErrors = Number(/错误 (\d+) 个/.exec(run.stdout)?.[1]);
    expect(summary.issues.filter((i) => i.severity === "error")).toHaveLength(printedErrors);
  });

  it("never modifies its inputs", async () => {
    const files = (await readdir(LEDGERS)).map((f) => join(LEDGERS, f));
    expect(files.map(hashFile)).toEqual(hashes);
  });
});

describe("zsyz check on bad input", () => {
  it("reports unreadable files by name and still checks the good ones", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-bad-"));
    await copyFile(join(LEDGERS, "北山镇.xlsx"), join(dir, "北山镇.xlsx"));
    await writeFile(join(dir, "空文件.xlsx"), "");
    await writeFile(join(dir, "改名的文本.xlsx"), "项目名称,签约资金\n甲,100\n");
    await writeFile(
      join(dir, "损坏.xlsx"),
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 1)]),
    );
    await writeFile(join(dir, "~$北山镇.xlsx"), "lock");
    const run = runZsyz(["check", dir, "--as-of", "2024-09-30"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("空文件.xlsx  无法读取：文件是空的（0 字节）");
    expect(run.stdout).toContain("改名的文本.xlsx  无法读取：不是 Excel 工作簿");
    expect(run.stdout).toContain("损坏.xlsx  无法读取：文件已损坏");
    expect(run.stdout).toContain("北山镇.xlsx  北山镇，工作表“北山镇”，5 行项目");
    expect(run.stdout).not.toContain("~$");
    expect(run.stdout).toContain("共 4 个文件（3 个无法使用）");
  });

  it("exits 2 with a Chinese message when nothing is given", () => {
    const run = runZsyz(["check"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("请给出要校验的台账文件或文件夹");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 on an as-of date it cannot read", () => {
    const run = runZsyz(["check", LEDGERS, "--as-of", "2024-13-01"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("无法识别截至日期“2024-13-01”");
  });

  it("exits 2 when no file is readable", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-none-"));
    await writeFile(join(dir, "坏.xlsx"), "not a workbook");
    expect(runZsyz(["check", dir]).code).toBe(2);
  });

  it("refuses to write the JSON over an input file", () => {
    const input = join(LEDGERS, "北山镇.xlsx");
    const before = hashFile(input);
    const run = runZsyz(["check", input, "--json", input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("就是台账，写出会覆盖原始文件");
    expect(hashFile(input)).toBe(before);
  });

  it("answers an unknown command with the command list", () => {
    const run = runZsyz(["chek"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不认识的命令“chek”");
  });
});

describe("the bundled fixtures", () => {
  it("are exactly what `zsyz sample` generates", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-sample-"));
    expect(runZsyz(["sample", dir]).code).toBe(0);
    const check = async (folder: string): Promise<unknown> => {
      const out = join(await mkdtemp(join(tmpdir(), "zsyz-fixture-check-")), "结果.json");
      runZsyz(["check", folder, "--as-of", "2024-09-30", "--json", out]);
      const s = JSON.parse(await readFile(out, "utf8")) as Summary;
      return {
        rows: s.rows,
        issues: s.issues.map((i) => ({ ...i, file: i.file.split("/").pop(), message: i.message })),
      };
    };
    expect(await check(join(dir, "台账"))).toEqual(await check(LEDGERS));
  });
});
