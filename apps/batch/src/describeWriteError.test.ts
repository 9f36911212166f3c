import { describe, expect, it } from "vitest";
import { describeWriteError } from "./describeWriteError.js";

describe("describeWriteError()", () => {
  it.each([
    ["EISDIR", "文件夹"],
    ["ENOENT", "文件夹不存在"],
    ["ENOSPC", "磁盘空间不足"],
    ["EACCES", "写入权限"],
    ["EBUSY", "被占用"],
    ["EROFS", "只读"],
    ["EIO", "保存失败"],
    [undefined, "保存失败"],
  ])("says what %s means in Chinese, without the code", (code, text) => {
    const message = describeWriteError(code);
    expect(message).toContain(text);
    expect(message).not.toMatch(/\bE[A-Z]{2,}\b/);
  });
});
