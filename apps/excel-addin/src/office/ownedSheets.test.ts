import { describe, expect, it } from "vitest";
import { parseOwnedSheets } from "./ownedSheets.js";

describe("parseOwnedSheets()", () => {
  it("reads the names the add-in stored", () => {
    expect(parseOwnedSheets('["指标汇总","项目明细"]')).toEqual(["指标汇总", "项目明细"]);
  });

  it("owns nothing when the list is missing, damaged or not a list of names", () => {
    expect(parseOwnedSheets(null)).toEqual([]);
    expect(parseOwnedSheets('["指标汇总"')).toEqual([]);
    expect(parseOwnedSheets('{"指标汇总":true}')).toEqual([]);
    expect(parseOwnedSheets('["指标汇总",3,null]')).toEqual(["指标汇总"]);
  });
});
