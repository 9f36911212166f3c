import { describe, expect, it } from "vitest";
import { clearStatus, markStatus } from "./marksStatus.js";

describe("markStatus()", () => {
  it("says how many cells and notes were marked, and the notes left alone", () => {
    expect(markStatus({ cells: 3, notes: 2, notesSkipped: 1 })).toBe(
      "已标记 3 个单元格，添加批注 2 条；1 个单元格原有批注，未改动。",
    );
  });

  it("tells the user to remove the earlier marks by hand when their record was damaged", () => {
    expect(markStatus({ cells: 1, notes: 1, notesSkipped: 0, damagedRecord: true })).toBe(
      "已标记 1 个单元格，添加批注 1 条。工作簿里的标记记录已损坏，无法知道之前标记了哪些单元格：之前的标记颜色和批注请手动清除。",
    );
  });
});

describe("clearStatus()", () => {
  it("says the same about a damaged record, and that marking works again", () => {
    expect(
      clearStatus({ restored: 0, keptUserFill: 0, notesRemoved: 0, damagedRecord: true }),
    ).toBe(
      "工作簿里的标记记录已损坏，无法知道之前标记了哪些单元格：之前的标记颜色和批注请手动清除。记录已重置，可以重新标记。",
    );
  });

  it("counts restored cells and the ones the user recoloured", () => {
    expect(clearStatus({ restored: 2, keptUserFill: 1, notesRemoved: 2 })).toBe(
      "已恢复 2 个单元格，删除批注 2 条；1 个单元格的颜色已被手动修改，保留未动。",
    );
    expect(clearStatus({ restored: 0, keptUserFill: 0, notesRemoved: 0 })).toBe(
      "没有需要清除的标记。",
    );
    expect(
      clearStatus({ restored: 0, keptUserFill: 0, notesRemoved: 0, lostSheet: "9月台账" }),
    ).toBe("标记所在的工作表「9月台账」已不在工作簿中，没有可清除的标记。");
  });
});
