// Test-only: workbooks too big to commit, rebuilt the same way by the snapshot recorder
// (read by exceljs) and by the tests (read by readXlsx); only a hash of the grid is kept.
import { buildXlsx } from "./buildXlsx.js";
import type { TestCell } from "./buildXlsx.js";

const HEADER = ["序号", "项目名称", "投资方", "签约类型", "签约时间", "签约资金（万元）"];

/** Name → builder of each big case. */
export const BIG_CASES: Record<string, () => Uint8Array> = {
  // The corpus's 五万行.xlsx, rebuilt without exceljs: 50,000 project rows.
  五万行: () => {
    const rows: TestCell[][] = [["R镇招商引资项目台账"], HEADER];
    for (let i = 1; i <= 50_000; i += 1)
      rows.push([
        i,
        `R项目${i}`,
        `R投资公司${i}`,
        "合同",
        new Date(Date.UTC(2024, 2, 5)),
        1000 + i,
      ]);
    return buildXlsx([{ name: "台账", rows }]);
  },
  // One 10 MB text cell (the corpus's 超长文本 is small once zipped, so it is committed too).
  十兆文本: () =>
    buildXlsx([{ name: "台账", rows: [HEADER, [1, "很".repeat((10 * 1024 * 1024) / 3)]] }]),
};
