import { describe, expect, it } from "vitest";
import { chooseFiles, filesFromEntries, mergeChosen } from "./collectFiles.js";

const file = (name: string) => new File(["x"], name.split("/").pop()!);

describe("chooseFiles()", () => {
  it("skips in a folder what zsyz skips: lock files, hidden files and folders, non-workbooks", () => {
    const chosen = chooseFiles(
      [
        "乡镇/城关镇.xlsx",
        "乡镇/~$城关镇.xlsx",
        "乡镇/.DS_Store",
        "乡镇/.备份/河西乡.xlsx",
        "乡镇/说明.docx",
        "乡镇/北山镇.et",
        "乡镇/南湖镇.XLSM",
      ].map((path) => ({ path, file: file(path), inFolder: true })),
    );
    expect(chosen.map((f) => [f.name, f.kind])).toEqual([
      ["乡镇/城关镇.xlsx", "xlsx"],
      ["乡镇/北山镇.et", "legacy"],
      ["乡镇/南湖镇.XLSM", "xlsx"],
    ]);
  });

  it("keeps a non-workbook chosen on its own, so it gets a message instead of vanishing", () => {
    const chosen = chooseFiles([{ path: "台账.pdf", file: file("台账.pdf"), inFolder: false }]);
    expect(chosen.map((f) => [f.name, f.kind])).toEqual([["台账.pdf", "other"]]);
  });
});

describe("mergeChosen()", () => {
  it("adds files once each, sorted as zsyz sorts paths", () => {
    const a = chooseFiles(
      ["河西乡.xlsx", "城关镇.xlsx"].map((p) => ({ path: p, file: file(p), inFolder: false })),
    );
    const b = chooseFiles(
      ["北山镇.xlsx", "河西乡.xlsx"].map((p) => ({ path: p, file: file(p), inFolder: false })),
    );
    const names = mergeChosen(a, b).map((f) => f.name);
    expect(names).toEqual(["北山镇.xlsx", "城关镇.xlsx", "河西乡.xlsx"]);
  });
});

describe("filesFromEntries()", () => {
  // A dropped folder as the browser hands it over: readEntries gives batches until an empty one.
  type Node = { name: string; children?: Node[] };
  function entry(node: Node, parent = ""): FileSystemEntry {
    const fullPath = `${parent}/${node.name}`;
    if (!node.children)
      return {
        name: node.name,
        fullPath,
        isFile: true,
        isDirectory: false,
        file: (ok: (f: File) => void) => ok(file(node.name)),
      } as unknown as FileSystemEntry;
    const batches = [node.children.slice(0, 2), node.children.slice(2), []];
    return {
      name: node.name,
      fullPath,
      isFile: false,
      isDirectory: true,
      createReader: () => ({
        readEntries: (ok: (e: FileSystemEntry[]) => void) =>
          ok((batches.shift() ?? []).map((c) => entry(c, fullPath))),
      }),
    } as unknown as FileSystemEntry;
  }

  it("walks a dropped folder through every batch and subfolder, with the folder's rules", async () => {
    const dropped = entry({
      name: "九月",
      children: [
        { name: "城关镇.xlsx" },
        { name: "~$城关镇.xlsx" },
        { name: "说明.txt" },
        { name: "园区", children: [{ name: "开发区.xlsx" }, { name: ".隐藏.xlsx" }] },
        { name: "河西乡.xls" },
      ],
    });
    const loose = entry({ name: "任务分解表.xlsx" });
    const chosen = await filesFromEntries([dropped, loose]);
    expect(chosen.map((f) => f.name)).toEqual([
      "九月/城关镇.xlsx",
      "九月/园区/开发区.xlsx",
      "九月/河西乡.xls",
      "任务分解表.xlsx",
    ]);
  });
});
