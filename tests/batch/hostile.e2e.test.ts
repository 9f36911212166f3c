// Ordinary Excel features and hostile packages in small files (issue 15, class 2): each must cost
// bounded time and memory and end either merged or in a per-file Chinese message, while the
// other files merge and the accounting balances. The files come from tests/helpers/hostileCorpus.ts,
// which the web page's Worker test runs too.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  HOSTILE_AS_OF,
  hostileCorpus,
  hostileDataCorpus,
  type HostileFile,
} from "../helpers/hostileCorpus.js";
import { runZsyz, type SummaryJson } from "../helpers/runZsyz.js";

let corpus: HostileFile[];
let summary: SummaryJson;
let code: number;
let stdout: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "zsyz-hostile-"));
  corpus = [...hostileCorpus(), ...hostileDataCorpus()];
  for (const { name, bytes } of corpus) await writeFile(join(dir, name), bytes);
  const run = runZsyz(
    ["merge", ".", "--as-of", HOSTILE_AS_OF, "--out", "县汇总.xlsx", "--json", "汇总.json", "-q"],
    { cwd: dir },
  );
  code = run.code;
  stdout = run.stdout;
  summary = JSON.parse(await readFile(join(dir, "汇总.json"), "utf8")) as SummaryJson;
});

const file = (name: string) => summary.files.find((f) => f.file === name)!;

describe("zsyz merge over ordinary features and hostile packages", () => {
  it("finishes with a result for every file, never an internal error", () => {
    expect(code).toBe(1); // data errors (the refused files), not "cannot run"
    expect(new Set(summary.files.map((f) => f.file))).toEqual(new Set(corpus.map((f) => f.name)));
  });

  it("gives every file the outcome the corpus names: all its projects, or its Chinese message", () => {
    for (const { name, expect: outcome } of corpus) {
      const got = file(name);
      expect({ name, status: got.status, rows: got.rows }).toEqual({
        name,
        status: outcome.status,
        rows: outcome.rows,
      });
      if (outcome.status === "error") expect(got.message, name).toContain(outcome.message);
      else if (outcome.issues) {
        const own = summary.issues
          .filter((i) => i.file === name)
          .map((i) => `${i.code} ${i.sheet}!${i.cell}`);
        expect(own, name).toEqual(expect.arrayContaining([...outcome.issues]));
      }
    }
  });

  it("prints none of the control characters the ledgers hold", () => {
    // eslint-disable-next-line no-control-regex
    expect(stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(stdout).toContain("控制字符.xlsx");
  });

  it("pins the outcomes by hand: which files merge, which are refused", () => {
    // Independent of the corpus module's `expect`, so a slip there cannot pass unnoticed.
    expect(file("正常.xlsx")).toMatchObject({ status: "ok", rows: 3 });
    expect(file("十二列下拉.xlsx")).toMatchObject({ status: "ok", rows: 5 });
    expect(file("三个整列合并.xlsx")).toMatchObject({ status: "ok", rows: 4 });
    expect(file("两万个合并.xlsx")).toMatchObject({ status: "ok", rows: 4 });
    expect(file("XFD列.xlsx")).toMatchObject({ status: "ok", rows: 2000 });
    expect(file("整表合并.xlsx").message).toContain("没有找到项目台账表头");
    expect(file("压缩炸弹.xlsx").message).toContain("压缩炸弹");
    expect(file("实体声明.xlsx").message).toContain("DOCTYPE");
    expect(file("天文数字.xlsx")).toMatchObject({ status: "ok", rows: 4 });
    expect(file("像合计的项目名.xlsx")).toMatchObject({ status: "ok", rows: 6 });
    expect(file("美元金额.xlsx")).toMatchObject({ status: "ok", rows: 2 });
    expect(file("同名工作表的台账.xlsx")).toMatchObject({
      status: "ok",
      rows: 2,
      sheet: "项目明细",
    });
    expect(file("表头在第40行.xlsx").message).toContain("第 40 行像是表头，但表头必须在前 30 行内");
  });

  it("balances the accounting over all of them: read = merged + rejected = the files' rows", () => {
    const { read, merged, rejected } = summary.rows;
    expect(read).toBe(merged + rejected);
    expect(read).toBe(summary.files.reduce((n, f) => n + f.rows, 0));
    expect(merged).toBe(3 + 5 + 4 + 4 + 2000 + (4 + 6 + 2 + 2 + 2));
  });

  it("counts the readable amounts only: a file of n projects signs 1000n + n(n+1)/2, the data files 7,700 万元", () => {
    // 正常 3 → 3,006; 十二列下拉 5 → 5,015; 三个整列合并 4 → 4,010; 两万个合并 4 → 4,010;
    // XFD列 2,000 → 4,001,000. 天文数字 800 (three cells unreadable); 像合计的项目名 6 × 1,000;
    // 控制字符 100; 美元金额 100 (100万美元 unreadable); 同名工作表的台账 300 + 400.
    expect(summary.total.indicators.amt_signed).toBe(4_017_041 + 7_700);
  });
});
