import { settingsCatalogue, DEFAULT_SETTINGS } from "@zsyz/indicators";
import { requirementTemplate } from "@zsyz/ledger";
import { makeSheet } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { readRequirementSheet } from "./readRequirementSheet.js";

const catalogue = settingsCatalogue(DEFAULT_SETTINGS);
const book = (rows: (string | number | null)[][]) => {
  const t = requirementTemplate(catalogue.map((c) => c.def.name));
  return {
    file: "任务.xlsx",
    sheets: [makeSheet(t.sheetName, [t.columns.map((c) => c.header), ...rows])],
  };
};

describe("readRequirementSheet()", () => {
  it("reads the sheet 新建台账 creates once staff fill it in: names, percentages, plain fractions", () => {
    expect(
      readRequirementSheet(
        book([
          ["资金到位率", "50%以上", "市考核办法"],
          ["开工率", 1, null],
          ["签约资金完成率", "75", null],
        ]),
        catalogue,
      ),
    ).toEqual({
      sheet: "达标要求",
      requirements: [
        { indicator: "arrival_rate_new", atLeast: 0.5 },
        { indicator: "start_rate_new", atLeast: 1 },
        { indicator: "rate_signed", atLeast: 0.75 },
      ],
      issues: [],
    });
  });

  it("finds an indicator however its name is spaced or in which width, as settings and expressions do", () => {
    const read = readRequirementSheet(
      book([
        ["资金 到位率", "50%", null],
        ["签约超／欠进度", 0, null],
      ]),
      catalogue,
    );
    expect(read?.requirements?.map((r) => r.indicator)).toEqual([
      "arrival_rate_new",
      "prog_gap_pp_signed",
    ]);
  });

  it("names the cell of a line that is not a number, in the 设置 form's words for a 达标线, and keeps the other rows", () => {
    const read = readRequirementSheet(
      book([
        ["资金到位率", "一半", null],
        ["开工率", "80%", null],
      ]),
      catalogue,
    );
    expect(read?.requirements).toEqual([{ indicator: "start_rate_new", atLeast: 0.8 }]);
    expect(read?.issues.map((i) => [i.cell, i.message])).toEqual([
      [
        "B2",
        "设置“达标要求·资金到位率”的值“一半”无法采用：达标值应为数字（比率写百分数，50 即 50%），如“50”。该项未采用（按默认值或其余设置计算），请更正。",
      ],
    ]);
  });

  it("gives no requirements for a filled sheet without its header, and says why at its first row", () => {
    const read = readRequirementSheet(
      {
        file: "任务.xlsx",
        sheets: [
          makeSheet("达标要求", [
            ["考核内容", "标准"],
            ["资金到位率", "50%"],
          ]),
        ],
      },
      catalogue,
    );
    expect(read?.requirements).toBeNull();
    expect(read?.issues.map((i) => [i.code, i.cell, i.raw])).toEqual([
      ["settings_invalid", "A1", "考核内容、标准"],
    ]);
    expect(read?.issues[0]?.message).toBe(
      "设置“达标要求”的值“考核内容、标准”无法采用：前 10 行中没有找到含“指标”和“达标值”两列的表头，整张表未采用。达标要求按「设置」计算；要按本表判断达标，请按“新建台账”生成的表头填写。",
    );
  });

  it("leaves the settings' requirements in force while the sheet is empty or absent", () => {
    expect(readRequirementSheet(book([]), catalogue)).toBeNull();
    expect(readRequirementSheet({ file: "任务.xlsx", sheets: [] }, catalogue)).toBeNull();
  });
});
