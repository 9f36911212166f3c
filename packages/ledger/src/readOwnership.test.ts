import { describe, expect, it } from "vitest";
import { readOwnership } from "./readOwnership.js";
import { makeSheet } from "./makeSheet.js";

const read = (rows: (string | number | null)[][]) =>
  readOwnership({ file: "任务.xlsx", sheets: [makeSheet("重复项目归属", rows)] });

describe("readOwnership()", () => {
  it("says a filled sheet without 项目名称 and 归属单位 settles nothing, at its first filled row", () => {
    const got = read([
      [null, null],
      [null, "项目", "单位"],
      [null, "光伏电站项目", "城关镇"],
    ]);
    expect(got.owners).toEqual([]);
    expect(got.issues.map((i) => [i.code, i.sheet, i.cell, i.raw, i.row])).toEqual([
      ["ownership_invalid", "重复项目归属", "B2", "项目、单位", 2],
    ]);
    expect(got.issues[0]?.message).toBe(
      "“重复项目归属”表整张无法采用：前 10 行中没有找到含“项目名称”和“归属单位”两列的表头。疑似重复报送的项目仍由各单位各计一份、全县合计只计一次；请按“新建台账”生成的表头（项目名称、归属单位、说明）填写。",
    );
  });

  it("keeps silent about a blank sheet and a sheet with its header only", () => {
    expect(read([]).issues).toEqual([]);
    expect(read([[null, ""]]).issues).toEqual([]);
    expect(read([["项目名称", "归属单位", "说明"]])).toEqual({
      sheet: "重复项目归属",
      owners: [],
      issues: [],
    });
  });

  it("gives the sheet's name as the workbook spells it, and null when there is no such sheet", () => {
    const rows = [
      ["项目名称", "归属单位"],
      ["光伏电站项目", "城关镇"],
    ];
    const spaced = readOwnership({
      file: "任务.xlsx",
      sheets: [makeSheet(" 重复项目归属 ", rows)],
    });
    expect(spaced.sheet).toBe(" 重复项目归属 ");
    expect(spaced.owners.map((o) => [o.sheet, o.owner])).toEqual([[" 重复项目归属 ", "城关镇"]]);
    const none = readOwnership({ file: "任务.xlsx", sheets: [makeSheet("任务分解", rows)] });
    expect(none).toEqual({ sheet: null, owners: [], issues: [] });
  });

  it("still names a row without its 归属单位 as a row, the others settling their projects", () => {
    const got = read([
      ["项目名称", "归属单位"],
      ["储能项目", ""],
      ["光伏电站项目", "城关镇"],
    ]);
    expect(got.owners.map((o) => [o.project, o.owner])).toEqual([["光伏电站项目", "城关镇"]]);
    expect(got.issues[0]?.message).toBe(
      "“重复项目归属”表的这一行无法采用：没有填写归属单位。请核对项目名称和归属单位，本行之外的归属照常生效。",
    );
  });
});
