import { makeSheet } from "@zsyz/ledger/samples";
import { describe, expect, it } from "vitest";
import { ALL_CAPABILITIES as ALL } from "../../testing/fakeExcel/allCapabilities.js";
import { FakeExcel } from "../../testing/fakeExcel/FakeExcel.js";
import { fillCompletion, undoFill } from "../office/fillCompletion.js";
import { NO_FILL, afterFill, afterUndo } from "./fillState.js";

function workbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.loadGrid({
    file: "任务.xlsx",
    sheets: [
      makeSheet("任务完成", [
        ["单位", "签约资金任务", "签约资金完成", "签约资金完成率"],
        ["东城街道", 100, 20, "手填的"],
      ]),
      makeSheet("备忘", [
        ["事项", "负责人"],
        ["报送台账", "王"],
      ]),
    ],
  });
  return fake;
}

describe("afterFill()", () => {
  it("keeps the undo of a fill when a later press on a sheet without 完成率 columns is refused", async () => {
    const fake = workbook();
    const fill = (sheet: string) => fillCompletion(fake, { sheet, sumifs: [], capabilities: ALL });
    let state = afterFill(NO_FILL, "任务完成", await fill("任务完成"));
    expect(fake.cell("任务完成", "D2")?.formula).toBe('=IFERROR(C2/B2,"")');
    state = afterFill(state, "备忘", await fill("备忘"));
    expect(state.refused?.code).toBe("no_tracking_columns");
    expect(state.done?.sheet).toBe("任务完成");
    // The undo still offered is the first fill's, and it still puts D2 back.
    await undoFill(fake, state.done!.undo!);
    expect(fake.cell("任务完成", "D2")?.value).toBe("手填的");
    expect(fake.cell("任务完成", "D2")?.formula).toBeUndefined();
    state = afterUndo(state);
    expect(state).toEqual({ done: { sheet: "任务完成", lines: [], undo: null }, refused: null });
  });

  it("offers the undo of the latest fill that wrote cells, and clears an earlier refusal", async () => {
    const fake = workbook();
    const fill = (sheet: string) => fillCompletion(fake, { sheet, sumifs: [], capabilities: ALL });
    let state = afterFill(NO_FILL, "备忘", await fill("备忘"));
    expect(state.done).toBeNull();
    state = afterFill(state, "任务完成", await fill("任务完成"));
    expect(state.refused).toBeNull();
    expect(state.done?.lines.length).toBeGreaterThan(0);
    expect(state.done?.undo?.sheet).toBe("任务完成");
  });
});
