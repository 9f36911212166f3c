import { describe, expect, it } from "vitest";
import { findDuplicates, type Ownership } from "./findDuplicates.js";
import type { LedgerRecord } from "./record.js";
import { CLEAN, projectRows, readRows, type Project } from "./testkit.js";

/** The records of a one-project-per-row ledger of `unit`, read from "<unit>.xlsx". */
function ledgerOf(unit: string, projects: readonly Project[]): LedgerRecord[] {
  const [, header, ...rows] = projectRows(projects);
  return readRows([[`${unit}2024年招商引资项目台账`], header!, ...rows], { file: `${unit}.xlsx` })
    .records;
}

const project = (name: string, investor: string, signed: number): Project => ({
  ...CLEAN,
  项目名称: name,
  投资方: investor,
  签约资金: signed,
});
const lines = (check: ReturnType<typeof findDuplicates>): string[] =>
  check.issues.map((i) => `${i.severity} ${i.file}!${i.cell} ${i.code}`);

describe("findDuplicates()", () => {
  it("finds the same name after normalising, reported by two units, and flags both rows", () => {
    const a = ledgerOf("城关镇", [
      project("光伏发电项目", "甲公司", 5000),
      project("智能装备制造产业园项目", "深圳华创科技有限公司", 26000),
    ]);
    const b = ledgerOf("经济开发区", [project("智能装备制造产业园 项目", "另一家公司", 9000)]);
    const check = findDuplicates([...a, ...b]);
    expect(lines(check)).toMatchInlineSnapshot(`
      [
        "error 经济开发区.xlsx!B3 duplicate_project",
        "error 城关镇.xlsx!B4 duplicate_project",
      ]
    `);
    expect(check.deducted).toEqual([b[0]!.id]);
    expect(check.heldBack).toEqual([]);
    expect(check.keptFor).toEqual({ [b[0]!.id]: a[1]!.id });
  });

  it("says in each message which unit, file and row the other report is in", () => {
    const a = ledgerOf("城关镇", [project("智能装备制造产业园项目", "甲公司", 5000)]);
    const b = ledgerOf("经济开发区", [project("智能装备制造产业园项目", "乙公司", 9000)]);
    const [later, earlier] = findDuplicates([...a, ...b]).issues;
    expect(later?.message).toContain("城关镇（城关镇.xlsx“Sheet1”第 3 行）");
    expect(earlier?.message).toContain("经济开发区（经济开发区.xlsx“Sheet1”第 3 行）");
  });

  it("folds full-width brackets, spaces and a trailing 项目 when comparing names", () => {
    const a = ledgerOf("城关镇", [project("冷链物流园(二期)项目", "甲公司", 5000)]);
    const b = ledgerOf("河西乡", [project("冷链物流园（二期）", "乙公司", 9000)]);
    expect(findDuplicates([...a, ...b]).deducted).toHaveLength(1);
  });

  it("finds the same investor with the same signed amount under different names", () => {
    const a = ledgerOf("城关镇", [project("光伏电站项目", "江苏恒力新能源有限公司", 12000)]);
    const b = ledgerOf("河西乡", [project("分布式光伏项目", "江苏恒力新能源有限公司 ", 12000)]);
    const check = findDuplicates([...a, ...b]);
    expect(lines(check)).toEqual([
      "error 河西乡.xlsx!B3 duplicate_project",
      "error 城关镇.xlsx!B3 duplicate_project",
    ]);
    expect(check.issues[0]?.message).toContain("投资方和签约资金相同");
  });

  it("does not take the same investor with different amounts for one project", () => {
    const a = ledgerOf("城关镇", [project("光伏电站项目", "江苏恒力新能源有限公司", 12000)]);
    const b = ledgerOf("河西乡", [project("分布式光伏项目", "江苏恒力新能源有限公司", 8000)]);
    expect(findDuplicates([...a, ...b]).issues).toEqual([]);
  });

  it("does not take different names for one project", () => {
    const a = ledgerOf("城关镇", [project("光伏电站项目", "甲公司", 12000)]);
    const b = ledgerOf("河西乡", [project("光伏电站二期项目", "乙公司", 8000)]);
    expect(findDuplicates([...a, ...b]).issues).toEqual([]);
  });

  it("deducts every later copy from the county total and flags the first only once", () => {
    const a = ledgerOf("城关镇", [project("智能装备制造产业园项目", "甲公司", 5000)]);
    const b = ledgerOf("河西乡", [project("智能装备制造产业园项目", "乙公司", 6000)]);
    const c = ledgerOf("北山镇", [project("智能装备制造产业园项目", "丙公司", 7000)]);
    const check = findDuplicates([...a, ...b, ...c]);
    expect(check.deducted).toEqual([b[0]!.id, c[0]!.id]);
    expect(lines(check)).toEqual([
      "error 河西乡.xlsx!B3 duplicate_project",
      "error 北山镇.xlsx!B3 duplicate_project",
      "error 城关镇.xlsx!B3 duplicate_project",
    ]);
  });

  it("finds nothing in one unit's own ledger listing two projects of one investor", () => {
    const a = ledgerOf("城关镇", [
      project("光伏电站项目", "甲公司", 5000),
      project("储能电站项目", "甲公司", 5000),
    ]);
    expect(findDuplicates(a).issues).toEqual([]);
  });

  it("finds nothing in an empty list", () => {
    expect(findDuplicates([])).toEqual({ issues: [], heldBack: [], keptFor: {}, deducted: [] });
  });

  const owner = (project: string, unit: string, row = 2): Ownership => ({
    project,
    owner: unit,
    file: "任务分解表.xlsx",
    sheet: "重复项目归属",
    row,
    cell: `A${row}`,
  });

  it("counts only the owner's copy once staff settle it, and says so on both rows as a warning", () => {
    const a = ledgerOf("城关镇", [project("智能装备制造产业园项目", "甲公司", 5000)]);
    const b = ledgerOf("河西乡", [project("智能装备制造产业园项目", "乙公司", 6000)]);
    const check = findDuplicates([...a, ...b], [owner("智能装备制造产业园", "河西乡")]);
    expect(check.heldBack).toEqual([a[0]!.id]);
    expect(check.deducted).toEqual([]);
    expect(lines(check)).toEqual([
      "warning 城关镇.xlsx!B3 duplicate_resolved",
      "warning 河西乡.xlsx!B3 duplicate_resolved",
    ]);
    expect(check.issues[0]?.message).toBe(
      "疑似重复报送：与 河西乡（河西乡.xlsx“Sheet1”第 3 行） 的项目相同。已按“重复项目归属”表归属“河西乡”，本单位的这一份不再计入统计。",
    );
  });

  it("accepts the owner written as 河西乡人民政府 for 河西乡", () => {
    const a = ledgerOf("城关镇", [project("智能装备制造产业园项目", "甲公司", 5000)]);
    const b = ledgerOf("河西乡", [project("智能装备制造产业园项目", "乙公司", 6000)]);
    expect(
      findDuplicates([...a, ...b], [owner("智能装备制造产业园项目", "河西乡人民政府")]).heldBack,
    ).toEqual([a[0]!.id]);
  });

  it("reports an ownership row naming another unit or no duplicate, and leaves the duplicate unresolved", () => {
    const a = ledgerOf("城关镇", [project("智能装备制造产业园项目", "甲公司", 5000)]);
    const b = ledgerOf("河西乡", [project("智能装备制造产业园项目", "乙公司", 6000)]);
    const check = findDuplicates(
      [...a, ...b],
      [owner("智能装备制造产业园项目", "北山镇", 2), owner("不存在的项目", "城关镇", 3)],
    );
    expect(check.deducted).toEqual([b[0]!.id]);
    expect(
      check.issues.filter((i) => i.code === "ownership_invalid").map((i) => [i.cell, i.message]),
    ).toEqual([
      [
        "A2",
        "“重复项目归属”表的这一行无法采用：归属单位“北山镇”不是报送该项目的单位（城关镇、河西乡）。请核对项目名称和归属单位，本行之外的归属照常生效。",
      ],
      [
        "A3",
        "“重复项目归属”表的这一行无法采用：没有名为“不存在的项目”的疑似重复报送项目。请核对项目名称和归属单位，本行之外的归属照常生效。",
      ],
    ]);
  });
});
