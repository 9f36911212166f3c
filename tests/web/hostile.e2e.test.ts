// The hostile corpora of issue 15 (tests/helpers/hostileCorpus.ts: files and data) and the bad files of issue 10
// (corrupt, empty, encrypted, renamed, old formats, lock files), put in one folder and run
// through the page's Worker from file:// and through `zsyz merge`: every file must get the same
// outcome (merged with all its rows, or refused with its message) while the others merge.
import { mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  HOSTILE_AS_OF,
  hostileCorpus,
  hostileDataCorpus,
  type HostileFile,
} from "../helpers/hostileCorpus.js";
import { runZsyz, type SummaryJson } from "../helpers/runZsyz.js";
import {
  ARTIFACTS,
  buildPage,
  downloadSummary,
  launchChromium,
  openPage,
  type OpenPage,
  runCheck,
} from "./webPage.js";

const FOLDER = "乡镇报送";
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The bad files a county office receives, beside the hostile corpus. */
function badFiles(): { name: string; bytes: Uint8Array }[] {
  const bytes = (...parts: (number[] | string | Uint8Array)[]) =>
    Buffer.concat(
      parts.map((p) =>
        typeof p === "string" ? Buffer.from(p, "utf16le") : Buffer.from(p as Uint8Array),
      ),
    );
  return [
    { name: "空文件.xlsx", bytes: new Uint8Array(0) },
    { name: "损坏.xlsx", bytes: bytes([0x50, 0x4b, 0x03, 0x04], new Uint8Array(500).fill(3)) },
    { name: "文本改名.xlsx", bytes: Buffer.from("序号,项目名称,签约资金\n1,甲,100\n", "utf8") },
    { name: "加密.xlsx", bytes: bytes(OLE, new Uint8Array(64), "EncryptionInfo") },
    { name: "旧版.xls", bytes: bytes(OLE, new Uint8Array(512)) },
    { name: "WPS表格.et", bytes: bytes(OLE, new Uint8Array(512)) },
    // Skipped in a folder by both: a lock file, a hidden file, a text file.
    { name: "~$正常.xlsx", bytes: Buffer.from("lock") },
    { name: ".隐藏.xlsx", bytes: Buffer.from("hidden") },
    { name: "说明.txt", bytes: Buffer.from("各乡镇请于每月5日前报送") },
  ];
}

let browser: Browser;
let opened: OpenPage;
let page: Page;
let corpus: HostileFile[];
let cli: SummaryJson;
let web: SummaryJson;

beforeAll(async () => {
  buildPage();
  const dir = await mkdtemp(join(tmpdir(), "zsyz-web-hostile-"));
  await mkdir(join(dir, FOLDER));
  corpus = [...hostileCorpus(), ...hostileDataCorpus()];
  for (const { name, bytes } of [...corpus, ...badFiles()])
    await writeFile(join(dir, FOLDER, name), bytes);
  const run = runZsyz(
    [
      "merge",
      FOLDER,
      "--as-of",
      HOSTILE_AS_OF,
      "--out",
      "县汇总.xlsx",
      "--json",
      "汇总.json",
      "-q",
    ],
    { cwd: dir },
  );
  expect(run.code, run.stderr).toBe(1);
  cli = JSON.parse(await readFile(join(dir, "汇总.json"), "utf8")) as SummaryJson;
  browser = await launchChromium();
  opened = await openPage(browser);
  page = opened.page;
  await page.getByTestId("pick-folder").setInputFiles(join(dir, FOLDER));
  await runCheck(page, HOSTILE_AS_OF);
  await page.screenshot({ path: join(ARTIFACTS, "web-hostile.png"), fullPage: true });
  web = await downloadSummary<SummaryJson>(page, "hostile.json");
});

afterAll(async () => {
  await browser?.close();
});

const outcome = (s: SummaryJson, file: string) => s.files.find((f) => f.file === file);

describe("招商台账助手.html over the hostile corpus and bad files", () => {
  it("reads the same files as the CLI: lock, hidden and non-Excel files skipped", () => {
    expect(web.files.map((f) => f.file)).toEqual(cli.files.map((f) => f.file));
    expect(web.files).toHaveLength(corpus.length + 6);
  });

  it("gives every hostile file the outcome the corpus names", () => {
    for (const { name, expect: want } of corpus) {
      const got = outcome(web, `${FOLDER}/${name}`);
      expect({ name, status: got?.status, rows: got?.rows }).toEqual({
        name,
        status: want.status,
        rows: want.rows,
      });
      if (want.status === "error") expect(got?.message, name).toContain(want.message);
    }
  });

  it("refuses each bad file with its own Chinese message", () => {
    const message = (name: string) => outcome(web, `${FOLDER}/${name}`)?.message ?? "";
    expect(message("空文件.xlsx")).toContain("文件是空的");
    expect(message("损坏.xlsx")).toContain("文件已损坏");
    expect(message("文本改名.xlsx")).toContain("不是 Excel 工作簿");
    expect(message("加密.xlsx")).toContain("打开密码");
    expect(message("旧版.xls")).toContain("请用 WPS/Excel 另存为 .xlsx 后再试");
    expect(message("WPS表格.et")).toContain("请用 WPS/Excel 另存为 .xlsx 后再试");
  });

  it("has the CLI's outcome for every file: status, rows, unit, and the same message", () => {
    for (const mine of web.files) {
      const theirs = outcome(cli, mine.file)!;
      expect({ ...mine, message: undefined }).toEqual({ ...theirs, message: undefined });
      // Old formats: the CLI tries LibreOffice, the page cannot; both refuse them.
      if (!/\.(xls|et)$/.test(mine.file)) expect(mine.message).toBe(theirs.message);
    }
  });

  it("merges the rest with the CLI's accounting and issues", () => {
    expect(web.rows).toEqual(cli.rows);
    expect(web.rows.read).toBe(web.rows.merged + web.rows.rejected);
    // The hostile files' rows, then the data corpus's: 天文数字 4, 像合计的项目名 6, 控制字符 2,
    // 美元金额 2, 同名工作表的台账 2 (表头在第40行 is refused).
    expect(web.rows.read).toBe(3 + 5 + 4 + 4 + 2_000 + (4 + 6 + 2 + 2 + 2));
    expect(web.total).toEqual(cli.total);
    const strip = (s: SummaryJson) =>
      s.issues.filter((i) => !/\.(xls|et)$/.test(i.file)).map((i) => ({ ...i }));
    expect(strip(web)).toEqual(strip(cli));
  });

  it("loaded nothing but the file itself, and logged no error", () => {
    expect(opened.requests.filter((u) => !u.startsWith("blob:"))).toEqual([opened.url]);
    expect(opened.errors).toEqual([]);
  });
});
