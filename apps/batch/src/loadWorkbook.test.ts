import { execFileSync } from "node:child_process";
import { mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadWorkbook } from "./loadWorkbook.js";

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "zsyz-load-"));
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe("loadWorkbook()", () => {
  it("says an empty file is empty", async () => {
    expect(await loadWorkbook(await file("空.xlsx", ""))).toEqual({
      ok: false,
      message: expect.stringContaining("文件是空的"),
    });
  });

  it("says a text file renamed .xlsx is not a workbook", async () => {
    expect(await loadWorkbook(await file("假.xlsx", "序号,项目名称\n1,测试"))).toEqual({
      ok: false,
      message: expect.stringContaining("不是 Excel 工作簿"),
    });
  });

  it("says a broken zip is corrupt", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]);
    expect(await loadWorkbook(await file("坏.xlsx", bytes))).toEqual({
      ok: false,
      message: expect.stringContaining("文件已损坏"),
    });
  });

  it("recognises a password-protected workbook", async () => {
    const bytes = new Uint8Array([...OLE_HEADER, ...Buffer.from("EncryptionInfo", "utf16le")]);
    expect(await loadWorkbook(await file("加密.xlsx", bytes))).toEqual({
      ok: false,
      message: expect.stringContaining("打开密码"),
    });
  });

  it("recognises an old .xls saved under .xlsx", async () => {
    const bytes = new Uint8Array([...OLE_HEADER, ...new Array(100).fill(0)]);
    expect(await loadWorkbook(await file("旧.xlsx", bytes))).toEqual({
      ok: false,
      message: expect.stringContaining("旧版 Excel"),
    });
  });

  it("says a missing file is missing", async () => {
    expect(await loadWorkbook("/nonexistent/台账.xlsx")).toEqual({
      ok: false,
      message: expect.stringContaining("文件不存在"),
    });
  });

  it("refuses a pipe instead of waiting on it forever", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-load-"));
    const fifo = join(dir, "管道.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(await loadWorkbook(fifo)).toEqual({
      ok: false,
      message: expect.stringContaining("这不是普通文件"),
    });
  });

  it("refuses a link to a device such as /dev/zero instead of reading it without end", async () => {
    const dir = await mkdtemp(join(tmpdir(), "zsyz-load-"));
    const link = join(dir, "零.xlsx");
    await symlink("/dev/zero", link);
    expect(await loadWorkbook(link)).toEqual({
      ok: false,
      message: expect.stringContaining("这不是普通文件"),
    });
  });
});
