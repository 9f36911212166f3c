import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findInputs } from "./findInputs.js";

async function tree(files: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "zsyz-inputs-"));
  for (const f of files) {
    await mkdir(join(dir, f, ".."), { recursive: true });
    await writeFile(join(dir, f), "x");
  }
  return dir;
}

describe("findInputs()", () => {
  it("finds .xlsx and .xlsm in folders and subfolders, skipping lock, hidden and other files", async () => {
    const dir = await tree([
      "城关镇.xlsx",
      "~$城关镇.xlsx",
      ".隐藏.xlsx",
      "说明.docx",
      "二组/河西乡.XLSX",
      "二组/宏.xlsm",
    ]);
    const found = await findInputs([dir]);
    expect(found.map((f) => [f.path.slice(dir.length + 1), f.kind]).sort()).toEqual(
      [
        ["城关镇.xlsx", "xlsx"],
        ["二组/宏.xlsm", "xlsx"],
        ["二组/河西乡.XLSX", "xlsx"],
      ].sort(),
    );
  });

  it("keeps old .xls and .et files so they can be reported or converted", async () => {
    const dir = await tree(["旧.xls", "金山.et"]);
    expect((await findInputs([dir])).map((f) => f.kind)).toEqual(["legacy", "legacy"]);
  });

  it("reports a path that does not exist instead of failing", async () => {
    expect(await findInputs(["/nonexistent/台账.xlsx"])).toEqual([
      { path: "/nonexistent/台账.xlsx", kind: "missing" },
    ]);
  });

  it("lists a file given twice (directly and through its folder) once", async () => {
    const dir = await tree(["a.xlsx"]);
    expect(await findInputs([join(dir, "a.xlsx"), dir])).toHaveLength(1);
  });
});

describe("findInputs() and links", () => {
  it("follows linked folders and linked files, each real folder once even when links loop", async () => {
    const dir = await tree(["甲/城关镇.xlsx", "乙/河西乡.xlsx"]);
    await symlink(join(dir, "乙"), join(dir, "甲", "乙的链接"));
    await symlink(join(dir, "甲"), join(dir, "乙", "回到甲"));
    await symlink(join(dir, "乙", "河西乡.xlsx"), join(dir, "甲", "河西乡-链接.xlsx"));
    const found = await findInputs([join(dir, "甲")]);
    expect(found.map((f) => f.path.slice(dir.length + 1)).sort()).toEqual([
      "甲/乙的链接/河西乡.xlsx",
      "甲/城关镇.xlsx",
      "甲/河西乡-链接.xlsx",
    ]);
  });
});
