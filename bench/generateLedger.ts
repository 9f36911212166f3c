// The township ledgers both benchmarks generate: N files of M project rows, each a unit
// (第1镇, 第2镇, …) with a title row, the header and a 合计 row. Deterministic.
import type { GridWorkbook } from "@zsyz/ledger";

export const HEADER = [
  "序号",
  "项目名称",
  "责任单位",
  "投资方",
  "资金来源",
  "签约类型",
  "签约时间",
  "签约资金（万元）",
  "本年到位资金（万元）",
  "累计到位资金（万元）",
  "项目状态",
  "开工时间",
  "土地手续",
  "备注",
];
const STATUS = ["签约", "注册", "开工", "在建", "竣工", "投产"];

/** Township `f` (0-based) with `rows` project rows. */
export function ledger(f: number, rows: number): GridWorkbook {
  const unit = `第${f + 1}镇`;
  const cell = (value: string | number | null) => ({ value });
  const grid = [[cell(`${unit}2024年招商引资项目台账`)], HEADER.map(cell)];
  for (let r = 0; r < rows; r += 1) {
    const signed = 500 + ((f * 7919 + r * 104729) % 30000);
    const status = STATUS[(f + r) % STATUS.length]!;
    const started = ["开工", "在建", "竣工", "投产"].includes(status);
    grid.push(
      [
        r + 1,
        `${unit}项目${r + 1}`,
        unit,
        `投资公司${f}-${r}`,
        "省外",
        r % 3 ? "合同" : "协议",
        `2024-${String(1 + (r % 8)).padStart(2, "0")}-15`,
        signed,
        Math.round(signed / 3),
        Math.round(signed / 2),
        status,
        started ? "2024-09-01" : null,
        "已供地",
        null,
      ].map(cell),
    );
  }
  grid.push([cell("合计")]);
  return { file: `${unit}.xlsx`, sheets: [{ name: "台账", rows: grid, merges: [] }] };
}
