import { policySheetTemplate } from "@zsyz/county";
import { DEFAULT_SETTINGS } from "@zsyz/indicators";
import { DEFAULT_COUNTING_POLICY } from "@zsyz/ledger";
import { makeSheet, sampleLedgers, sampleTargets } from "@zsyz/ledger/samples";
import { writeGrid } from "@zsyz/xlsx";
import { describe, expect, it } from "vitest";
import { inputKind } from "../inputKind.js";
import type { SummaryJson } from "@zsyz/county";
import type { Job, JobInput, RunView } from "./protocol.js";
import { INPUT_MESSAGES } from "./readInput.js";
import { runJob } from "./runJob.js";

const AS_OF = "2024-09-30";
const ledgers = sampleLedgers(2024);
const xlsx = (name: string, bytes: Uint8Array): JobInput => ({
  name,
  file: new Blob([bytes as Uint8Array<ArrayBuffer>]),
  kind: inputKind(name),
});
const townships = (): JobInput[] =>
  ledgers.slice(0, 3).map((wb, i) => xlsx(`乡镇/${i + 1}.xlsx`, writeGrid(wb)));
const targetTable = (name: string) => xlsx(name, writeGrid(sampleTargets()));
const job = (
  inputs: JobInput[],
  targets: Job["targets"] = { mode: "auto" },
  more: Partial<Job> = {},
): Job => ({ inputs, targets, asOf: AS_OF, previous: null, settings: DEFAULT_SETTINGS, ...more });
const noop = () => {};
const summaryOf = async (view: RunView) => JSON.parse(await view.summary.text()) as SummaryJson;

describe("runJob()", () => {
  it("finds a 任务分解表 by its name and headers, and does not count it as a ledger", async () => {
    const { view } = await runJob(job([...townships(), targetTable("任务分解表.xlsx")]), noop);
    expect(view.targetsFile).toBe("任务分解表.xlsx");
    expect(view.targetsFound).toBe("headers");
    expect(view.files.map((f) => f.file)).toEqual(["乡镇/1.xlsx", "乡镇/2.xlsx", "乡镇/3.xlsx"]);
    expect((await summaryOf(view)).total?.indicators.rate_signed).toEqual(expect.any(Number));
  });

  it("finds a target table named like a ledger by its headers, with the same figures", async () => {
    const named = await runJob(job([...townships(), targetTable("任务分解表.xlsx")]), noop);
    const seen: string[] = [];
    const hidden = await runJob(job([targetTable("0-县里发的.xlsx"), ...townships()]), (_, __, f) =>
      seen.push(f),
    );
    expect(hidden.view.targetsFile).toBe("0-县里发的.xlsx");
    expect(hidden.view.files.map((f) => f.file)).not.toContain("0-县里发的.xlsx");
    expect((await summaryOf(hidden.view)).total).toEqual((await summaryOf(named.view)).total);
    expect(hidden.view.rows).toEqual(named.view.rows);
    // Read once while searching, then again with the target table known.
    expect(seen.filter((f) => f === "乡镇/1.xlsx")).toHaveLength(2);
  });

  it("uses the table the user chose, and none when told so", async () => {
    const inputs = [...townships(), targetTable("任务分解表.xlsx")];
    const chosen = await runJob(job(inputs, { mode: "file", name: "任务分解表.xlsx" }), noop);
    expect([chosen.view.targetsFile, chosen.view.targetsFound]).toEqual([
      "任务分解表.xlsx",
      "chosen",
    ]);
    const none = await runJob(job(townships(), { mode: "none" }), noop);
    expect(none.view.targetsFile).toBeNull();
    expect((await summaryOf(none.view)).total?.indicators.rate_signed).toBeNull();
  });

  it("reports progress per file, ending with every file read", async () => {
    const calls: [number, number, string][] = [];
    await runJob(job(townships(), { mode: "none" }), (d, t, f) => calls.push([d, t, f]));
    expect(calls).toEqual([
      [0, 3, "乡镇/1.xlsx"],
      [1, 3, "乡镇/2.xlsx"],
      [2, 3, "乡镇/3.xlsx"],
      [3, 3, ""],
    ]);
  });

  it("reads an .xlsx renamed to .xls, refuses a real old-format file, keeps both accounted", async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const { view } = await runJob(
      job(
        [
          xlsx("改名.xls", writeGrid(ledgers[0]!)),
          xlsx("旧版.et", ole),
          xlsx("说明.docx", new Uint8Array(10)),
        ],
        { mode: "none" },
      ),
      noop,
    );
    expect(view.files.map((f) => [f.file, f.status, f.message])).toEqual([
      ["改名.xls", "ok", undefined],
      ["旧版.et", "error", INPUT_MESSAGES.legacy],
      ["说明.docx", "error", INPUT_MESSAGES.other],
    ]);
    expect(view.rows.read).toBe(view.files[0]!.rows);
  });

  it("compares with the 上期汇总 the user chose, and goes on without it when it is a later one", async () => {
    const inputs = [...townships(), targetTable("任务分解表.xlsx")];
    const june = await runJob(job(inputs, { mode: "auto" }, { asOf: "2024-06-30" }), noop);
    const previous = { name: "6月汇总.json", file: june.view.summary };
    const september = await runJob(job(inputs, { mode: "auto" }, { previous }), noop);
    expect(september.view.previousFile).toBe("6月汇总.json");
    const compared = await summaryOf(september.view);
    expect(compared.total?.previous?.asOf).toBe("2024-06-30");
    expect(september.view.issues.map((i) => i.code)).not.toContain("previous_unusable");

    // September's summary is not an earlier period for a run as of June: said, and no comparison.
    const later = { name: "9月汇总.json", file: september.view.summary };
    const back = await runJob(
      job(inputs, { mode: "auto" }, { asOf: "2024-06-30", previous: later }),
      noop,
    );
    const unusable = back.view.issues.filter((i) => i.code === "previous_unusable");
    expect(unusable).toHaveLength(1);
    expect(unusable[0]!.message).toContain("9月汇总.json");
    expect((await summaryOf(back.view)).total?.previous).toBeUndefined();
    expect(back.view.rows).toEqual(june.view.rows);
  });

  it("computes with the page's settings: its size bands and county name", async () => {
    const settings = { ...DEFAULT_SETTINGS, countyName: "全区", sizeBands: [5000] };
    const { view } = await runJob(job(townships(), { mode: "none" }, { settings }), noop);
    const total = (await summaryOf(view)).total!.indicators;
    expect(Object.keys(total).filter((k) => k.startsWith("n_signed_ge_"))).toEqual([
      "n_signed_ge_5000",
    ]);
    expect(view.headline).toMatch(/^截至 2024-09-30：全区新签约项目/);
    expect(view.ruleSheets).toEqual([]);
  });

  it("lets the target workbook's 统计口径 sheet win over the settings', and names it", async () => {
    // 设置 would leave out every new project under 10 亿元; the sheet says the default policy.
    const strict = {
      ...DEFAULT_SETTINGS,
      countingPolicy: { ...DEFAULT_COUNTING_POLICY, minSigned: 100_000 },
    };
    const policy = policySheetTemplate(DEFAULT_COUNTING_POLICY);
    const withSheet = {
      ...sampleTargets(),
      sheets: [
        ...sampleTargets().sheets,
        makeSheet(" 统计口径", [policy.columns.map((c) => c.header), ...(policy.rows ?? [])]),
      ],
    };
    const inputs = [...townships(), xlsx("任务分解表.xlsx", writeGrid(withSheet))];
    const ruled = await runJob(job(inputs, { mode: "auto" }, { settings: strict }), noop);
    expect(ruled.view.ruleSheets).toEqual([{ sheet: " 统计口径", part: "counting" }]);
    const plain = await runJob(job([...townships(), targetTable("任务分解表.xlsx")]), noop);
    const strictOnly = await runJob(
      job([...townships(), targetTable("任务分解表.xlsx")], { mode: "auto" }, { settings: strict }),
      noop,
    );
    const n = async (v: RunView) => (await summaryOf(v)).total!.indicators.n_signed;
    expect(await n(ruled.view)).toBe(await n(plain.view));
    expect(await n(strictOnly.view)).toBeLessThan(Number(await n(plain.view)));
  });

  it("announces a 考评办法 sheet it could use, and not one without its header, which 问题清单 explains", async () => {
    const withScheme = (rows: (string | number | null)[][]) =>
      xlsx(
        "任务分解表.xlsx",
        writeGrid({
          ...sampleTargets(),
          sheets: [...sampleTargets().sheets, makeSheet("考评办法", rows)],
        }),
      );
    const good = await runJob(
      job([
        ...townships(),
        withScheme([
          ["类别", "指标或问题", "分值"],
          ["考评项目", "签约资金完成率", 100],
        ]),
      ]),
      noop,
    );
    expect(good.view.ruleSheets).toEqual([{ sheet: "考评办法", part: "scoring" }]);
    expect(good.view.issues.filter((i) => i.sheet === "考评办法")).toEqual([]);

    const headless = await runJob(
      job([
        ...townships(),
        withScheme([
          ["考核内容", "满分"],
          ["签约资金完成率", 100],
        ]),
      ]),
      noop,
    );
    expect(headless.view.targetsFile).toBe("任务分解表.xlsx");
    expect(headless.view.ruleSheets).toEqual([]);
    const why = headless.view.issues.filter((i) => i.sheet === "考评办法");
    expect(why.map((i) => [i.file, i.cell, i.raw])).toEqual([
      ["任务分解表.xlsx", "A1", "考核内容、满分"],
    ]);
    expect(why[0]!.message).toContain("没有找到含“指标或问题”和“分值”两列的表头，整张表未采用");
  });
});
