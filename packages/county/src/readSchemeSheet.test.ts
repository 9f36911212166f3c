import { DEFAULT_SCORING_SCHEME, DEFAULT_SETTINGS, settingsCatalogue } from "@zsyz/indicators";
import type { GridWorkbook } from "@zsyz/ledger";
import { makeSheet } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import type { LedgerSource } from "./LedgerSource.js";
import { parseTierText, readSchemeRows, readSchemeSheet } from "./readSchemeSheet.js";
import { runCounty } from "./runCounty.js";

const catalogue = settingsCatalogue(DEFAULT_SETTINGS);
const HEADER = ["类别", "指标或问题", "分值", "计分方式", "封顶", "分档", "说明"];
const book = (rows: (string | number | null)[][]): GridWorkbook => ({
  file: "任务.xlsx",
  sheets: [makeSheet("考评办法", [HEADER, ...rows])],
});

describe("readSchemeSheet()", () => {
  it("reads a scheme staff wrote: name, linear items with and without a cap, tiers in words, a deduction", () => {
    const read = readSchemeSheet(
      book([
        ["办法名称", "2025年招商引资考评办法", null, null, null, null, null],
        ["考评项目", "签约资金完成率", 40, "按比例", "120%", null, "得分＝40×完成率"],
        [
          "考评项目",
          "到位资金完成率",
          "30分",
          "分档",
          null,
          "100%以上得满分；80%以上得24分；低于80%不得分",
          null,
        ],
        ["考评项目", "外资完成率", 30, null, null, null, null],
        ["扣分项", "疑似重复报送", 3, "每项扣分", "9", null, null],
      ]),
      catalogue,
    );
    // 24 of 30 points is a share of 0.8.
    expect(read).toEqual({
      sheet: "考评办法",
      scheme: {
        name: "2025年招商引资考评办法",
        items: [
          { indicator: "rate_signed", weight: 40, method: "linear", cap: 1.2 },
          {
            indicator: "rate_arrived",
            weight: 30,
            method: "tiers",
            tiers: [
              { atLeast: 1, share: 1 },
              { atLeast: 0.8, share: 0.8 },
            ],
          },
          { indicator: "rate_fdi", weight: 30, method: "linear" },
        ],
        deductions: [{ code: "duplicate_project", points: 3, max: 9 }],
      },
      issues: [],
    });
  });

  it("names the cell of an unknown indicator, a points cell that is not a number and an unknown issue kind, and applies the rest", () => {
    const read = readSchemeSheet(
      book([
        ["考评项目", "签约资金完成率", 60, "按比例", null, null, null],
        ["考评项目", "招商热度", 10, "按比例", null, null, null],
        ["考评项目", "开工率", "十分", "按比例", null, null, null],
        ["考评项目", "资金到位率", 20, "分档", null, "大部分到位得满分", null],
        ["扣分项", "迟报", 1, "每项扣分", null, null, null],
        ["扣分项", "未办结用地手续即开工", 1, "每项扣分", "5", null, null],
      ]),
      catalogue,
    );
    expect(read?.scheme).toEqual({
      name: "考评办法",
      items: [{ indicator: "rate_signed", weight: 60, method: "linear" }],
      deductions: [{ code: "started_without_land", points: 1, max: 5 }],
    });
    expect(read?.issues.map((i) => [i.code, i.sheet, i.cell, i.raw])).toEqual([
      ["settings_invalid", "考评办法", "B3", "招商热度"],
      ["settings_invalid", "考评办法", "C4", "十分"],
      ["settings_invalid", "考评办法", "F5", "大部分到位得满分"],
      ["settings_invalid", "考评办法", "B6", "迟报"],
    ]);
    expect(read?.issues[0]?.message).toBe(
      "设置“考评办法·招商热度”的值“招商热度”无法采用：不是已有的指标名称（如“签约资金完成率”“资金到位率”）。该项未采用（按默认值或其余设置计算），请更正。",
    );
  });

  it("holds 分值, 封顶, 每项扣分 and 最多扣分 to the 设置 form's limits, and says what to write in its words", () => {
    const read = readSchemeSheet(
      book([
        ["考评项目", "签约资金完成率", 1000, "按比例", "10000%", null, null],
        ["考评项目", "到位资金完成率", 1001, "按比例", null, null, null],
        ["考评项目", "资金到位率", 10, "按比例", "10001%", null, null],
        ["考评项目", "开工率", 10, "打分", null, null, null],
        ["扣分项", "疑似重复报送", 100, "每项扣分", "0", null, null],
        ["扣分项", "未办结用地手续即开工", 101, "每项扣分", null, null, null],
        ["扣分项", "长期未开工", 1, "每项扣分", "-1", null, null],
      ]),
      catalogue,
    );
    expect(read?.scheme?.items).toEqual([
      { indicator: "rate_signed", weight: 1000, method: "linear", cap: 100 },
    ]);
    expect(read?.scheme?.deductions).toEqual([{ code: "duplicate_project", points: 100, max: 0 }]);
    expect(read?.issues.map((i) => [i.cell, i.message])).toEqual([
      [
        "C3",
        "设置“考评办法·到位资金完成率”的值“1001”无法采用：分值应为 0 到 1000 之间的数，如“35”。该项未采用（按默认值或其余设置计算），请更正。",
      ],
      [
        "E4",
        "设置“考评办法·资金到位率”的值“10001%”无法采用：封顶应为 0 到 100 之间的数（比率写百分数，0 到 10000%），如“120%”；不封顶请留空。该项未采用（按默认值或其余设置计算），请更正。",
      ],
      [
        "D5",
        "设置“考评办法·开工率”的值“打分”无法采用：计分方式应为“按比例”或“分档”。该项未采用（按默认值或其余设置计算），请更正。",
      ],
      [
        "C7",
        "设置“考评办法·未办结用地手续即开工”的值“101”无法采用：每项扣分应为 0 到 100 之间的数，如“2”。该项未采用（按默认值或其余设置计算），请更正。",
      ],
      [
        "E8",
        "设置“考评办法·长期未开工”的值“-1”无法采用：最多扣分应为不小于 0 的数，如“10”；不封顶请留空。该项未采用（按默认值或其余设置计算），请更正。",
      ],
    ]);
  });

  it("gives no scheme when no 考评项目 row can be used, and says so beside the row's issue", () => {
    const read = readSchemeSheet(
      book([
        ["考评项目", "招商热度", 10, "按比例", null, null, null],
        ["扣分项", "疑似重复报送", 2, "每项扣分", null, null, null],
      ]),
      catalogue,
    );
    expect(read?.scheme).toBeNull();
    expect(read?.issues.map((i) => [i.cell, i.raw])).toEqual([
      ["B2", "招商热度"],
      ["B1", "指标或问题"],
    ]);
    expect(read?.issues[1]?.message).toBe(
      "设置“考评办法”的值“指标或问题”无法采用：表中没有一行可用的考评项目（类别为“考评项目”，有指标名称和分值），整张表未采用。考评得分按「设置」中的考评办法计算；要按本表计分，请至少填好一行考评项目。",
    );
  });

  it("gives no scheme for a filled sheet without its header, naming the first filled row", () => {
    const read = readSchemeSheet(
      {
        file: "任务.xlsx",
        sheets: [
          makeSheet("考评办法", [
            [null, null, null],
            [null, "考核内容", "满分"],
            [null, "签约资金完成率", 40],
          ]),
        ],
      },
      catalogue,
    );
    expect(read?.scheme).toBeNull();
    expect(read?.issues.map((i) => [i.code, i.sheet, i.cell, i.raw])).toEqual([
      ["settings_invalid", "考评办法", "B2", "考核内容、满分"],
    ]);
    expect(read?.issues[0]?.message).toContain(
      "前 10 行中没有找到含“指标或问题”和“分值”两列的表头，整张表未采用。考评得分按「设置」中的考评办法计算；要按本表计分，请按“新建台账”生成的表头填写。",
    );
  });

  it("leaves the settings' scheme in force, silently, while the sheet is absent, blank or only a header", () => {
    expect(readSchemeSheet(book([]), catalogue)).toBeNull();
    expect(readSchemeSheet({ file: "任务.xlsx", sheets: [] }, catalogue)).toBeNull();
    const blank = { file: "任务.xlsx", sheets: [makeSheet("考评办法", [[null, ""]])] };
    expect(readSchemeSheet(blank, catalogue)).toBeNull();
  });

  it("scores the units of a county run by the sheet's scheme, worked out by hand", async () => {
    const ledger = (unit: string, signedAmt: number, arrived: number): LedgerSource => ({
      file: `${unit}.xlsx`,
      workbook: {
        file: `${unit}.xlsx`,
        sheets: [
          makeSheet("台账", [
            [`${unit}2024年招商引资项目台账`],
            ["项目名称", "投资方", "签约类型", "签约时间", "签约资金", "本年到位资金", "项目状态"],
            [`${unit}新材料项目`, `${unit}公司`, "合同", "2024-03-01", signedAmt, arrived, "签约"],
          ]),
        ],
      },
    });
    // 考评办法 before the target table, as a county may order its sheets.
    const targetBook: GridWorkbook = {
      file: "任务.xlsx",
      sheets: [
        makeSheet("考评办法", [
          HEADER,
          ["办法名称", "2024年考评办法", null, null, null, null, null],
          ["考评项目", "签约资金完成率", 60, "按比例", "100%", null, null],
          [
            "考评项目",
            "到位资金完成率",
            40,
            "分档",
            null,
            "90%以上得满分；50%以上得满分的50%",
            null,
          ],
          ["考评项目", "招商热度", 10, "按比例", null, null, null],
        ]),
        makeSheet("任务", [
          ["单位", "年度签约资金任务", "年度到位资金任务"],
          ["甲镇", 1000, 1000],
          ["乙镇", 1000, 1000],
        ]),
      ],
    };
    const run = await runCounty({
      ledgers: [ledger("甲镇", 1300, 500), ledger("乙镇", 800, 950)],
      targets: { file: targetBook.file, workbook: targetBook },
      asOf: "2024-09-30",
    });
    // 甲镇: 签约 130% capped at 100% × 60 = 60; 到位 50% reaches the 50% tier: 40 × 0.5 = 20 → 80.
    // 乙镇: 签约 80% × 60 = 48; 到位 95% reaches 90%: 40 → 88. No deductions in this scheme.
    expect(
      run.results.units.map((u) => [u.unit, u.indicators.score, u.indicators.rank_score]),
    ).toEqual([
      ["甲镇", 80, 2],
      ["乙镇", 88, 1],
    ]);
    const score = run.plan.sheets.find((s) => s.name === "考评得分")!;
    expect(score.cells.find((c) => c.row === 0)?.value).toBe("招商引资考评得分（2024年考评办法）");
    // Only the unknown indicator is reported about the target workbook: 考评办法 is no target table.
    expect(
      run.issues.filter((i) => i.file === "任务.xlsx").map((i) => [i.code, i.sheet, i.cell]),
    ).toEqual([["settings_invalid", "考评办法", "B5"]]);
  });

  it("reads the pane form's rows the same way, naming the row and column of what it cannot use", () => {
    const read = readSchemeRows(
      [
        HEADER,
        ["考评项目", "签约资金完成率", 100, "按比例", "一百", null, null],
        ["扣分项", "疑似重复报送", 2, "每项扣分", null, null, null],
      ],
      catalogue,
      DEFAULT_SCORING_SCHEME,
    );
    expect(read?.problems).toEqual([
      {
        row: 1,
        col: 4,
        subject: "签约资金完成率",
        detail: "封顶应为 0 到 100 之间的数（比率写百分数，0 到 10000%），如“120%”；不封顶请留空",
      },
    ]);
    // No usable item: the given scheme stays.
    expect(read?.scheme).toBe(DEFAULT_SCORING_SCHEME);
  });
});

describe("parseTierText()", () => {
  it("reads tiers in words, as shares of the item's points, highest first", () => {
    expect(parseTierText("60%以上得9分；100%以上得满分; 低于60%不得分", 15, true)).toEqual([
      { atLeast: 1, share: 1 },
      { atLeast: 0.6, share: 0.6 },
    ]);
    expect(parseTierText("达到3得满分，达到1得满分的50%", 10, false)).toEqual([
      { atLeast: 3, share: 1 },
      { atLeast: 1, share: 0.5 },
    ]);
    expect(parseTierText("看情况", 10, true)).toBeNull();
  });
});
